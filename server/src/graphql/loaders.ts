import DataLoader from 'dataloader';
import {
  guardOmitted,
  guardUnselectedId,
  neededAliases,
  parseColumns,
  pruneColumns,
  type Embedded,
  type Prunable,
} from './columns.js';
import { toGlobalId } from './global-id.js';
import { lazyField } from './lazy-fields.js';
import { childSource, manyColumns, type ChildList, type EmbeddedPage, type ManyPlan } from './many-embeds.js';
import { needsTypename } from './selection.js';
import type { Sql } from './sql.js';

/**
 * A row read for a view type: the raw uuid plus whatever columns the query aliased. Within an
 * operation, `__typename` and `id` are there when the operation needs them (asViews).
 */
export interface ViewRow {
  __typename: string;
  /** Global (Relay) id. */
  id: string;
  /** Database id. */
  uuid: string;
  [column: string]: unknown;
}

/** PostgreSQL array literal for a `?::uuid[]` / `?::text[]` parameter (knex would expand an array). */
export function pgArray(values: readonly (string | number)[]): string {
  return `{${values.map((v) => `"${String(v).replace(/(["\\])/g, '\\$1')}"`).join(',')}}`;
}

/**
 * Columns of a view type too heavy to read with every row (sources, long texts): read, in one
 * batched statement, only when a query asks for one of them.
 */
export interface DetailSpec {
  /** Base table with the alias `t`, e.g. `project t`. */
  from: string;
  /** Select list of the detail columns, aliased to the view's field names. */
  columns: string;
  fields: string[];
  /** Extra detail columns a GraphQL field needs (see columns.ts). */
  needs?: Readonly<Record<string, readonly string[]>>;
}

const DETAILS = new Map<string, DetailSpec>();

/** Declares the detail columns of a view type (see DetailSpec). */
export function registerDetails(typename: string, spec: DetailSpec): void {
  DETAILS.set(typename, spec);
  // Read on first use (asViews), unless the statement inlined them.
  for (const field of spec.fields) lazyField(typename, field);
}

/**
 * Turns raw rows into view rows of a type (global id + __typename). With the request's `sql`,
 * detail fields the row lacks become getters that load them on first use (one statement per
 * type and query level) — only those the request's selection can ask for. `omitted`: columns
 * the statement left out (see columns.ts); reading one throws in tests.
 */
export function asViews<T extends { uuid: string }>(
  typename: string,
  rows: T[],
  sql?: Sql,
  omitted: ReadonlySet<string> | null = null,
  embeds: readonly Embedded[] = [],
  many: readonly ManyPlan[] = [],
): Array<T & ViewRow> {
  const details = sql ? DETAILS.get(typename) : undefined;
  const selected = sql?.selection?.get(typename);
  const plan = details ? detailPlan(details, selected, omitted) : { fields: NONE, omitted };
  const detailFields = plan.fields;
  omitted = plan.omitted;
  const out = rows as Array<T & ViewRow>;
  // The global id is encoded only when the operation asks for it (code reads rows' uuids). A
  // lazy getter here cost W1 2-7 % of its CPU in A/B runs: defining an accessor on each row
  // makes the rows slower to read for the rest of the request.
  const eagerId = !selected || selected.has('id');
  // Likewise `__typename`, which only resolves an interface or union (a property added to each
  // row allocates; `{ __typename }` in a query is answered from the schema).
  const typed = !sql?.selection || needsTypename(sql.selection, typename);
  for (let i = 0; i < out.length; i++) {
    const r = out[i];
    if (typed) r.__typename = typename;
    if (eagerId) r.id = toGlobalId(typename, r.uuid);
    else guardUnselectedId(typename, r);
    for (const field of detailFields) {
      if (field in r) continue;
      Object.defineProperty(r, field, {
        enumerable: true,
        get: () =>
          detailsLoader(sql!, typename, details!)
            .load(r.uuid)
            .then((d) => d?.[field] ?? null),
      });
    }
  }
  // Embedded related rows of all parents become views together.
  for (const e of embeds) {
    const key = `_embed_${e.field}`;
    const parents: Array<Record<string, unknown>> = [];
    const related: ViewRow[] = [];
    for (const r of out as Array<Record<string, unknown>>) {
      const v = r[key] as ViewRow | null | undefined;
      if (v) {
        parents.push(r);
        related.push(v);
      } else r[key] = null;
    }
    const views = asViews(e.typename, related, sql, e.omitted, e.embeds);
    for (let j = 0; j < parents.length; j++) parents[j][key] = views[j];
  }
  for (const m of many) embedManyViews(out as Array<Record<string, unknown>>, m, sql);
  if (omitted) for (let i = 0; i < out.length; i++) out[i] = guardOmitted(typename, out[i], omitted);
  return out;
}

