import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { parse } from 'graphql';
import { createOrmOptions } from '../db/mikro-orm.config.js';
import { Lang } from '../domain/enums.js';
import { getSchema } from '../graphql/schema.js';
import { selectionOf } from '../graphql/selection.js';
import { searchCap, searchStatement } from '../modules/search/search.service.js';
import type { SearchFilter } from '../modules/search/search.types.js';
import { reloadThesaurus } from '../modules/thesaurus/thesaurus.sync.js';

/**
 * `npx tsx src/scripts/measure-search.ts --database-url URL [--runs 5] [--plan] [--cap 5000,2000]
 * [--extra word,word] [--browse] [--query OP] [--filter JSON] [--generic]`: database
 * time of the search statement the API sends for the benchmark's W2 operation (a rare, a common
 * and a Swedish term): EXPLAIN (ANALYZE, BUFFERS) run `--runs` times after one warm-up, median
 * planning + execution time, buffers, and the plan's top nodes. `--filter '{"region":["06"]}'`
 * searches with that SearchFilter. Prints, writes nothing.
 */
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const url = arg('--database-url');
if (!url) {
  console.error('usage: measure-search --database-url postgresql://… [--runs 5] [--plan]');
  process.exit(2);
}
const runs = Number(arg('--runs') ?? 5);
// `--cap 5000,2000`: another cap (exact, candidates) than the API's, to weigh the trade.
if (arg('--cap')) {
  const [exact, candidates] = arg('--cap')!.split(',').map(Number);
  Object.assign(searchCap, { exact, candidates });
}
const showPlan = process.argv.includes('--plan');
const filter = arg('--filter') ? (JSON.parse(arg('--filter')!) as SearchFilter) : undefined;
// `--generic`: as the API runs it, a prepared statement with a generic plan (planned once).
const generic = process.argv.includes('--generic');
const literal = (v: unknown) =>
  v === null || v === undefined ? 'null' : typeof v === 'number' ? String(v) : `'${String(v).replace(/'/g, "''")}'`;
// The benchmark's W2 operation (bench/workloads.mjs), plus the new exactness flags when present.
const OPERATION =
  arg('--query') ??
  `query($q: String!, $lang: Lang) { search(query: $q, lang: $lang, first: 20) { totalCount nodes { kind score node { id } } facets { kind { value count } theme { value count } region { value count } } } }`;
const TERMS: Array<[string, Lang, string]> = [
  ['pistepilvi', Lang.fi, 'rare'],
  ['digitalisaatio', Lang.fi, 'common'],
  ['detaljplan', Lang.sv, 'sv'],
  ...(arg('--extra') ?? '')
    .split(',')
    .filter(Boolean)
    .map((t) => [t, Lang.fi, 'extra'] as [string, Lang, string]),
  // `--browse`: the empty query too (browsing with the filter).
  ...(process.argv.includes('--browse') ? [['', Lang.fi, 'browse'] as [string, Lang, string]] : []),
];

interface Plan {
  'Node Type': string;
  'Actual Total Time': number;
  'Actual Rows': number;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Shared Hit Blocks': number;
  'Shared Read Blocks': number;
  Plans?: Plan[];
}
type Explained = Array<{ 'QUERY PLAN': Array<{ Plan: Plan; 'Planning Time': number; 'Execution Time': number }> }>;

function outline(p: Plan, depth = 0, out: string[] = []): string[] {
  out.push(
    `${'  '.repeat(depth)}${p['Node Type']}${p['Relation Name'] ? ` on ${p['Relation Name']}` : ''}${p['Index Name'] ? ` using ${p['Index Name']}` : ''}` +
      ` rows=${p['Actual Rows']} time=${p['Actual Total Time'].toFixed(1)} hit=${p['Shared Hit Blocks']} read=${p['Shared Read Blocks']}`,
  );
  for (const c of p.Plans ?? []) outline(c, depth + 1, out);
  return out;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const schema = await getSchema();
const selection = selectionOf(schema, parse(OPERATION));
const orm = await MikroORM.init(createOrmOptions({ clientUrl: url, poolMax: 1 }));
const conn = orm.em.fork().getConnection();
// The curated thesaurus the API uses (the built-in one on a database from before it existed).
await reloadThesaurus(orm.em.fork()).catch(() =>
  console.warn('search_concept not found: using the built-in thesaurus'),
);
const [{ n }] = await conn.execute<Array<{ n: number }>>('select count(*)::int n from search_doc');
console.log(
  `${url.replace(/\/\/[^@]*@/, '//')}: ${n} search documents; cap ${JSON.stringify(searchCap)}; ${runs} runs after one warm-up`,
);
for (const [q, lang, label] of TERMS) {
  const { sql, params } = searchStatement({ query: q, lang, first: 20, filter }, selection);
  const [row] = await conn.execute<Array<{ total: number; exact: boolean | null }>>(sql, params);
  const times: Array<{ plan: number; exec: number; root: Plan }> = [];
  if (generic) {
    const knex = conn.getKnex();
    await conn.execute(`prepare kg_measure as ${knex.client.positionBindings(sql)}`);
  }
  for (let i = 0; i <= runs; i++) {
    const [r] = generic
      ? await conn.execute<Explained>(
          `explain (analyze, buffers, format json) execute kg_measure(${params.map(literal).join(', ')})`,
        )
      : await conn.execute<Explained>(`explain (analyze, buffers, format json) ${sql}`, params);
    const e = r['QUERY PLAN'][0];
    if (i > 0) times.push({ plan: e['Planning Time'], exec: e['Execution Time'], root: e.Plan });
  }
  const exec = median(times.map((t) => t.exec));
  const plan = median(times.map((t) => t.plan));
  const last = times[times.length - 1].root;
  console.log(
    `${label.padEnd(6)} ${lang} ${q.padEnd(16)} total=${String(row.total).padStart(7)}${'exact' in row && row.exact !== null ? ` exact=${row.exact}` : ''}` +
      `  db time ${(plan + exec).toFixed(1).padStart(7)} ms (planning ${plan.toFixed(1)}, execution ${exec.toFixed(1)}; runs ${times.map((t) => (t.plan + t.exec).toFixed(0)).join('/')})` +
      `  buffers hit=${last['Shared Hit Blocks']} read=${last['Shared Read Blocks']}`,
  );
  if (showPlan) console.log(outline(last).join('\n'));
  if (generic) await conn.execute('deallocate kg_measure');
}
await orm.close();
