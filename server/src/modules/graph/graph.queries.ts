import { pgArray, type ViewSpec } from '../../graphql/loaders.js';
import { ADOPTION, COUNTS_AS_REUSE } from '../adoption/adoption.queries.js';
import { DELIVERABLE } from '../deliverable/deliverable.queries.js';
import { NATIONAL_SERVICE } from '../national-service/national-service.queries.js';
import { ORGANISATION } from '../organisation/organisation.queries.js';
import { PROJECT } from '../project/project.queries.js';
import { REGION } from '../region/region.queries.js';
import { SPECIFICATION } from '../specification/specification.queries.js';
import { GRAPH_NODE_TABLES, type EdgeDef, type GraphNodeType } from './graph.edges.js';
import { SIMILARITY_REASONS } from './similarity.js';

/**
 * Binds parameters by marker, so SQL can be assembled from parts in any order: `finish()` turns
 * the markers into knex `?` placeholders and lists the values in text order.
 */
export class Binder {
  private readonly values = new Map<string, unknown>();
  private n = 0;

  /** A placeholder for `value`, cast when `cast` is given (arrays: pass a pgArray literal). */
  bind(value: unknown, cast?: string): string {
    const key = `\u27e8${++this.n}\u27e9`;
    this.values.set(key, value);
    return cast ? `${key}::${cast}` : key;
  }

  finish(sql: string): { sql: string; params: unknown[] } {
    const params: unknown[] = [];
    const text = sql.replace(/\u27e8\d+\u27e9/g, (key) => {
      params.push(this.values.get(key));
      return '?';
    });
    return { sql: text, params };
  }
}

export interface BuiltSql {
  sql: string;
  params: unknown[];
}

/** Row JSON of a view type for the ids `where` selects (alias `t`), as a JSON array. */
function viewRowsJson(spec: ViewSpec, join: string, extra = ''): string {
  return `(select coalesce(json_agg(row_to_json(x)), '[]') from (select ${spec.columns}${extra} from ${spec.from} ${join}) x)`;
}

/** Row JSON of one view row by id expression. */
export function viewRowJson(spec: ViewSpec, idExpr: string): string {
  return `(select row_to_json(x) from (select ${spec.columns} from ${spec.from} where t.id = ${idExpr}) x)`;
}

// ---------------------------------------------------------------------------------------------
// Walks: reuse chains and neighbourhoods
// ---------------------------------------------------------------------------------------------

export interface WalkOptions {
  root: { type: GraphNodeType; id: string };
  edges: readonly EdgeDef[];
  maxHops: number;
  /** Node bound: at most this many nodes are kept. */
  limit: number;
  /** Node types that are reached but not walked on from (leaves). */
  leaves?: GraphNodeType[];
}

/** The neighbours of walk row `w` over the given edges, in both directions. */
function neighbourBranches(edges: readonly EdgeDef[]): string {
  const parts: string[] = [];
  for (const d of edges) {
    const cond = d.where ? ` and ${d.where}` : '';
    parts.push(
      `select '${d.target}'::text as kind, ${d.t} as id from ${d.from} where w.kind = '${d.source}' and ${d.s} = w.id and ${d.t} is not null${cond}`,
    );
    parts.push(
      `select '${d.source}'::text, ${d.s} from ${d.from} where w.kind = '${d.target}' and ${d.t} = w.id and ${d.s} is not null${cond}`,
    );
  }
  return parts.join('\n      union all ');
}

/**
 * CTEs `walk`, `reached`, `firsts`, `kept` and `graph_edges` of a bounded breadth-first walk.
 *
 * Cycle safety and bounds: the recursive term is a UNION over (kind, id, hop), so a node is
 * emitted at most once per hop — cycles (A continues B continues C continues A) only repeat a
 * node at the next hop, and `hop < maxHops` ends every path. Path arrays or a CYCLE clause would
 * keep one row per *path*, which grows exponentially in dense parts of the graph; here the rows
 * are at most (maxHops + 1) x distinct nodes. PostgreSQL evaluates a recursive CTE only as far as
 * the outer query reads it, so `limit rowCap` stops the walk early: once rowCap rows are read,
 * more than `limit` distinct nodes were seen, and the first `limit` (nearest first, then in
 * discovery order) are kept.
 */
