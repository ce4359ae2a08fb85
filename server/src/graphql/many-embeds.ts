import { getArgumentValues, isObjectType, print, type FieldNode } from 'graphql';
import { pruneColumns, type Embedded, type Pruned } from './columns.js';
import type { ViewSpec } from './loaders.js';
import { decodeOffsetCursor, pageSize } from './cursors.js';
import { fieldOccurrences } from './selection.js';
import type { Sql } from './sql.js';

/**
 * Nested lists read in their parent's statement. A field like `Project.participants(first: 100)`
 * is normally a batched loader: one more statement per query level. When the operation asks for
 * it with the same arguments everywhere, the statement that reads the parents (by id, by key or
 * a top-level page) also reads each parent's page as JSON — one statement for the whole query
 * instead of one per level, as PostGraphile does. The field's resolver uses that page only when
 * its own arguments give the same key (`embeddedMany`), else its loader, so a plan that guessed
 * wrong costs a statement, never a wrong answer.
 */

/** A list of child rows of a parent (the same definition the field's loader uses). */
export interface ChildList {
  spec: ViewSpec;
  /** Column of the child's `from` holding the parent's id. */
  parentColumn: string;
  orderBy: string;
  /** Filter on one enum argument (`?` stands for its value). */
  filterSql?: string;
  /**
   * A list read through a link table (`from` joins it to the child's table): when a page needs
   * only the children's ids, it is read from the link table alone (`from` without the join,
   * `id` the link's child column), one index lookup per child less. The link's foreign key
   * guarantees the child exists; `orderBy` and `parentColumn` must use the link's columns only.
   */
  linkOnly?: { from: string; id: string };
}

interface ManyDef {
  list: ChildList;
  /** Paged (a connection: first/after and a filter argument) or every child (a plain list). */
  paged: boolean;
  /** Name of the argument `filterSql` takes. */
  filterArg?: string;
}

const REGISTRY = new Map<string, Map<string, ManyDef>>();

/** Declares that `typename.field` may be read in its parent's statement. */
export function embedMany(typename: string, field: string, def: ManyDef): void {
  let perType = REGISTRY.get(typename);
  if (!perType) REGISTRY.set(typename, (perType = new Map()));
  perType.set(field, def);
}

/** The key a resolver's arguments give: a page read for another key is not used. */
export function manyKey(first: number, offset: number, filter: string | null | undefined): string {
  return `${first}:${offset}:${filter ?? ''}`;
}

/** How one embedded list is read and turned into views. */
export interface ManyPlan {
  field: string;
  typename: string;
  key: string;
  paged: boolean;
  /** Rows before the page (paged lists). */
  offset: number;
  /** Last row of the page (paged lists). */
  last: number;
  counted: boolean;
  omitted: ReadonlySet<string> | null;
  embeds: readonly Embedded[];
}

/** Extra select-list items of a parent statement and their plans. */
export interface ManyColumns {
  /** `, (…) as "_many_f", …` (empty without plans). */
  list: string;
  plans: readonly ManyPlan[];
  /** The same items, each read only when `guard` holds (null otherwise). */
  guarded(guard: string): string;
}

const NONE: ManyColumns = { list: '', plans: [], guarded: () => '' };

/** What a page read in the parent's statement holds. */
export interface EmbeddedPage {
  key: string;
  rows: import('./loaders.js').ViewRow[];
  hasNext: boolean;
  total: number | null;
}

/**
 * The embedded lists of `typename` for this request (computed once per request, type and
 * parent): select-list items to append after the parent's columns; `parent` is the parent's id
 * (`t.id`: alias `t` is the parent).
 */
export function manyColumns(sql: Sql, typename: string, parent = 't.id'): ManyColumns {
  const defs = REGISTRY.get(typename);
  const fields = sql.selection?.get(typename);
  if (!defs || !fields || !sql.schema) return NONE;
  let cache = sql.manyPlans;
  if (!cache) sql.manyPlans = cache = new Map();
  const k = `${typename}|${parent}`;
  let out = cache.get(k);
  if (!out) {
    out = plan(sql, typename, defs, fields, parent);
    cache.set(k, out);
  }
  return out;
}

