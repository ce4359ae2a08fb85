import { DELIVERABLE_FACTS, type DeliverableFacts } from './deliverable-facts.queries.js';
import type { SqlRun } from './export.http.js';

/** Deliverables per catalogue page: small enough for one statement and a quick response. */
export const CATALOG_PAGE_SIZE = 500;

/** One keyset page of deliverables (by id) with all their facts, plus the catalogue's last change: one statement. */
export async function catalogPage(
  sql: SqlRun,
  after: string | null,
  size = CATALOG_PAGE_SIZE,
): Promise<{ rows: DeliverableFacts[]; modified: string | null }> {
  const rows = await sql<DeliverableFacts & { catalogModified: string | null }>(
    `select ${DELIVERABLE_FACTS},
       (select to_char(max(x.updated_at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') from deliverable x) as "catalogModified"
     from deliverable d where (?::uuid is null or d.id > ?::uuid) order by d.id limit ?`,
    [after, after, size + 1],
  );
  return { rows, modified: rows[0]?.catalogModified ?? null };
}
