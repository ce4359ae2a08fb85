import { BadUserInputError } from '../../graphql/errors.js';
import type { Request } from 'express';
import { DeliverableKind, Theme, type Lang } from '../../domain/enums.js';
import { parseQuery } from '../search/search.parse.js';
import {
  FACETS,
  MARK_END,
  MARK_START,
  searchSql,
  type FacetName,
  type FacetSelection,
} from '../search/search.queries.js';
import { SearchKind } from '../search/search.types.js';
import type { CsvColumn } from './csv.js';
import { enumList, ExportError, list, single, type SqlRun } from './export.http.js';
import { pages, textOf } from './export.links.js';
import type { LocalizedText } from '../../domain/localized.js';

/** Hits per search.csv request (the GraphQL search pages by 100; a download may take more). */
export const SEARCH_CSV_PAGE_SIZE = 1000;

interface Hit {
  id: string;
  kind: string;
  score: number;
  names: LocalizedText;
  snippet: string | null;
  node: { uuid: string; slug?: string; municipalityCode?: string | null };
}

/** SearchFilter's fields read as plain lists (the others are enumerations or years). */
const LIST_FILTERS = [
  'status',
  'region',
  'municipality',
  'nationalService',
  'specification',
  'licence',
  'language',
] as const;

/** The parameters of `search.csv`: the words, and SearchFilter's fields. */
export const SEARCH_FILTERS = ['q', 'kind', 'theme', 'deliverableKind', ...LIST_FILTERS, 'year'] as const;

/** The facet filter of search, from query parameters named like SearchFilter's fields. */
function selection(req: Request): FacetSelection {
  const s: FacetSelection = {};
  const put = (name: FacetName, values: Array<string | number>) => {
    if (values.length) s[name] = values;
  };
  put('kind', enumList(req, 'kind', SearchKind));
  put('theme', enumList(req, 'theme', Theme));
  put('deliverableKind', enumList(req, 'deliverableKind', DeliverableKind));
  for (const name of LIST_FILTERS) put(name, list(req, name));
  const years = list(req, 'year');
  if (years.some((y) => !/^[0-9]{4}$/.test(y)))
    throw new ExportError(400, 'BAD_USER_INPUT', '"year" must be four-digit years.', 'year');
  put('year', years.map(Number));
  void FACETS;
  return s;
}

/** The words of `q`, parsed as search() parses them; its refusals (too many words …) name `q`. */
function parsedWords(q: string) {
  try {
    return parseQuery(q);
  } catch (e) {
    if (e instanceof BadUserInputError) throw new ExportError(400, 'BAD_USER_INPUT', e.message, 'q');
    throw e;
  }
}

/** The hits of `search(query, filter)` as rows, one statement per page (the search's own SQL). */
export async function searchRows(sql: SqlRun, req: Request, lang: Lang, offset: number, limit: number): Promise<Hit[]> {
  const q = single(req, 'q') ?? '';
  const query = parsedWords(q);
  // Nothing to look for (only symbols or stop words; undecodable bytes): nothing found, as in search().
  if (query.unsearchable) return [];
  const { sql: text, params } = searchSql({ query, lang, selection: selection(req), first: limit, offset });
  const rows = await sql<{ hits: Hit[] }>(text, params);
  return rows[0]?.hits ?? [];
}

const plain = (s: string | null) => (s ?? '').replaceAll(MARK_START, '').replaceAll(MARK_END, '');

function pageOf(origin: string, lang: Lang, h: Hit): string {
  switch (h.kind) {
    case 'PROJECT':
      return pages.project(origin, h.node.slug ?? '', lang);
    case 'DELIVERABLE':
      return pages.deliverable(origin, h.id, lang);
    case 'ORGANISATION':
      return pages.organisation(origin, h.id, h.node.municipalityCode, lang);
    case 'NATIONAL_SERVICE':
      return pages.service(origin, h.node.slug ?? '', lang);
    default:
      return pages.specification(origin, h.node.slug ?? '', lang);
  }
}

export function searchColumns(origin: string, lang: Lang, offset: number): CsvColumn<Hit & { rank: number }>[] {
  void offset;
  const h = (fi: string, sv: string, en: string) => ({ fi, sv, en }) as Record<Lang, string>;
  return [
    { header: h('Sija', 'Plats', 'Rank'), value: (r) => r.rank },
    { header: h('Laji', 'Typ', 'Kind'), value: (r) => r.kind },
    { header: h('Nimi', 'Namn', 'Name'), value: (r) => textOf(r.names, lang) },
    { header: h('Ote', 'Utdrag', 'Snippet'), value: (r) => plain(r.snippet) },
    { header: h('Osuvuus', 'Relevans', 'Score'), value: (r) => Number(r.score).toFixed(4) },
    { header: h('Sivu', 'Sida', 'Page'), value: (r) => pageOf(origin, lang, r) },
  ];
}
