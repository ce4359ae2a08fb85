import type { EntityManager } from '@mikro-orm/postgresql';

export type Row = Record<string, unknown>;

/** Column value for a parameter: JSON text for jsonb columns, an array literal for text[]. */
function param(v: unknown, jsonColumn: boolean): unknown {
  if (v === undefined) return null;
  if (jsonColumn) return JSON.stringify(v);
  // knex expands array bindings into lists: send text[] as a PostgreSQL array literal instead.
  if (Array.isArray(v)) return `{${v.map((x) => `"${String(x).replace(/(["\\])/g, '\\$1')}"`).join(',')}}`;
  return v;
}

/**
 * Inserts rows or updates them where they differ, keyed by `id`. A row that is already equal is
 * left alone (its updated_at too), so running an import twice changes nothing. Returns the number
 * of rows inserted or changed.
 */
export async function upsertRows(
  em: EntityManager,
  table: string,
  rows: Row[],
  jsonColumns: string[] = [],
): Promise<number> {
  if (rows.length === 0) return 0;
  const columns = Object.keys(rows[0]);
  const json = new Set(jsonColumns);
  const q = (c: string) => `"${c}"`;
  const updatable = columns.filter((c) => c !== 'id');
  let changed = 0;
  const batchSize = Math.max(1, Math.floor(20000 / columns.length));
  for (let i = 0; i < rows.length; i += batchSize) {
    const batch = rows.slice(i, i + batchSize);
    const params: unknown[] = [];
    const values = batch.map((row) => {
      const cells = columns.map((c) => {
        params.push(param(row[c], json.has(c)));
        return json.has(c) ? '?::jsonb' : '?';
      });
      return `(${cells.join(', ')})`;
    });
    const set = updatable.map((c) => `${q(c)} = excluded.${q(c)}`).join(', ');
    const differs = `(${updatable.map((c) => `${q(table)}.${q(c)}`).join(', ')}) is distinct from (${updatable
      .map((c) => `excluded.${q(c)}`)
      .join(', ')})`;
    const sql =
      `insert into ${q(table)} (${columns.map(q).join(', ')}) values ${values.join(', ')} ` +
      `on conflict ("id") do update set ${set}, "updated_at" = now() where ${differs} returning "id"`;
    const res = await em.getConnection().execute<{ id: string }[]>(sql, params, 'all', em.getTransactionContext());
    changed += res.length;
  }
  return changed;
}
