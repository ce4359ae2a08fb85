import type { Lang } from '../../domain/enums.js';
import type { Context } from '../../graphql/context.js';
import { BadUserInputError } from '../../graphql/errors.js';
import { pruneColumns } from '../../graphql/columns.js';
import { asViews, type ViewRow } from '../../graphql/loaders.js';
import type { Selection } from '../../graphql/selection.js';
import { decodeOffsetCursor, encodeOffsetCursor, pageSize } from '../../graphql/relay.js';
import { onDataChanged } from '../../graphql/response-cache/generation.js';
import { nodeLoaders } from '../node-loaders.js';
import { Memo } from './search.memo.js';
import { parseQuery, relaxQuery, type ParsedQuery } from './search.parse.js';
import { thesaurusGeneration } from './search.thesaurus.js';
import {
  FACETS,
  MARK_END,
  MARK_START,
  SEARCH_CAP,
  SEARCH_KINDS,
  commonStatement,
  searchSql,
  type SearchCap,
  type FacetName,
  type SearchSqlInput,
  type FacetSelection,
} from './search.queries.js';
import type { FacetValue, SearchFilter, SearchHit, SearchKind, SearchResult, Snippet } from './search.types.js';

const TYPENAME: Record<string, string> = {
  PROJECT: 'Project',
  DELIVERABLE: 'Deliverable',
  ORGANISATION: 'Organisation',
  NATIONAL_SERVICE: 'NationalService',
  SPECIFICATION: 'Specification',
};

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Plain and HTML forms of a ts_headline result (the markers become <mark>; the rest is escaped). */
export function toSnippet(raw: string | null, lang: Lang): Snippet | null {
  if (!raw) return null;
  const text = raw.replaceAll(MARK_START, '').replaceAll(MARK_END, '');
  const html = escapeHtml(raw).replaceAll(MARK_START, '<mark>').replaceAll(MARK_END, '</mark>');
  return { text, html, lang };
}

const NOTHING = new Set<string>();
const NOTHING_OF: Record<string, Selection> = Object.fromEntries(
  Object.values(SEARCH_KINDS).map((s) => [s.typename, new Map([[s.typename, NOTHING]])]),
);

/** What the operation reads of a search (see SearchSqlInput.want); everything without a selection. */
function wanted(sel: Selection | undefined): {
  want: SearchSqlInput['want'];
  omitted: Record<string, ReadonlySet<string> | null>;
} {
  if (!sel) return { want: undefined, omitted: {} };
  const columns: Record<string, string> = {};
  const omitted: Record<string, ReadonlySet<string> | null> = {};
  for (const [kind, spec] of Object.entries(SEARCH_KINDS)) {
    // A kind the operation asks nothing of needs its id alone.
    const p = pruneColumns(spec, sel.has(spec.typename) ? sel : NOTHING_OF[spec.typename]);
    columns[kind] = p.list;
    omitted[kind] = p.omitted;
  }
  const facets = sel.get('SearchFacets') ?? new Set<string>();
  return {
    want: {
      total: sel.get('SearchResult')?.has('totalCount') ?? false,
      snippet: sel.get('SearchHit')?.has('snippet') ?? false,
      labels: sel.get('FacetValue')?.has('label') ?? false,
      facets: new Set((Object.keys(FACETS) as FacetName[]).filter((n) => facets.has(n))),
      columns,
    },
    omitted,
  };
}

/** The cap searches run with; tests lower it to reach the capped path with a few documents. */
export const searchCap: SearchCap = { ...SEARCH_CAP };

interface SearchRow {
  total: number;
  exact: boolean;
  total_exact: boolean;
  hits: Array<{
    id: string;
    kind: string;
    score: number;
    names: object;
    snippet: string | null;
    /** The snippet's language (null when the snippet was not asked for). */
    snippet_lang: Lang | null;
    node: { uuid: string };
  }>;
  facets: Record<FacetName, Array<{ value: string; count: number; label: object | null }>>;
}

