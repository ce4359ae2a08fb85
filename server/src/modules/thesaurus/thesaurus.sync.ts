import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { EventEmitter } from 'node:events';
import type { Broadcast } from '../../cluster/broadcast.js';
import { dataChanged } from '../../graphql/response-cache/generation.js';
import type { Logger } from '../../logger.js';
import { useConcepts, type Concept } from '../search/search.thesaurus.js';

/*
 * The curated thesaurus in use: loaded from search_concept when the app starts, again here after
 * each edit (thesaurus.service.ts), and on the other instances when they hear of it over the
 * broadcast (Redis): they load it, then drop their cached responses.
 */

const edits = new EventEmitter();
edits.setMaxListeners(100);

/** Called after a curator's edit committed and was loaded here. */
export function thesaurusChanged(): void {
  edits.emit('changed');
}

/** Loads the thesaurus from the database and puts it in use; returns the number of concepts. */
export async function reloadThesaurus(em: EntityManager): Promise<number> {
  const rows = await em
    .getConnection()
    .execute<Concept[]>(`select fi, sv, en from search_concept order by created_at, id`, [], 'all');
  useConcepts(rows);
  return rows.length;
}

/** Loads the thesaurus and keeps it current with the other instances' edits; returns the closer. */
export async function startThesaurus(orm: MikroORM, log: Logger, broadcast?: Broadcast): Promise<() => void> {
  await reloadThesaurus(orm.em.fork());
  const publish = () => broadcast?.publish();
  edits.on('changed', publish);
  broadcast?.subscribe(() => {
    reloadThesaurus(orm.em.fork())
      .then(() => dataChanged())
      .catch((err: unknown) => log.error({ err }, 'could not load the search thesaurus after an edit elsewhere'));
  });
  return () => edits.off('changed', publish);
}