export function walkCtes(b: Binder, o: WalkOptions): string {
  const rowCap = (o.maxHops + 1) * o.limit + 1;
  const leaves = o.leaves?.length ? ` and w.kind not in (${o.leaves.map((l) => `'${l}'`).join(', ')})` : '';
  // Edges between kept nodes: looked up from the end with few edges of each kind, then kept when
  // the other end was kept too (a hash semi-join), so a hub costs no more than its own edges.
  const edgeBranches = o.edges.map((d) => {
    const [kind, col] = d.driver === 'source' ? [d.source, d.s] : [d.target, d.t];
    const other = d.driver === 'source' ? d.t : d.s;
    const cond = d.where ? ` and ${d.where}` : '';
    return `select '${d.type}'::text as type, ${d.s} as s, ${d.t} as t, ${other} as other from ${d.from}
        where k.kind = '${kind}' and ${col} = k.id and ${other} is not null${cond}`;
  });
  return `with recursive walk(kind, id, hop) as (
      select ${b.bind(o.root.type)}::text, ${b.bind(o.root.id, 'uuid')}, 0
      union
      select n.kind, n.id, w.hop + 1 from walk w cross join lateral (
      ${neighbourBranches(o.edges)}
      ) n where w.hop < ${b.bind(o.maxHops, 'int')}${leaves}
    ),
    reached as materialized (
      select kind, id, hop, row_number() over () as rn from (select * from walk limit ${b.bind(rowCap, 'int')}) w
    ),
    firsts as materialized (select kind, id, min(hop) as hop, min(rn) as rn from reached group by kind, id),
    kept as materialized (select kind, id, hop, rn from firsts order by hop, rn limit ${b.bind(o.limit, 'int')}),
    graph_edges as (
      select distinct x.type, x.s, x.t from kept k cross join lateral (
        ${edgeBranches.join('\n        union all ')}
      ) x where x.other in (select id from kept)
    )`;
}

function rootExists(b: Binder, root: WalkOptions['root']): string {
  return `exists (select 1 from ${GRAPH_NODE_TABLES[root.type]} where id = ${b.bind(root.id, 'uuid')})`;
}

const EDGES_JSON = `(select coalesce(json_agg(json_build_array(e.type, e.s, e.t)), '[]') from graph_edges e)`;

/** Labels of the kept nodes: names (jsonb), a fallback code and a suffix (grants: " #n"). */
const NODE_LABELS = `select p.name as names, coalesce(p.acronym, p.slug) as fallback, null::text as suffix from project p where k.kind = 'Project' and p.id = k.id
      union all select d.title, d.kind, null from deliverable d where k.kind = 'Deliverable' and d.id = k.id
      union all select o.name, coalesce(o.municipality_code, o.slug), null from organisation o where k.kind = 'Organisation' and o.id = k.id
      union all select s.name, s.slug, null from national_service s where k.kind = 'NationalService' and s.id = k.id
      union all select s.name, s.slug, null from specification s where k.kind = 'Specification' and s.id = k.id
      union all select r.name, r.code, null from region r where k.kind = 'Region' and r.id = k.id
      union all select c.name, c.year::text, null from funding_call c where k.kind = 'FundingCall' and c.id = k.id
      union all select c.name, c.year::text, ' #' || g.ordinal from "grant" g join funding_call c on c.id = g.call_id where k.kind = 'Grant' and g.id = k.id`;

/** One statement: the neighbourhood's nodes (with labels), edges, and whether the limit cut it. */
export function neighbourhoodSql(o: WalkOptions): BuiltSql {
  const b = new Binder();
  const sql = `${walkCtes(b, o)}
    select ${rootExists(b, o.root)} as found,
      (select count(*)::int from firsts) as "reachedCount",
      (select coalesce(json_agg(json_build_array(k.kind, k.id, k.hop, l.names, l.fallback, l.suffix) order by k.hop, k.rn), '[]')
         from kept k left join lateral (${NODE_LABELS}) l on true) as nodes,
      ${EDGES_JSON} as edges`;
  return b.finish(sql);
}

/** One statement: the reuse chain's nodes as full view rows, edges, and whether the bound cut it. */
export function reuseChainSql(o: WalkOptions): BuiltSql {
  const b = new Binder();
  const rows = (spec: ViewSpec) =>
    viewRowsJson(
      spec,
      `join kept kk on kk.id = t.id and kk.kind = '${spec.typename}'`,
      `, kk.hop as "_hop", kk.rn as "_rn"`,
    );
  const sql = `${walkCtes(b, o)}
    select ${rootExists(b, o.root)} as found,
      (select count(*)::int from firsts) as "reachedCount",
      ${rows(PROJECT)} as projects,
      ${rows(DELIVERABLE)} as deliverables,
      ${rows(ORGANISATION)} as organisations,
      ${EDGES_JSON} as edges`;
  return b.finish(sql);
}

