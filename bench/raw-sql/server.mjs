// Raw-SQL baseline: node:http + pg, ONE statement per request, PostgreSQL builds the JSON.
// Env: DATABASE_URL, PORT, HOST. Routes: /w1, /w2?q=&lang=, /w3?id=<uuid>, POST /w4, /w5?id=<uuid>.
import { createServer } from 'node:http';
import pg from 'pg';
import { HEADLINE_CONFIG, TSQUERY } from '../workloads.mjs';

// json columns stay text: PostgreSQL's JSON goes to the socket as is.
pg.types.setTypeParser(114, (v) => v);
// Same session settings as the API (server/src/db/mikro-orm.config.ts): JIT off.
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10, options: '-c jit=off' });

// W1: 50 projects by name, each with its participating organisations and 5 newest deliverables.
const W1 = `select coalesce(json_agg(json_build_object(
    'slug', p.slug,
    'orgs', (select coalesce(json_agg(o.slug), '[]') from participation pa join organisation o on o.id = pa.organisation_id where pa.project_id = p.id),
    'dels', (select coalesce(json_agg(d.id), '[]') from (select d.id from deliverable_project dp join deliverable d on d.id = dp.deliverable_id
               where dp.project_id = p.id order by coalesce(d.published_at, '0001-01-01'::date) desc, d.id limit 5) d)
  ) order by p.sort_name, p.id), '[]') as body
  from (select * from project order by sort_name, id limit 50) p`;

/** The thesaurus parameters of W2: alternatives $2, their languages $4, stems $5. */
const T = { also: '$2', langs: '$4', stems: '$5' };

// W2: hits once (same tsquery and rank as the API), then the page and three facets from them.
const W2 = `with hits as materialized (
    select d.id, d.kind, d.sort_name, d.themes, d.regions, ts_rank_cd(d.vector, ${TSQUERY('$1', T, '$3')}) as score
      from search_doc d where d.vector @@ ${TSQUERY('$1', T)})
  select json_build_object(
    'total', (select count(*) from hits),
    'hits', (select coalesce(json_agg(json_build_object('kind', h.kind, 'id', h.id, 'score', h.score) order by h.score desc, h.kind, h.sort_name, h.id), '[]')
               from (select * from hits order by score desc, kind, sort_name, id limit 20) h),
    'kind', (select coalesce(json_agg(json_build_object('value', v, 'count', n) order by n desc, v), '[]')
               from (select kind as v, count(*) as n from hits group by 1 order by 2 desc, 1 limit 10) x),
    'theme', (select coalesce(json_agg(json_build_object('value', v, 'count', n) order by n desc, v), '[]')
               from (select v, count(*) as n from hits, unnest(themes) v group by 1 order by 2 desc, 1 limit 30) x),
    'region', (select coalesce(json_agg(json_build_object('value', v, 'count', n) order by n desc, v), '[]')
               from (select v, count(*) as n from hits, unnest(regions) v group by 1 order by 2 desc, 1 limit 25) x)
  ) as body`;

// W3: one project with participants+organisations, grants, service uses and deliverables.
const W3 = `select json_build_object(
    'slug', p.slug,
    'participants', (select coalesce(json_agg(json_build_object('role', pa.role, 'org', o.slug)), '[]')
                       from participation pa join organisation o on o.id = pa.organisation_id where pa.project_id = p.id),
    'grants', (select coalesce(json_agg(json_build_object('ordinal', g.ordinal, 'status', g.status, 'year', c.year)), '[]')
                 from "grant" g join funding_call c on c.id = g.call_id where g.project_id = p.id),
    'serviceUses', (select coalesce(json_agg(json_build_object('relation', su.relation, 'service', s.slug)), '[]')
                      from service_use su join national_service s on s.id = su.service_id where su.project_id = p.id),
    'deliverables', (select coalesce(json_agg(json_build_object('id', d.id, 'kind', d.kind)), '[]')
                       from deliverable_project dp join deliverable d on d.id = dp.deliverable_id where dp.project_id = p.id)
  ) as body from project p where p.id = $1`;

// W5: the API's own walk statement (server/dist graph.queries), so both return the same 500 nodes.
// (those modules load type-graphql types, which need reflect-metadata, taken from the product's install)
await import('../../node_modules/reflect-metadata/Reflect.js');
const graph = await import('../../server/dist/modules/graph/graph.queries.js');
const { EDGES } = await import('../../server/dist/modules/graph/graph.edges.js');
// Values are inlined as literals, as the API's ORM (MikroORM) does.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
function w5Sql(id) {
  if (!UUID.test(id ?? '')) throw new Error('bad id');
  const built = graph.neighbourhoodSql({ root: { type: 'Organisation', id }, edges: EDGES, maxHops: 2, limit: 500 });
  let n = 0;
  return built.sql.replace(/\?/g, () => {
    const v = built.params[n++];
    return typeof v === 'number' ? String(v) : pg.Client.prototype.escapeLiteral(String(v));
  });
}

// W4: the deliverable, its project link and the audit row, one statement (one transaction).
const W4 = `with d as (insert into deliverable (id, kind, title, provenance) values (gen_random_uuid(), $2, $3::jsonb, '[]') returning id, kind, title),
  l as (insert into deliverable_project (id, deliverable_id, project_id) select gen_random_uuid(), d.id, $1::uuid from d returning project_id),
  a as (insert into audit_event (id, action, node_type, node_id, after)
        select gen_random_uuid(), 'deliverable.create', 'Deliverable', d.id, jsonb_build_object('title', d.title, 'kind', d.kind, 'project', $1::uuid) from d)
  select json_build_object('kind', d.kind, 'title', d.title, 'projects', (select json_agg(project_id) from l)) as body from d`;

const readBody = (req) =>
  new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (data += c));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });

async function answer(url, req) {
  const u = new URL(url, 'http://x');
  switch (u.pathname) {
    case '/w4': {
      const b = JSON.parse(await readBody(req));
      return pool.query(W4, [b.project, b.kind, JSON.stringify(b.title)]);
    }
    case '/w1':
      return pool.query(W1);
    case '/w2': {
      const t = JSON.parse(u.searchParams.get('thesaurus') ?? '{}');
      return pool.query(W2, [
        u.searchParams.get('q'),
        t.also ?? [],
        HEADLINE_CONFIG[u.searchParams.get('lang')] ?? 'simple',
        t.langs ?? [],
        t.stems ?? [],
      ]);
    }
    case '/w3':
      return pool.query(W3, [u.searchParams.get('id')]);
    case '/w5': {
      // The statement as the API issues it; its json columns are spliced into one body unparsed.
      const r = await pool.query(w5Sql(u.searchParams.get('id')));
      const { found, reachedCount, nodes, edges } = r.rows[0];
      return { rows: [{ body: `{"found":${found},"reached":${reachedCount},"nodes":${nodes},"edges":${edges}}` }] };
    }
    default:
      return null;
  }
}

const server = createServer((req, res) => {
  answer(req.url, req).then(
    (r) => {
      if (!r) return void res.writeHead(404).end();
      const body = r.rows[0]?.body ?? 'null';
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
    },
    (err) => {
      const body = JSON.stringify({ errors: [{ message: err.message }] });
      res.writeHead(500, { 'content-type': 'application/json' }).end(body);
    },
  );
});
server.keepAliveTimeout = 5000;
server.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1', () => console.log('raw-sql ready'));
process.on('SIGTERM', () => process.exit(0));
