import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { Lang } from '../domain/enums.js';
import { createOrmOptions } from '../db/mikro-orm.config.js';
import { explainSearch } from '../modules/search/search.explain.js';
import { reloadThesaurus } from '../modules/thesaurus/thesaurus.sync.js';

/**
 * `npm run explain:search -- --database-url URL`: after ANALYZE, prints how PostgreSQL runs the
 * search for rare and common terms in Finnish and Swedish (e.g. on a scale-10 synthetic
 * database) and fails when a plan scans the deliverable or search table sequentially.
 */
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const url = arg('--database-url');
if (!url) {
  console.error('usage: explain-search --database-url postgresql://…');
  process.exit(2);
}
const orm = await MikroORM.init(createOrmOptions({ clientUrl: url, poolMax: 1 }));
const em = orm.em.fork();
// The curated thesaurus the API uses (the built-in one on a database from before it existed).
await reloadThesaurus(orm.em.fork()).catch(() =>
  console.warn('search_concept not found: using the built-in thesaurus'),
);
await em.getConnection().execute('analyze');
const cases: Array<{ query: string; lang: Lang; selection?: Record<string, string[]> }> = [
  { query: 'pistepilvi', lang: Lang.fi },
  { query: 'viherkerroin', lang: Lang.fi },
  { query: 'digitalisaatio', lang: Lang.fi },
  { query: 'rakennusvalvonta', lang: Lang.fi, selection: { region: ['17'] } },
  { query: 'bygglov', lang: Lang.sv },
  { query: 'detaljplan', lang: Lang.sv },
  { query: 'Lupapsite', lang: Lang.fi },
  // Browsing by facet values: a narrow one (through the facet index) and a wide one.
  { query: '', lang: Lang.fi, selection: { specification: ['kuntatalous-xbrl'] } },
  { query: '', lang: Lang.fi, selection: { licence: ['EUPL-1.2'] } },
  { query: 'digitalisaatio', lang: Lang.fi, selection: { service: ['suomifi-viestit'] } },
  // A common word within a selection of few documents: those are read whole.
  { query: 'digitalisaatio', lang: Lang.fi, selection: { kind: ['ORGANISATION'] } },
  { query: 'digitalisaatio', lang: Lang.fi, selection: { municipality: ['766'] } },
];
let failed = false;
for (const c of cases) {
  const plan = await explainSearch(em, c);
  const bad = plan.seqScans.filter((t) => t === 'deliverable' || t === 'search_doc');
  if (bad.length) failed = true;
  console.log(
    `${bad.length ? 'SEQ SCAN' : 'ok      '} ${c.lang} ${`${JSON.stringify(c.query)}${c.selection ? ` ${JSON.stringify(c.selection)}` : ''}`.padEnd(20)} ${plan.executionMs.toFixed(1).padStart(8)} ms  ` +
      `indexes: ${[...new Set(plan.indexes)].join(', ')}${plan.seqScans.length ? `; seq scans: ${plan.seqScans.join(', ')}` : ''}`,
  );
}
await orm.close();
process.exit(failed ? 1 : 0);
