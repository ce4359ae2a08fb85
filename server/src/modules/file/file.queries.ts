import type { EntityManager } from '@mikro-orm/postgresql';
import type { DeliverableFacts } from '../deliverable/deliverable.policy.js';

/** What the deliverable edit policy needs (deliverable.policy.ts) of the release's deliverable. */
const FACTS_OF_RELEASE = `(select json_build_object('id', d.id, 'publisherId', d.publisher_id,
    'projects', coalesce((select json_agg(json_build_object('id', p.id, 'archived', p.archived_at is not null,
      'organisationIds', array(select distinct pa.organisation_id from participation pa where pa.project_id = p.id)))
      from deliverable_project dp join project p on p.id = dp.project_id where dp.deliverable_id = d.id), '[]'::json))
  from deliverable d where d.id = r.deliverable_id)`;

/** A release with what the edit policy needs to know; one statement, null when there is none. */
export async function releaseFacts(
  em: EntityManager,
  releaseId: string,
): Promise<{ id: string; facts: DeliverableFacts | null } | null> {
  const rows = await em
    .getConnection()
    .execute<{ id: string; facts: DeliverableFacts | null }[]>(
      `select r.id, ${FACTS_OF_RELEASE} as facts from release r where r.id = ?`,
      [releaseId],
      'all',
    );
  return rows[0] ?? null;
}

export interface FileRow {
  id: string;
  filename: string;
  mediaType: string;
  byteSize: number;
  sha256: string;
  storageKey: string;
  releaseId: string | null;
}

const FILE_COLUMNS = `f.id, f.filename, f.media_type as "mediaType", f.byte_size::float8 as "byteSize", f.sha256,
  f.storage_key as "storageKey", f.release_id as "releaseId"`;

/** A file row for download; one statement. */
export async function fileById(em: EntityManager, id: string): Promise<FileRow | null> {
  const rows = await em
    .getConnection()
    .execute<FileRow[]>(`select ${FILE_COLUMNS} from file f where f.id = ?`, [id], 'all');
  return rows[0] ?? null;
}

/** A file row with the edit facts of its release (none when the release is gone); one statement. */
export async function fileWithFacts(
  em: EntityManager,
  id: string,
): Promise<(FileRow & { facts: DeliverableFacts | null }) | null> {
  const rows = await em
    .getConnection()
    .execute<(FileRow & { facts: DeliverableFacts | null })[]>(
      `select ${FILE_COLUMNS}, ${FACTS_OF_RELEASE} as facts from file f left join release r on r.id = f.release_id where f.id = ?`,
      [id],
      'all',
    );
  return rows[0] ?? null;
}

/** Which of the given storage keys have a row (for the orphan sweep); one statement. */
export async function keysWithRows(em: EntityManager, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await em
    .getConnection()
    .execute<{ storage_key: string }[]>(`select storage_key from file where storage_key in (?)`, [keys], 'all');
  return new Set(rows.map((r) => r.storage_key));
}