/** The lists read as JSON in the parents' statement (many-embeds.ts) become views, all parents' together. */
function embedManyViews(parents: Array<Record<string, unknown>>, m: ManyPlan, sql: Sql | undefined): void {
  const key = `_many_${m.field}`;
  type Read = { rows: ViewRow[]; next: boolean; total?: number } | ViewRow[] | null;
  const read = parents.map((r) => r[key] as Read);
  const childrenOf = (v: Read) => (v === null ? [] : Array.isArray(v) ? v : v.rows);
  const all: ViewRow[] = [];
  for (const v of read) for (const c of childrenOf(v)) all.push(c);
  // In place (asViews may wrap a row, so the views are taken from the array it returns).
  const views = asViews(m.typename, all, sql, m.omitted, m.embeds);
  let at = 0;
  for (let i = 0; i < parents.length; i++) {
    const v = read[i];
    // Not read for this row (a statement's guard): the field's loader answers.
    if (v === null) {
      delete parents[i][key];
      continue;
    }
    const n = childrenOf(v).length;
    const rows = views.slice(at, (at += n));
    const page: EmbeddedPage = Array.isArray(v)
      ? { key: m.key, rows, hasNext: false, total: n }
      : { key: m.key, rows, hasNext: v.next, total: m.counted ? v.total! : null };
    parents[i][key] = page;
  }
}

const NONE: readonly string[] = [];
const NO_OMITTED = {};
const detailPlans = new WeakMap<
  DetailSpec,
  WeakMap<object, WeakMap<object, { fields: readonly string[]; omitted: ReadonlySet<string> | null }>>
>();

/**
 * The detail fields of a type an operation can ask for, and the columns left out (the
 * statement's plus the detail fields not asked for): once per type, selection and statement.
 */
function detailPlan(
  details: DetailSpec,
  selected: ReadonlySet<string> | undefined,
  omitted: ReadonlySet<string> | null,
): { fields: readonly string[]; omitted: ReadonlySet<string> | null } {
  if (!selected) return { fields: details.fields, omitted };
  let bySelection = detailPlans.get(details);
  if (!bySelection) detailPlans.set(details, (bySelection = new WeakMap()));
  let byOmitted = bySelection.get(selected);
  if (!byOmitted) bySelection.set(selected, (byOmitted = new WeakMap()));
  let plan = byOmitted.get(omitted ?? NO_OMITTED);
  if (!plan) {
    const needed = neededAliases(selected, details.needs);
    const fields = details.fields.filter((f) => needed.has(f));
    plan = {
      fields,
      omitted:
        fields.length < details.fields.length
          ? new Set([...(omitted ?? []), ...details.fields.filter((f) => !needed.has(f))])
          : omitted,
    };
    byOmitted.set(omitted ?? NO_OMITTED, plan);
  }
  return plan;
}

const inlineDetails = new WeakMap<DetailSpec, WeakMap<ReadonlySet<string>, string>>();

/**
 * The detail columns the operation asks for, as more select-list items (`, …`) of a statement that
 * reads the view from the same table (by id, by key, a listing): read with the rows instead of by a
 * statement of their own. Empty without a selection or when none is asked for.
 */
export function detailColumns(sql: Sql, spec: { typename: string; from: string }): string {
  const details = DETAILS.get(spec.typename);
  const selected = sql.selection?.get(spec.typename);
  if (!details || !selected || details.from !== spec.from) return '';
  let bySelection = inlineDetails.get(details);
  if (!bySelection) inlineDetails.set(details, (bySelection = new WeakMap()));
  let list = bySelection.get(selected);
  if (list === undefined) {
    const needed = neededAliases(selected, details.needs);
    list = parseColumns(details.columns)
      .filter((c) => needed.has(c.alias))
      .map((c) => `, ${c.sql}`)
      .join('');
    bySelection.set(selected, list);
  }
  return list;
}

/**
 * The related row a parent's statement read for `field` (columns.ts embeds), or undefined
 * when it was not read that way (the resolver then uses its loader).
 */
export function embedded(row: ViewRow, field: string): ViewRow | null | undefined {
  const key = `_embed_${field}`;
  return key in row ? (row[key] as ViewRow | null) : undefined;
}

function detailsLoader(
  sql: Sql,
  typename: string,
  details: DetailSpec,
): DataLoader<string, Record<string, unknown> | null> {
  if (!sql.loaders) throw new Error('Sql has no loader registry');
  return sql.loaders.get(
    `${typename}.details`,
    (s) =>
      new DataLoader<string, Record<string, unknown> | null>(async (ids) => {
        const rows = await s.all<{ uuid: string }>(
          `select t.id as uuid, ${details.columns} from ${details.from} where t.id = any(?::uuid[])`,
          [pgArray(ids)],
          true,
        );
        const byId = new Map(rows.map((r) => [r.uuid, r as Record<string, unknown>]));
        return ids.map((id) => byId.get(id) ?? null);
      }, levelBatching(s)),
  );
}