function validate(filter: SearchFilter | null | undefined): FacetSelection {
  const selection: FacetSelection = {};
  for (const name of Object.keys(FACETS) as FacetName[]) {
    const values = filter?.[name as keyof SearchFilter] as Array<string | number> | undefined;
    if (!values?.length) continue;
    if (values.length > 50) throw new BadUserInputError('filter', `filter.${name} may list at most 50 values.`, name);
    for (const v of values) {
      if (typeof v === 'string' && (v.length > 100 || v.includes('\u0000'))) {
        throw new BadUserInputError('filter', `filter.${name} holds an invalid value.`, name);
      }
    }
    selection[name] = values;
  }
  return selection;
}

export interface SearchArgs {
  query?: string | null;
  lang: Lang;
  filter?: SearchFilter | null;
  first?: number | null;
  after?: string | null;
}

/**
 * The one SQL statement a search operation sends, for the fields `selection` asks for (all of
 * them without one). Exported so that scripts can EXPLAIN exactly what the API runs.
 */
export function searchStatement(
  args: SearchArgs,
  sel: Selection | undefined,
  common?: boolean,
  query: ParsedQuery = parseQuery(args.query),
  relaxed = false,
) {
  // The same arguments and selection build the same statement: built once, kept per selection
  // (one per parsed operation document) and arguments, with the thesaurus and cap it used. One
  // bounded memo for all selections, so that many documents cannot hold many statements each.
  const key = JSON.stringify([
    selectionId(sel),
    thesaurusGeneration(),
    searchCap,
    query.groups,
    args.lang,
    args.filter ?? null,
    args.first ?? null,
    args.after ?? null,
    common ?? null,
    relaxed,
  ]);
  return statements.get(key, () => buildStatement(args, sel, common, query, relaxed));
}

type SearchStatement = ReturnType<typeof buildStatement>;
/** A statement is a few to some tens of KB: at most this many, over all operations. */
const statements = new Memo<SearchStatement>(200);
const selectionIds = new WeakMap<Selection, number>();
let selections = 0;

/** A number per selection (0: everything), for the memo's keys. */
function selectionId(sel: Selection | undefined): number {
  if (!sel) return 0;
  let id = selectionIds.get(sel);
  if (id === undefined) selectionIds.set(sel, (id = ++selections));
  return id;
}

function buildStatement(
  args: SearchArgs,
  sel: Selection | undefined,
  common: boolean | undefined,
  query: ParsedQuery,
  relaxed: boolean,
) {
  const first = pageSize(args.first);
  const offset = decodeOffsetCursor(args.after);
  const selection = validate(args.filter);
  const { want, omitted } = wanted(sel);
  // Whether every word matched is told by the count (see search), so it is counted then.
  if (want && (relaxed || relaxQuery(query))) want.total = true;
  const { sql, params } = searchSql({ query, lang: args.lang, selection, first, offset, want, cap: searchCap, common });
  return { sql, params, first, offset, selection, omitted };
}

/**
 * Whether a query's words are over the cap (search.queries.ts commonStatement), remembered per
 * words and cap for a minute and forgotten on every committed write: the statistics it reads
 * change with ANALYZE only, and deciding it costs about as much as a rare search itself.
 */
const commonness = new Map<string, { common: boolean; at: number }>();
const COMMONNESS_MS = 60_000;
const COMMONNESS_KEPT = 1000;
onDataChanged(() => commonness.clear());

async function isCommon(ctx: Context, query: ParsedQuery): Promise<boolean> {
  const key = `${searchCap.exact}:${JSON.stringify(query.groups)}`;
  const known = commonness.get(key);
  if (known && Date.now() - known.at < COMMONNESS_MS) return known.common;
  const { sql, params } = commonStatement(query, searchCap.exact);
  const common = (await ctx.sql.one<{ common: boolean }>(sql, params))?.common === true;
  if (commonness.size >= COMMONNESS_KEPT) commonness.delete(commonness.keys().next().value!);
  commonness.set(key, { common, at: Date.now() });
  return common;
}

