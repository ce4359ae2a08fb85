import type { EntityManager } from '@mikro-orm/postgresql';
import type { Lang } from '../../domain/enums.js';
import { parseQuery } from './search.parse.js';
import { SEARCH_CAP, searchSql, type FacetSelection, type SearchCap } from './search.queries.js';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Loops': number;
  Plans?: PlanNode[];
}

/**
 * Every node of a plan tree that ran, flattened. The statement holds an exact and a capped
 * path (searchSql); the one not taken is planned but never runs (its loops are 0).
 */
function walk(node: PlanNode, out: PlanNode[] = []): PlanNode[] {
  if (node['Actual Loops'] === 0) return out;
  out.push(node);
  for (const child of node.Plans ?? []) walk(child, out);
  return out;
}

export interface PlanSummary {
  seqScans: string[];
  indexes: string[];
  executionMs: number;
}

/**
 * EXPLAIN ANALYZE of the search statement as PostgreSQL runs it (default planner settings):
 * which tables it scans sequentially and which indexes it uses, in the parts that ran.
 */
export async function explainSearch(
  em: EntityManager,
  q: { query: string; lang: Lang; selection?: FacetSelection; cap?: SearchCap },
): Promise<PlanSummary> {
  const { sql, params } = searchSql({
    query: parseQuery(q.query),
    lang: q.lang,
    selection: q.selection ?? {},
    first: 20,
    offset: 0,
    cap: q.cap ?? SEARCH_CAP,
  });
  const rows = await em
    .getConnection()
    .execute<Array<{ 'QUERY PLAN': Array<{ Plan: PlanNode; 'Execution Time': number }> }>>(
      `explain (analyze, format json) ${sql}`,
      params,
    );
  const plan = rows[0]['QUERY PLAN'][0];
  const nodes = walk(plan.Plan);
  return {
    seqScans: nodes.filter((n) => n['Node Type'] === 'Seq Scan').map((n) => n['Relation Name'] ?? '?'),
    indexes: nodes.filter((n) => n['Index Name']).map((n) => n['Index Name']!),
    executionMs: plan['Execution Time'],
  };
}
