import type { SqlClient } from './pg.js';
import { TABLE_ORDER, type SyntheticTable } from './tables.js';
import { zeroCounts, type TableCounts } from './insert.js';

/**
 * Rows the generator wrote. Containment (@>) rather than jsonb's `?` operators, which knex-based
 * callers would take for placeholders.
 */
export const SYNTHETIC_CONDITION = `provenance @> '[{"status":"SYNTHETIC"}]'::jsonb`;

/** True when the database already holds generated rows. */
export async function hasSyntheticRows(client: SqlClient): Promise<boolean> {
  const checks = (['funding_programme', 'project', 'deliverable'] satisfies SyntheticTable[]).map(
    (t) => `exists (select 1 from "${t}" where ${SYNTHETIC_CONDITION})`,
  );
  const { rows } = await client.query<{ found: boolean }>(`select ${checks.join(' or ')} as found`);
  return rows[0].found;
}

/**
 * Deletes every generated row, children first (so cascades find nothing left to do), in one
 * transaction; real rows are never touched. Returns the rows deleted per table.
 */
export async function deleteSyntheticRows(client: SqlClient): Promise<TableCounts> {
  const deleted = zeroCounts();
  await client.query('begin');
  try {
    // Triggers off for the bulk delete (children go first, so no foreign key is left dangling);
    // the search index is rebuilt once afterwards.
    await client.query('set local session_replication_role = replica');
    for (const table of [...TABLE_ORDER].reverse()) {
      const res = await client.query(`delete from "${table}" where ${SYNTHETIC_CONDITION}`);
      deleted[table] = res.rowCount ?? 0;
    }
    await client.query('set local session_replication_role = origin');
    await client.query('select kg_search_rebuild()');
    await client.query('commit');
  } catch (e) {
    await client.query('rollback').catch(() => undefined);
    throw e;
  }
  return deleted;
}