/**
 * Runs a search: one SQL statement for hits, facets and the hit nodes (one more the first time
 * its words are seen, see isCommon); the nodes prime the per-request loaders so fields on them
 * cost nothing more.
 */
export async function search(ctx: Context, args: SearchArgs): Promise<SearchResult> {
  let query = parseQuery(args.query);
  if (query.unsearchable) return nothingFound(args);
  let run = await runSearch(ctx, args, query, false);
  // No document holds every word: those holding some of them, most first (and said so).
  const relaxed = run.row.total === 0 ? relaxQuery(query) : null;
  if (relaxed) {
    query = relaxed;
    run = await runSearch(ctx, args, relaxed, true);
  }
  const { row, first, offset, selection, omitted } = run;
  const hits: SearchHit[] = row.hits.slice(0, first).map((h) => {
    const [node] = asViews(TYPENAME[h.kind], [h.node], ctx.sql, omitted[h.kind]) as ViewRow[];
    nodeLoaders[TYPENAME[h.kind]](ctx).prime(node.uuid, node);
    return {
      kind: h.kind as SearchKind,
      node: node as never,
      score: Number(h.score),
      titleTranslations: h.names,
      snippet: toSnippet(h.snippet, h.snippet_lang ?? args.lang),
    };
  });
  const facets = Object.fromEntries(
    (Object.keys(FACETS) as FacetName[]).map((name) => {
      const chosen = new Set((selection[name] ?? []).map(String));
      const values: FacetValue[] = (row.facets[name] ?? []).map((f) => ({
        value: f.value,
        count: f.count,
        labelTranslations: f.label as FacetValue['labelTranslations'],
        selected: chosen.has(f.value),
      }));
      return [name, values];
    }),
  ) as unknown as SearchResult['facets'];
  const edges = hits.map((node, i) => ({ cursor: encodeOffsetCursor(offset + i + 1), node }));
  return {
    edges,
    nodes: hits,
    pageInfo: {
      hasNextPage: row.hits.length > first,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: row.total,
    totalCountIsExact: row.total_exact,
    facets,
    facetsAreExact: row.exact,
    synonyms: query.groups.flat().flatMap((t) => (t.also ? [{ term: t.text, synonyms: t.also }] : [])),
    partialMatch: relaxed !== null && row.total > 0,
  };
}

/** The answer to a query with no word to look for: no hits, no facet values, no statement. */
function nothingFound(args: SearchArgs): SearchResult {
  // The arguments are still checked, so that a bad filter or cursor is an error here too.
  pageSize(args.first);
  decodeOffsetCursor(args.after);
  validate(args.filter);
  const facets = Object.fromEntries((Object.keys(FACETS) as FacetName[]).map((name) => [name, []]));
  return {
    edges: [],
    nodes: [],
    pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    totalCount: 0,
    totalCountIsExact: true,
    facets: facets as unknown as SearchResult['facets'],
    facetsAreExact: true,
    synonyms: [],
    partialMatch: false,
  };
}

/** One search statement (and the commonness lookup it may need) for a parsed query. */
async function runSearch(ctx: Context, args: SearchArgs, query: ParsedQuery, relaxed: boolean) {
  const common = await isCommon(ctx, query);
  const st = searchStatement(args, ctx.sql.selection, common, query, relaxed);
  // Prepared: planning this statement costs more than running it for a rare word (2-3 ms), and
  // PostgreSQL keeps one plan per query shape (whether the words are common is part of its text).
  const [row] = await ctx.sql.all<SearchRow>(st.sql, st.params, 'search');
  return { ...st, row };
}

export { SEARCH_KINDS };