// ---------------------------------------------------------------------------------------------
// Related projects
// ---------------------------------------------------------------------------------------------

/** Weights of the reasons two projects are related. */
export const RELATED_WEIGHTS = {
  service: 3,
  specification: 3,
  participant: 1,
  subTheme: 1,
  topTheme: 0.25,
  /** Times the trigram similarity of the names (0..1). */
  text: 2,
  /** Least trigram similarity of names that counts. */
  textThreshold: 0.3,
};

/** Words of a lower-cased name, four letters or longer. */
const words = (col: string) => `select w from regexp_split_to_table(${col}, '[^[:alnum:]]+') w where length(w) >= 4`;

/**
 * One statement: the source project (by slug or id) and its `first` most related projects, each
 * with score, reasons and its view row.
 */
export function relatedProjectsSql(
  project: { slug?: string; id?: string },
  first: number,
  topThemes: string[],
): BuiltSql {
  const b = new Binder();
  const W = RELATED_WEIGHTS;
  const src = project.slug != null ? `p.slug = ${b.bind(project.slug)}` : `p.id = ${b.bind(project.id, 'uuid')}`;
  const sql = `with src as (select p.id, p.themes from project p where ${src}),
    reasons as (
      select x.pid, 'SHARED_SERVICE' as kind, ${W.service} * count(*) as weight,
             json_agg(json_build_array(s.slug, 'NationalService', s.id, s.name) order by s.slug) as items
        from (select distinct o.project_id as pid, o.service_id from service_use m
                join service_use o on o.service_id = m.service_id and o.project_id is not null and o.project_id <> m.project_id
               where m.project_id = (select id from src)) x
        join national_service s on s.id = x.service_id group by x.pid
      union all
      select x.pid, 'SHARED_SPECIFICATION', ${W.specification} * count(*),
             json_agg(json_build_array(s.slug, 'Specification', s.id, s.name) order by s.slug)
        from (select distinct o.project_id as pid, o.specification_id from project_specification m
                join project_specification o on o.specification_id = m.specification_id and o.project_id <> m.project_id
               where m.project_id = (select id from src)) x
        join specification s on s.id = x.specification_id group by x.pid
      union all
      select x.pid, 'SHARED_PARTICIPANT', ${W.participant} * count(*),
             json_agg(json_build_array(g.slug, 'Organisation', g.id, g.name) order by g.slug)
        from (select distinct o.project_id as pid, o.organisation_id from participation m
                join participation o on o.organisation_id = m.organisation_id and o.project_id <> m.project_id
               where m.project_id = (select id from src)) x
        join organisation g on g.id = x.organisation_id group by x.pid
      union all
      select p.id, 'SHARED_THEME',
             sum(case when th = any(${b.bind(pgArray(topThemes), 'text[]')}) then ${W.topTheme} else ${W.subTheme} end),
             json_agg(json_build_array(th, null, null, null) order by th)
        from src cross join project p cross join lateral unnest(p.themes) th
       where p.themes && src.themes and p.id <> src.id and th = any(src.themes)
       group by p.id
      union all
      select d.id, 'SIMILAR_TEXT', ${W.text} * similarity(d.name_text, s.name_text),
             (select coalesce(json_agg(json_build_array(w, null, null, null) order by w), '[]')
                from (${words('d.name_text')} intersect ${words('s.name_text')}) ws)
        from search_doc s join search_doc d on d.kind = 'PROJECT' and d.id <> s.id and d.name_text % s.name_text
       where s.id = (select id from src) and s.kind = 'PROJECT'
         and similarity(d.name_text, s.name_text) >= ${W.textThreshold}
    ),
    ranked as (
      select r.pid, sum(r.weight)::float8 as score,
             json_agg(json_build_object('kind', r.kind, 'weight', r.weight::float8, 'items', r.items) order by r.weight desc, r.kind) as reasons,
             row_number() over (order by sum(r.weight) desc, (select sort_name from project where id = r.pid), r.pid) as ord
        from reasons r group by r.pid
    )
    select (select id from src) as source,
      (select coalesce(json_agg(json_build_object('score', r.score, 'reasons', r.reasons, 'node', ${viewRowJson(PROJECT, 'r.pid')}) order by r.ord), '[]')
         from ranked r where r.ord <= ${b.bind(first, 'int')}) as items`;
  return b.finish(sql);
}

