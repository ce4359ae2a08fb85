import type { EntityManager } from '@mikro-orm/postgresql';
import type { Lang } from '../../domain/enums.js';
import { parseQuery } from './search.parse.js';
import { searchSql, type FacetSelection } from './search.queries.js';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

/** Every node of a plan tree, flattened. */
function walk(node: PlanNode, out: PlanNode[] = []): PlanNode[] {
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
 * which tables it scans sequentially and which indexes it uses.
 */
export async function explainSearch(
  em: EntityManager,
  q: { query: string; lang: Lang; selection?: FacetSelection },
): Promise<PlanSummary> {
  const { sql, params } = searchSql({
    query: parseQuery(q.query),
    lang: q.lang,
    selection: q.selection ?? {},
    first: 20,
    offset: 0,
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