function plan(
  sql: Sql,
  typename: string,
  defs: Map<string, ManyDef>,
  fields: ReadonlySet<string>,
  parent: string,
): ManyColumns {
  const items: Array<[expr: string, alias: string]> = [];
  const plans: ManyPlan[] = [];
  for (const [field, def] of defs) {
    if (!fields.has(field)) continue;
    const args = argumentsOf(sql, typename, field);
    if (!args) continue;
    let first = 0;
    let offset = 0;
    let filter: string | null = null;
    if (def.paged) {
      try {
        first = pageSize(args.first as number | null | undefined);
        offset = decodeOffsetCursor(args.after as string | null | undefined);
      } catch {
        continue; // the resolver reports the bad argument
      }
      filter = def.filterArg ? ((args[def.filterArg] as string | null | undefined) ?? null) : null;
      // Enum values only, inlined (the parent statement's parameters are its own).
      if (filter !== null && !/^[A-Z][A-Z0-9_]*$/.test(filter)) continue;
    }
    const { list } = def;
    const child = childSource(list, pruneColumns(list.spec, sql.selection), filter);
    const counted = def.paged && sql.selection?.get(`${list.spec.typename}Connection`)?.has('totalCount') === true;
    const where = `${list.parentColumn} = _pk._pid${filter !== null && list.filterSql ? ` and ${list.filterSql.replace('?', `'${filter}'`)}` : ''}`;
    const last = offset + first;
    const rows = def.paged
      ? `select ${child.list}, row_number() over (order by ${list.orderBy}) as _rn from ${child.from} where ${where} ` +
        `order by ${list.orderBy} limit ${last + 1 - offset} offset ${offset}`
      : `select ${child.list}, row_number() over (order by ${list.orderBy}) as _rn from ${child.from} where ${where}`;
    const agg = `coalesce(json_agg(row_to_json(_m) order by _m._rn)${def.paged ? ` filter (where _m._rn <= ${last})` : ''}, '[]'::json)`;
    // The parent's id is taken before the child's own `t` hides the parent's.
    const item = def.paged
      ? `(select json_build_object('rows', _a.r, 'next', _a.n` +
        (counted ? `, 'total', (select count(*) from ${child.from} where ${where})` : '') +
        `) from (select ${parent} as _pid) _pk cross join lateral (select ${agg} as r, count(*) > ${first} as n from (${rows}) _m) _a)`
      : `(select ${agg} from (select ${parent} as _pid) _pk cross join lateral (${rows}) _m)`;
    items.push([item, `"_many_${field}"`]);
    plans.push({
      field,
      typename: list.spec.typename,
      key: def.paged ? manyKey(first, offset, filter) : '',
      paged: def.paged,
      offset,
      last,
      counted,
      omitted: child.omitted,
      embeds: child.embeds,
    });
  }
  if (!plans.length) return NONE;
  return {
    list: items.map(([e, a]) => `, ${e} as ${a}`).join(''),
    plans,
    guarded: (guard) => items.map(([e, a]) => `, case when ${guard} then ${e} end as ${a}`).join(''),
  };
}

const ID_ONLY = 't.id as uuid';

/**
 * The select list and `from` of a list's children (see ChildList.linkOnly): the link table
 * alone when only their ids are read and no filter applies.
 */
export function childSource(
  list: Pick<ChildList, 'spec' | 'linkOnly'>,
  child: Pruned,
  filter: string | null | undefined,
): Pruned & { from: string } {
  const { linkOnly } = list;
  if (linkOnly && child.list === ID_ONLY && child.embeds.length === 0 && filter == null) {
    return { ...child, list: `${linkOnly.id} as uuid`, from: linkOnly.from };
  }
  return { ...child, from: list.spec.from };
}

/**
 * The argument values of the field's occurrences in the operation, when they all have the same
 * arguments (null otherwise: read by the loader).
 */
function argumentsOf(sql: Sql, typename: string, field: string): Record<string, unknown> | null {
  const nodes = fieldOccurrences(sql.selection!, typename, field);
  const type = sql.schema!.getType(typename);
  const def = isObjectType(type) ? type.getFields()[field] : undefined;
  if (!def || nodes.length === 0) return null;
  const text = argsText(nodes[0]);
  for (let i = 1; i < nodes.length; i++) if (argsText(nodes[i]) !== text) return null;
  try {
    return getArgumentValues(def, nodes[0], sql.variables as Record<string, unknown>);
  } catch {
    return null;
  }
}

const argsTexts = new WeakMap<FieldNode, string>();
function argsText(node: FieldNode): string {
  let t = argsTexts.get(node);
  if (t === undefined) argsTexts.set(node, (t = (node.arguments ?? []).map((a) => print(a)).join(',')));
  return t;
}

/** The page read for `field` in the parent's statement, if any (see nestedConnection). */
export function embeddedMany(row: Record<string, unknown>, field: string): EmbeddedPage | undefined {
  return row[`_many_${field}`] as EmbeddedPage | undefined;
}