/** Per-request registry of DataLoaders, created on first use. */
export class Loaders {
  private readonly map = new Map<string, DataLoader<unknown, unknown>>();

  constructor(readonly sql: Sql) {
    sql.loaders = this;
  }

  get<K, V>(name: string, make: (sql: Sql) => DataLoader<K, V>): DataLoader<K, V> {
    let l = this.map.get(name);
    if (!l) {
      l = make(this.sql) as DataLoader<unknown, unknown>;
      this.map.set(name, l);
    }
    return l as DataLoader<K, V>;
  }
}

/** Dispatch batches level by level (see BatchScheduler). */
export function levelBatching(sql: Sql): { batchScheduleFn: (dispatch: () => void) => void } {
  return { batchScheduleFn: sql.scheduler.schedule };
}

/** Describes how to read one view type from its table. */
export interface ViewSpec {
  typename: string;
  /** `from` clause with the alias `t`, e.g. `project t`. */
  from: string;
  /** Select list using alias `t`, starting with `t.id as uuid`; every item aliased. */
  columns: string;
  /**
   * Columns a GraphQL field needs beyond its namesakes (`f`, `fTranslations`, `fId`): a request
   * reads only the columns of the fields it asks for (columns.ts).
   */
  needs?: Readonly<Record<string, readonly string[]>>;
  /** false: always read every column (a resolver that reads the row whole). */
  prunable?: boolean;
  /** To-one relations read in the same statement when asked for (columns.ts). */
  embeds?: Prunable['embeds'];
}

/** Loads view rows by database id: one statement per batch. */
export function byIdLoader(spec: ViewSpec) {
  return (sql: Sql) =>
    new DataLoader<string, ViewRow | null>(async (ids) => {
      const cols = pruneColumns(spec, sql.selection);
      const many = manyColumns(sql, spec.typename);
      const rows = await sql.all<{ uuid: string }>(
        `select ${cols.list}${detailColumns(sql, spec)}${many.list} from ${spec.from} where t.id = any(?::uuid[])`,
        [pgArray(ids)],
        true,
      );
      const byId = new Map(
        asViews(spec.typename, rows, sql, cols.omitted, cols.embeds, many.plans).map((r) => [r.uuid, r]),
      );
      return ids.map((id) => byId.get(id) ?? null);
    }, levelBatching(sql));
}

/** Loads one value per key through a keyed query (`where <keyColumn> = any(...)`), e.g. by slug. */
export function byKeyLoader(spec: ViewSpec, keyColumn: string, keyType: 'text' | 'uuid' | 'int' = 'text') {
  return (sql: Sql) =>
    new DataLoader<string, ViewRow | null>(async (keys) => {
      const cols = pruneColumns(spec, sql.selection);
      const many = manyColumns(sql, spec.typename);
      const rows = await sql.all<{ uuid: string; _key: string }>(
        `select ${cols.list}${detailColumns(sql, spec)}${many.list}, ${keyColumn}::text as _key from ${spec.from} where ${keyColumn} = any(?::${keyType}[])`,
        [pgArray(keys)],
        true,
      );
      const byKey = new Map(
        asViews(spec.typename, rows, sql, cols.omitted, cols.embeds, many.plans).map((r) => [r._key as string, r]),
      );
      return keys.map((k) => byKey.get(String(k)) ?? null);
    }, levelBatching(sql));
}

/** childrenLoader / pagedChildrenLoader of a ChildList (the definition a parent may also embed). */
export const listLoader = (l: ChildList) => childrenLoader(l.spec, l.parentColumn, l.orderBy);
export const pagedListLoader = (l: ChildList) =>
  pagedChildrenLoader(l.spec, l.parentColumn, l.orderBy, l.filterSql, l.linkOnly);

/** Loads every child row of each parent (small, unpaged lists): one statement per batch. */
export function childrenLoader(spec: ViewSpec, parentColumn: string, orderBy: string) {
  return (sql: Sql) =>
    new DataLoader<string, ViewRow[]>(async (parents) => {
      const cols = pruneColumns(spec, sql.selection);
      const rows = await sql.all<{ uuid: string; _parent: string }>(
        `select ${cols.list}, ${parentColumn} as _parent from ${spec.from} where ${parentColumn} = any(?::uuid[]) order by ${orderBy}`,
        [pgArray(parents)],
        true,
      );
      const groups = new Map<string, ViewRow[]>();
      for (const r of asViews(spec.typename, rows, sql, cols.omitted, cols.embeds)) {
        const list = groups.get(r._parent as string);
        if (list) list.push(r);
        else groups.set(r._parent as string, [r]);
      }
      return parents.map((p) => groups.get(p) ?? []);
    }, levelBatching(sql));
}

