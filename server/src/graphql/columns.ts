import type { Selection } from './selection.js';

/**
 * Column pruning: a view's select list holds every column any of its fields may need; a
 * request reads only those its operation asks for. A GraphQL field `f` needs the columns
 * aliased `f`, `fTranslations` (localised text) and `fId` (a relation), plus those a view
 * declares in `needs` (e.g. a resolver that reads two columns). Without a selection for the
 * type (exports, internal reads) every column is read.
 */

export interface Column {
  alias: string;
  sql: string;
}

const AS_ALIAS = /\s+as\s+("?)([A-Za-z_][A-Za-z0-9_]*)\1\s*$/i;
const PLAIN = /^[a-z_]+\.("?)([A-Za-z_][A-Za-z0-9_]*)\1$/;

/** Splits a select list at its top-level commas and names each item by its alias. */
export function parseColumns(list: string): Column[] {
  const items: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      items.push(list.slice(start, i));
      start = i + 1;
    }
  }
  items.push(list.slice(start));
  return items.map((raw) => {
    const sql = raw.trim().replace(/\s+/g, ' ');
    const alias = AS_ALIAS.exec(sql)?.[2] ?? PLAIN.exec(sql)?.[2];
    if (!alias) throw new Error(`view column without an alias: ${sql}`);
    return { alias, sql };
  });
}

/** Column aliases a set of GraphQL fields needs. */
export function neededAliases(
  fields: ReadonlySet<string>,
  needs?: Readonly<Record<string, readonly string[]>>,
): Set<string> {
  const out = new Set<string>(['uuid']);
  for (const f of fields) {
    out.add(f);
    out.add(`${f}Translations`);
    out.add(`${f}Id`);
    for (const a of needs?.[f] ?? []) out.add(a);
  }
  return out;
}

export interface Pruned {
  /** The select list to use. */
  list: string;
  /** Aliases left out (null: nothing left out). */
  omitted: ReadonlySet<string> | null;
  /** To-one relations read in the same statement (see Prunable.embeds). */
  embeds: readonly Embedded[];
}

/** A related row read as JSON in column `_embed_<field>`, to become a view of `typename`. */
export interface Embedded {
  field: string;
  typename: string;
  omitted: ReadonlySet<string> | null;
  embeds: readonly Embedded[];
}

/** A view whose columns can be pruned. */
export interface Prunable {
  typename: string;
  /** `from` clause with the alias `t`. */
  from: string;
  columns: string;
  needs?: Readonly<Record<string, readonly string[]>>;
  prunable?: boolean;
  /**
   * To-one relations read in the parent's statement when an operation asks for them (one
   * statement less per query level): field -> the related view and the parent's foreign-key
   * expression (alias `t`). The field's resolver takes the embedded row (see `embedded`).
   * `joined`: the alias under which the parent's `from` already (inner) joins the related
   * table, whose row is then used as it is instead of being looked up again.
   */
  embeds?: Readonly<Record<string, { view: () => Prunable; fk: string; joined?: string }>>;
}

const parsed = new WeakMap<Prunable, Column[]>();
const pruned = new WeakMap<Prunable, WeakMap<ReadonlySet<string>, Pruned>>();

/** The select list of a view for a request's selection (cached per view and selection). */
export function pruneColumns(spec: Prunable, selection: Selection | undefined): Pruned {
  const fields = spec.prunable === false ? undefined : selection?.get(spec.typename);
  if (!fields) return { list: spec.columns, omitted: null, embeds: NO_EMBEDS };
  let perSpec = pruned.get(spec);
  if (!perSpec) pruned.set(spec, (perSpec = new WeakMap()));
  let p = perSpec.get(fields);
  if (!p) {
    let cols = parsed.get(spec);
    if (!cols) parsed.set(spec, (cols = parseColumns(spec.columns)));
    const needed = neededAliases(fields, spec.needs);
    const kept = cols.filter((c) => needed.has(c.alias));
    const omitted = new Set(cols.filter((c) => !needed.has(c.alias)).map((c) => c.alias));
    const list = kept.map((c) => c.sql);
    const embeds: Embedded[] = [];
    for (const [field, e] of Object.entries(spec.embeds ?? {})) {
      const view = e.view();
      if (!fields.has(field) || !selection?.has(view.typename)) continue;
      const inner = pruneColumns(view, selection);
      if (e.joined && SINGLE_TABLE.test(view.from)) {
        // The joined row, renamed `t` for the related view's columns: no second lookup.
        list.push(
          `(select row_to_json(_ev) from (select ${inner.list} from (select ${e.joined}.*) t) _ev) as "_embed_${field}"`,
        );
      } else {
        // The key is read before the related view's own `t` hides the parent's.
        list.push(
          `(select row_to_json(_ev) from (select ${e.fk} as _fk) _ek cross join lateral ` +
            `(select ${inner.list} from ${view.from} where t.id = _ek._fk) _ev) as "_embed_${field}"`,
        );
      }
      embeds.push({ field, typename: view.typename, omitted: inner.omitted, embeds: inner.embeds });
    }
    p = { list: list.join(', '), omitted: omitted.size ? omitted : null, embeds };
    perSpec.set(fields, p);
  }
  return p;
}

const NO_EMBEDS: readonly Embedded[] = [];
/** A view read from one table, `name t`. */
const SINGLE_TABLE = /^"?[a-z_]+"? t$/;

let strict = false;

/** In tests, reading a column a view left out throws, so a missing `needs` entry cannot hide. */
export function setStrictColumns(on: boolean): void {
  strict = on;
}

/**
 * Marks a view row whose global id was not encoded because the operation does not ask for it:
 * reading `id` then throws in tests (the row has no `id` otherwise).
 */
export function guardUnselectedId(typename: string, row: object): void {
  if (!strict) return;
  Object.defineProperty(row, 'id', {
    enumerable: false,
    configurable: true,
    get() {
      throw new Error(`${typename}.id was not encoded for this query (not selected): read the row's uuid instead`);
    },
  });
}

/** Guards a row whose view left columns out (tests only; returns the row itself otherwise). */
export function guardOmitted<T extends object>(typename: string, row: T, omitted: ReadonlySet<string> | null): T {
  if (!strict || !omitted) return row;
  return new Proxy(row, {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && omitted.has(prop) && !(prop in target)) {
        throw new Error(
          `${typename}.${prop} was not read for this query: declare it in the view's needs for the field that uses it`,
        );
      }
      return Reflect.get(target, prop, receiver);
    },
  });
}