// ---------------------------------------------------------------------------------------------
// Similar municipalities and adopters like me
// ---------------------------------------------------------------------------------------------

/** `me`: the municipality of a code (kind MUNICIPALITY). */
const me = (b: Binder, code: string) =>
  `me as (select id, population, region_id, language_status from organisation where kind = 'MUNICIPALITY' and municipality_code = ${b.bind(code)})`;

/** Reasons JSON aggregated per candidate (alias r, rows of SIMILARITY_REASONS). */
const REASONS_AGG = `json_agg(json_build_object('kind', r.kind, 'weight', r.weight::float8, 'items', r.items) order by r.weight desc, r.kind)`;

/** Log-scale population distance of organisation `o` to `me` (unknown populations last). */
const POPULATION_DISTANCE = `case when o.population is null or me.population is null then 99
  else abs(ln(greatest(o.population, 1)::float8) - ln(greatest(me.population, 1)::float8)) end`;

/** One statement: the municipality and its `first` most similar municipalities. */
export function similarMunicipalitiesSql(code: string, first: number): BuiltSql {
  const b = new Binder();
  const sql = `with ${me(b, code)},
    cand as (select o.id from organisation o where o.kind = 'MUNICIPALITY' and o.id <> (select id from me)),
    reasons as (${SIMILARITY_REASONS}),
    ranked as (
      select r.cid, sum(r.weight)::float8 as score, ${REASONS_AGG} as reasons,
             row_number() over (order by sum(r.weight) desc, ${POPULATION_DISTANCE}, o.municipality_code) as ord
        from reasons r join organisation o on o.id = r.cid cross join me group by r.cid, o.id, me.population
    )
    select (select id from me) as me,
      (select coalesce(json_agg(json_build_object('score', r.score, 'reasons', r.reasons, 'node', ${viewRowJson(ORGANISATION, 'r.cid')}) order by r.ord), '[]')
         from ranked r where r.ord <= ${b.bind(first, 'int')}) as items`;
  return b.finish(sql);
}

/** Adoptions rank: in production first, then piloting, planned, evaluating, discontinued. */
const STATUS_RANK = `case a.status when 'IN_PRODUCTION' then 0 when 'PILOTING' then 1 when 'PLANNED' then 2 when 'EVALUATING' then 3 else 4 end`;

/**
 * One statement: the adopters of a deliverable (other than me), ranked by how much the adopting
 * organisation is like my municipality, a page of them with view rows and contact paths.
 */
export function adoptersLikeMeSql(deliverable: string, code: string, offset: number, first: number): BuiltSql {
  const b = new Binder();
  const reuse = COUNTS_AS_REUSE.replaceAll('t.', 'a.');
  const sql = `with ${me(b, code)},
    dl as (select id, contacts from deliverable where id = ${b.bind(deliverable, 'uuid')}),
    adopt as (select a.* from adoption a where a.deliverable_id = (select id from dl)
               and a.organisation_id is distinct from (select id from me)),
    cand as (select distinct organisation_id as id from adopt),
    reasons as (${SIMILARITY_REASONS}),
    scored as (
      select c.id as cid, coalesce(sum(r.weight), 0)::float8 as score,
             coalesce(${REASONS_AGG} filter (where r.cid is not null), '[]') as reasons
        from cand c left join reasons r on r.cid = c.id group by c.id
    ),
    ranked as (
      select a.id as aid, a.organisation_id as oid, a.via_project_id as vid, s.score, s.reasons,
             row_number() over (order by s.score desc, (${reuse}) desc, ${STATUS_RANK},
               lower(coalesce(o.name->>'fi', o.name->>'sv', o.name->>'en', o.slug)), a.id) as ord
        from adopt a join scored s on s.cid = a.organisation_id join organisation o on o.id = a.organisation_id
    )
    select (select id from me) as me, (select id from dl) as deliverable,
      (select count(*)::int from adopt) as total,
      (select coalesce(jsonb_agg(c), '[]') from (
         select jsonb_array_elements(dl.contacts) as c from dl
         union all
         select jsonb_array_elements(p.contacts) from deliverable_project dp join project p on p.id = dp.project_id
          where dp.deliverable_id = (select id from dl)) cs) as "publisherContacts",
      (select coalesce(json_agg(json_build_object('score', r.score, 'reasons', r.reasons,
                'adoption', ${viewRowJson(ADOPTION, 'r.aid')},
                'organisation', ${viewRowJson(ORGANISATION, 'r.oid')},
                'viaProjectContacts', (select p.contacts from project p where p.id = r.vid)) order by r.ord), '[]')
         from ranked r where r.ord > ${b.bind(offset, 'int')} and r.ord <= ${b.bind(offset + first + 1, 'int')}) as items`;
  return b.finish(sql);
}

