import { pruneColumns } from './columns.js';
import { asViews, detailColumns, type ViewRow, type ViewSpec } from './loaders.js';
import { manyColumns } from './many-embeds.js';
import { connection, decodeKeyCursor, encodeKeyCursor, pageSize, type Connection } from './relay.js';
import type { Sql } from './sql.js';

export interface ListQuery {
  /** SQL conditions (alias `t`), each with its `?` parameters in `params`, in order. */
  where: string[];
  params: unknown[];
  /** Sort expression, never null; the id breaks ties, so the order is stable. */
  orderBy: string;
  /** 'desc' sorts newest/largest first. */
  direction?: 'asc' | 'desc';
  first?: number | null;
  after?: string | null;
}

/**
 * A top-level list page with keyset pagination on (sort expression, id): stable under inserts
 * and as fast on page 1,000 as on page 1. totalCount is a second statement, only when asked for.
 */
export async function keysetPage(sql: Sql, spec: ViewSpec, q: ListQuery): Promise<Connection<ViewRow>> {
  const first = pageSize(q.first);
  const cursor = decodeKeyCursor(q.after, 2);
  const dir = q.direction === 'desc' ? 'desc' : 'asc';
  const where = [...q.where];
  const params = [...q.params];
  if (cursor) {
    where.push(`(${q.orderBy}, t.id) ${dir === 'asc' ? '>' : '<'} (?, ?::uuid)`);
    params.push(cursor[0], cursor[1]);
  }
  const whereSql = where.length ? `where ${where.join(' and ')}` : '';
  const cols = pruneColumns(spec, sql.selection);
  const many = manyColumns(sql, spec.typename, 'y.uuid');
  const page =
    `select ${cols.list}${detailColumns(sql, spec)}, (${q.orderBy})::text as _k from ${spec.from} ${whereSql} ` +
    `order by ${q.orderBy} ${dir}, t.id ${dir} limit ${first + 1}`;
  // Nested lists read in this statement (many-embeds.ts) are read for the page's rows, not for
  // the one after it that only tells whether there is a next page.
  const rows = await sql.all<{ uuid: string; _k: string | null }>(
    many.plans.length
      ? `select y.*${many.guarded(`y._n <= ${first}`)} from (select x.*, row_number() over () as _n from (${page}) x) y order by y._n`
      : page,
    params,
    true,
  );
  const countWhere = q.where.length ? `where ${q.where.join(' and ')}` : '';
  return connection(
    asViews(spec.typename, rows, sql, cols.omitted, cols.embeds, many.plans),
    first,
    (r) => encodeKeyCursor([r._k, r.uuid]),
    async () => {
      const c = await sql.one<{ n: number }>(`select count(*)::int as n from ${spec.from} ${countWhere}`, q.params);
      return c?.n ?? 0;
    },
    cursor !== null,
  );
}

/** Alphabetical by the Finnish, else Swedish, else English name (never null: the slug ends it). */
export const NAME_ORDER = `lower(coalesce(t.name->>'fi', t.name->>'sv', t.name->>'en', t.slug))`;
