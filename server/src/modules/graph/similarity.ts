import { COUNTS_AS_REUSE } from '../adoption/adoption.queries.js';

/**
 * How much an organisation is like a municipality ("me"): the weights of each reason. The score is
 * their sum, at most 8.
 *
 * - SIMILAR_POPULATION: `population * (1 - |ln a - ln b| / ln 10)` — the same size gives the full
 *   weight, a factor of ten or more nothing (log scale: 2,000 vs 4,000 is as alike as 50,000 vs 100,000).
 * - SAME_REGION, SAME_LANGUAGE_STATUS: the full weight when equal.
 * - SHARED_PROJECT: per project both take part in, capped.
 * - SHARED_ADOPTION: per deliverable both adopted, capped; only adoptions that count as reuse
 *   (declared by the adopter or verified) count, claims do not.
 */
export const SIMILARITY_WEIGHTS = {
  population: 2,
  region: 1,
  language: 1,
  sharedProject: 0.5,
  sharedAdoption: 0.5,
  sharedCap: 2,
} as const;

const W = SIMILARITY_WEIGHTS;
const reuse = (alias: string) => COUNTS_AS_REUSE.replaceAll('t.', `${alias}.`);
const LN10 = 'ln(10.0)';
const logDistance = `abs(ln(o.population::float8) - ln(me.population::float8))`;

/**
 * Reason rows `(cid, kind, weight, items)` of candidate organisations compared with `me`.
 * Expects CTEs `me(id, population, region_id, language_status)` (one row) and `cand(id)`.
 * Items are JSON arrays `[value, typename, uuid, names]`.
 */
export const SIMILARITY_REASONS = `
      select c.id as cid, 'SIMILAR_POPULATION' as kind, ${W.population} * (1 - ${logDistance} / ${LN10}) as weight,
             json_build_array(json_build_array(o.population::text, null, null, null)) as items
        from cand c join organisation o on o.id = c.id cross join me
       where o.population > 0 and me.population > 0 and ${logDistance} < ${LN10}
      union all
      select c.id, 'SAME_REGION', ${W.region}, json_build_array(json_build_array(r.code, 'Region', r.id, r.name))
        from cand c join organisation o on o.id = c.id join me on me.region_id = o.region_id join region r on r.id = o.region_id
      union all
      select c.id, 'SAME_LANGUAGE_STATUS', ${W.language}, json_build_array(json_build_array(o.language_status, null, null, null))
        from cand c join organisation o on o.id = c.id join me on me.language_status = o.language_status
      union all
      select x.cid, 'SHARED_PROJECT', least(${W.sharedProject} * count(*), ${W.sharedCap}),
             json_agg(json_build_array(p.slug, 'Project', p.id, p.name) order by p.sort_name, p.id)
        from (select distinct c.id as cid, a.project_id from cand c
                join participation a on a.organisation_id = c.id
                join participation b on b.project_id = a.project_id
                join me on me.id = b.organisation_id) x
        join project p on p.id = x.project_id group by x.cid
      union all
      select x.cid, 'SHARED_ADOPTION', least(${W.sharedAdoption} * count(*), ${W.sharedCap}),
             json_agg(json_build_array(null, 'Deliverable', d.id, d.title) order by d.id)
        from (select distinct c.id as cid, a.deliverable_id from cand c
                join adoption a on a.organisation_id = c.id and ${reuse('a')}
                join adoption b on b.deliverable_id = a.deliverable_id and ${reuse('b')}
                join me on me.id = b.organisation_id) x
        join deliverable d on d.id = x.deliverable_id group by x.cid`;