// ---------------------------------------------------------------------------------------------
// Coverage gap
// ---------------------------------------------------------------------------------------------

/** What makes a municipality `m` covered, for a specification or a national service (`target`). */
const COVERED = {
  specification: `exists (select 1 from participation pa join project_specification x on x.project_id = pa.project_id
                     where pa.organisation_id = m.id and x.specification_id = (select id from target))
      or exists (select 1 from deliverable d join conformance x on x.deliverable_id = d.id
                  where d.publisher_id = m.id and x.specification_id = (select id from target))
      or exists (select 1 from adoption a join conformance x on x.deliverable_id = a.deliverable_id
                  where a.organisation_id = m.id and x.specification_id = (select id from target))`,
  nationalService: `exists (select 1 from participation pa join service_use x on x.project_id = pa.project_id
                     where pa.organisation_id = m.id and x.service_id = (select id from target))
      or exists (select 1 from deliverable d join service_use x on x.deliverable_id = d.id
                  where d.publisher_id = m.id and x.service_id = (select id from target))
      or exists (select 1 from adoption a join service_use x on x.deliverable_id = a.deliverable_id
                  where a.organisation_id = m.id and x.service_id = (select id from target))`,
};

/** One statement: region and target rows (null when unknown), counts, and a page of the uncovered municipalities by name. */
export function coverageGapSql(
  target: 'specification' | 'nationalService',
  slug: string,
  region: string,
  offset: number,
  first: number,
): BuiltSql {
  const b = new Binder();
  const spec = target === 'specification' ? SPECIFICATION : NATIONAL_SERVICE;
  const table = target === 'specification' ? 'specification' : 'national_service';
  const sql = `with rg as (select id from region where code = ${b.bind(region)}),
    target as (select id from ${table} where slug = ${b.bind(slug)}),
    mun as (select m.id, ${COVERED[target]} as covered,
                   lower(coalesce(m.name->>'fi', m.name->>'sv', m.name->>'en', m.slug)) as sort
              from organisation m where m.kind = 'MUNICIPALITY' and m.region_id = (select id from rg)),
    gap as (select id, row_number() over (order by sort, id) as ord from mun where not covered)
    select ${viewRowJson(REGION, '(select id from rg)')} as region, ${viewRowJson(spec, '(select id from target)')} as target,
      (select count(*)::int from mun) as "municipalityCount",
      (select count(*)::int from mun where covered) as "coveredCount",
      (select coalesce(json_agg(${viewRowJson(ORGANISATION, 'g.id')} order by g.ord), '[]')
         from gap g where g.ord > ${b.bind(offset, 'int')} and g.ord <= ${b.bind(offset + first + 1, 'int')}) as items`;
  return b.finish(sql);
}

// ---------------------------------------------------------------------------------------------
// Statistics
// ---------------------------------------------------------------------------------------------

const LIVE_GRANT = `g.status <> 'WITHDRAWN'`;
const REUSE_A = COUNTS_AS_REUSE.replaceAll('t.', 'a.');