export interface PageKey {
  parent: string;
  first: number;
  offset: number;
  /** Extra filter value (e.g. a role), part of the batch key. */
  filter?: string | null;
}

export interface Page {
  /** The page's rows, no more. */
  rows: ViewRow[];
  hasNext: boolean;
  /** Null when the operation does not ask for the connection's totalCount (not counted). */
  total: number | null;
}

/**
 * Pages of children for many parents in one statement (window functions number the rows of
 * each parent and count them), so a nested connection costs one statement whatever the page size.
 * `filterSql` (using `?` once) applies when a key has a filter.
 */
export function pagedChildrenLoader(
  spec: ViewSpec,
  parentColumn: string,
  orderBy: string,
  filterSql?: string,
  linkOnly?: ChildList['linkOnly'],
) {
  return (sql: Sql) =>
    new DataLoader<PageKey, Page, string>(
      async (keys) => {
        const groups = new Map<string, PageKey[]>();
        for (const k of keys) {
          const g = `${k.first}:${k.offset}:${k.filter ?? ''}`;
          const list = groups.get(g);
          if (list) list.push(k);
          else groups.set(g, [k]);
        }
        const result = new Map<string, Page>();
        await Promise.all(
          [...groups.values()].map(async (group) => {
            const { first, offset, filter } = group[0];
            const parents = [...new Set(group.map((k) => k.parent))];
            const params: unknown[] = [pgArray(parents)];
            let where = `${parentColumn} = any(?::uuid[])`;
            if (filter != null && filterSql) {
              where += ` and ${filterSql}`;
              params.push(filter);
            }
            const cols = childSource({ spec, linkOnly }, pruneColumns(spec, sql.selection), filter);
            const counted = wantsTotal(sql, spec.typename);
            const last = offset + first;
            const numbered =
              `select ${cols.list}, ${parentColumn} as _parent, ` +
              `row_number() over (partition by ${parentColumn} order by ${orderBy})::int as _rn` +
              (counted ? `, count(*) over (partition by ${parentColumn})::int as _total` : '') +
              ` from ${cols.from} where ${where}`;
            // Only the page's rows are sent. With a count, the next page is known from it (and row 1
            // comes only to carry the count past the end); without, the row after the page is read
            // in PostgreSQL to tell whether there is one, and not sent.
            const rows = counted
              ? await sql.all<PagedRow>(
                  `select * from (${numbered}) x where (_rn > ? and _rn <= ?) or (_rn = 1 and _total <= ?) order by _parent, _rn`,
                  [...params, offset, last, offset],
                  true,
                )
              : await sql.all<PagedRow>(
                  `select * from (select x.*, max(_rn) over (partition by _parent) as _last from (${numbered}) x ` +
                    `where _rn > ? and _rn <= ?) y where _rn <= ? order by _parent, _rn`,
                  [...params, offset, last + 1, last],
                  true,
                );
            const byParent = new Map<string, Page>();
            for (const r of asViews(spec.typename, rows, sql, cols.omitted, cols.embeds)) {
              let p = byParent.get(r._parent as string);
              if (!p) {
                const total = counted ? (r._total as number) : null;
                const hasNext = counted ? total! > last : (r._last as number) > last;
                byParent.set(r._parent as string, (p = { rows: [], total, hasNext }));
              }
              if ((r._rn as number) > offset) p.rows.push(r);
            }
            const empty: Page = { rows: [], total: counted ? 0 : null, hasNext: false };
            for (const k of group) result.set(pageKeyId(k), byParent.get(k.parent) ?? empty);
          }),
        );
        return keys.map((k) => result.get(pageKeyId(k))!);
      },
      { cacheKeyFn: pageKeyId, ...levelBatching(sql) },
    );
}

/**
 * Whether the operation can ask for the totalCount of a connection of `typename` (connection
 * types are named `<Node>Connection`); without a selection, always.
 */
function wantsTotal(sql: Sql, typename: string): boolean {
  return !sql.selection || sql.selection.get(`${typename}Connection`)?.has('totalCount') === true;
}

interface PagedRow {
  uuid: string;
  _parent: string;
  _rn: number;
  _total?: number;
  _last?: number;
}

function pageKeyId(k: PageKey): string {
  return `${k.parent}:${k.first}:${k.offset}:${k.filter ?? ''}`;
}
