import type { Lang } from './lang';

// Addresses of the API's open-data downloads and feeds (README "Exports and feeds"). They are
// served by the API, not the web app: relative, so they follow whatever origin served the page.

/** Rows per page of /export/{projects,deliverables,adoptions}.csv (server: CSV_PAGE_SIZE). */
export const CSV_PAGE_SIZE = 5000;
/** Hits per page of /export/search.csv (server: SEARCH_CSV_PAGE_SIZE). */
export const SEARCH_CSV_PAGE_SIZE = 1000;

export const DCAT_JSONLD_URL = '/export/catalog.jsonld';
export const DCAT_TURTLE_URL = '/export/catalog.ttl';
export const GRAPH_DUMP_URL = '/export/graph.json';

/** Lists the CSV routes filter by, each value list joined by commas as the routes read them. */
export type CsvFilters = Readonly<Record<string, readonly (string | number)[] | null | undefined>>;

function withQuery(path: string, entries: Array<[string, string]>): string {
  const qs = new URLSearchParams(entries).toString();
  return qs ? `${path}?${qs}` : path;
}

function filterEntries(filters: CsvFilters): Array<[string, string]> {
  return Object.entries(filters)
    .filter((e): e is [string, readonly (string | number)[]] => !!e[1]?.length)
    .map(([name, values]) => [name, values.join(',')]);
}

/**
 * `/export/search.csv` for the same words and facet selection as a search page, headers in
 * `lang`; `page` (from 2) for the rows after the first SEARCH_CSV_PAGE_SIZE.
 */
export function searchCsvUrl(query: string | null, filters: CsvFilters, lang: Lang, page = 1): string {
  return withQuery('/export/search.csv', [
    ...(query ? [['q', query] as [string, string]] : []),
    ['lang', lang],
    ...filterEntries(filters),
    ...(page > 1 ? [['page', String(page)] as [string, string]] : []),
  ]);
}

/** `/export/{list}.csv` with the list's filters (see the route for the names each one reads). */
export function listCsvUrl(
  list: 'projects' | 'deliverables' | 'adoptions',
  lang: Lang,
  filters: CsvFilters = {},
): string {
  return withQuery(`/export/${list}.csv`, [['lang', lang], ...filterEntries(filters)]);
}

const FEED_FOLDERS = {
  theme: 'themes',
  municipality: 'municipalities',
  service: 'services',
  specification: 'specifications',
} as const;

/** What an Atom feed follows: every new or changed deliverable or project, or one subject's. */
export type FeedSubject =
  | 'deliverables'
  | 'projects'
  | { kind: keyof typeof FEED_FOLDERS; id: string /* theme value, municipality code or slug */ };

/** The Atom feed of a subject, entries in `lang` (the newest 50 by last change). */
export function feedUrl(subject: FeedSubject, lang: Lang): string {
  const path =
    typeof subject === 'string' ? subject : `${FEED_FOLDERS[subject.kind]}/${encodeURIComponent(subject.id)}`;
  return withQuery(`/feeds/${path}.atom`, [['lang', lang]]);
}