/** One statement: portfolio totals and grant sums by theme, region (of the lead) and call year. */
export const STATS_SQL = `select
    (select count(*)::int from project) as "projectCount",
    (select count(*)::int from deliverable) as "deliverableCount",
    (select count(distinct organisation_id)::int from participation) as "participatingOrganisationCount",
    (select count(*)::int from adoption) as "adoptionCount",
    (select count(*)::int from adoption a where ${REUSE_A}) as "reuseAdoptionCount",
    (select count(*)::int from adoption a where exists (
       select 1 from deliverable_project dp join project p on p.id = dp.project_id
        where dp.deliverable_id = a.deliverable_id and a.since > coalesce(p.actual_end, p.planned_end))) as "adoptionsAfterProjectEnd",
    (select count(*)::int from "grant" g where ${LIVE_GRANT}) as "grantCount",
    (select coalesce(sum(g.max_amount_eur), 0)::float8 from "grant" g where ${LIVE_GRANT}) as "grantTotalEur",
    (select coalesce(json_agg(json_build_object('theme', x.theme, 'grantCount', x.n, 'totalEur', x.total)
                              order by x.total desc, x.theme nulls last), '[]')
       from (select th as theme, count(*)::int as n, coalesce(sum(g.max_amount_eur), 0)::float8 as total
               from "grant" g left join project p on p.id = g.project_id left join lateral unnest(p.themes) th on true
              where ${LIVE_GRANT} group by th) x) as "grantsByTheme",
    (select coalesce(json_agg(json_build_object('region', ${viewRowJson(REGION, 'x.region_id')}, 'grantCount', x.n, 'totalEur', x.total)
                              order by x.total desc, x.code nulls last), '[]')
       from (select o.region_id, min(r.code) as code, count(*)::int as n, coalesce(sum(g.max_amount_eur), 0)::float8 as total
               from "grant" g left join organisation o on o.id = g.lead_applicant_id left join region r on r.id = o.region_id
              where ${LIVE_GRANT} group by o.region_id) x) as "grantsByRegion",
    (select coalesce(json_agg(json_build_object('year', x.year, 'grantCount', x.n, 'totalEur', x.total) order by x.year desc), '[]')
       from (select c.year, count(*)::int as n, coalesce(sum(g.max_amount_eur), 0)::float8 as total
               from "grant" g join funding_call c on c.id = g.call_id where ${LIVE_GRANT} group by c.year) x) as "grantsByYear"`;

/** One statement: a page of per-project reuse statistics, most adoptions after the end first. */
export function projectsAfterEndSql(offset: number, first: number): BuiltSql {
  const b = new Binder();
  const sql = `with ends as (select p.id, coalesce(p.actual_end, p.planned_end) as e from project p),
    ds as (select dp.project_id as pid, count(*)::int as n, (count(*) filter (where d.published_at > en.e))::int as after
             from deliverable_project dp join deliverable d on d.id = dp.deliverable_id join ends en on en.id = dp.project_id
            group by dp.project_id),
    ad as (select dp.project_id as pid, count(*)::int as n, (count(*) filter (where a.since > en.e))::int as after,
                  (count(*) filter (where a.since > en.e and ${REUSE_A}))::int as reuse
             from deliverable_project dp join adoption a on a.deliverable_id = dp.deliverable_id join ends en on en.id = dp.project_id
            group by dp.project_id),
    per as (select p.id, en.e, coalesce(ds.n, 0) as dn, coalesce(ds.after, 0) as dafter, coalesce(ad.n, 0) as an,
                   coalesce(ad.after, 0) as aafter, coalesce(ad.reuse, 0) as areuse,
                   row_number() over (order by coalesce(ad.after, 0) desc, coalesce(ds.n, 0) desc, p.sort_name, p.id) as ord
              from project p join ends en on en.id = p.id left join ds on ds.pid = p.id left join ad on ad.pid = p.id)
    select (select count(*)::int from project) as total,
      (select coalesce(json_agg(json_build_object('endDate', x.e::text, 'deliverableCount', x.dn, 'deliverablesAfterEnd', x.dafter,
                'adoptionCount', x.an, 'adoptionsAfterEnd', x.aafter, 'reuseAdoptionsAfterEnd', x.areuse,
                'node', ${viewRowJson(PROJECT, 'x.id')}) order by x.ord), '[]')
         from per x where x.ord > ${b.bind(offset, 'int')} and x.ord <= ${b.bind(offset + first + 1, 'int')}) as items`;
  return b.finish(sql);
}

// ---------------------------------------------------------------------------------------------
// Lists through keyset pages
// ---------------------------------------------------------------------------------------------

/** Uses of a service: projects first (by name), then deliverables (by title). */
export const SERVICE_USE_ORDER = `case when t.project_id is not null
    then '0' || coalesce((select p.sort_name from project p where p.id = t.project_id), '')
    else '1' || coalesce((select lower(coalesce(d.title->>'fi', d.title->>'sv', d.title->>'en', '')) from deliverable d where d.id = t.deliverable_id), '')
  end`;

export const CONFORMS_TO_SPECIFICATION = `exists (select 1 from conformance c where c.deliverable_id = t.id and c.specification_id = ?::uuid)`;
