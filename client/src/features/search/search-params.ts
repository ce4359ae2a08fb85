import { FACETS, type FacetName, type SearchFilter } from './SearchPage.query';

/** The words and facet selections of a search URL (`?q=…&theme=A&theme=B`), sorted for stable variables. */
export function readSearchParams(params: URLSearchParams): { query: string | null; filter: SearchFilter } {
  const filter: SearchFilter = {};
  for (const name of FACETS) {
    const values = [...new Set(params.getAll(name).filter(Boolean))].sort();
    if (!values.length) continue;
    if (name === 'year') {
      const years = values.map(Number).filter(Number.isInteger);
      if (years.length) filter.year = years;
      // Enum values are checked by the server: a hand-edited URL gets the error state, not a crash.
    } else (filter as Record<string, string[]>)[name] = values;
  }
  const q = params.get('q')?.trim();
  return { query: q ? q : null, filter };
}

/** The URL parameters with one facet value switched on or off (and no stale cursor). */
export function toggleFacet(params: URLSearchParams, name: FacetName, value: string): URLSearchParams {
  const next = new URLSearchParams(params);
  const values = next.getAll(name);
  next.delete(name);
  const kept = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  for (const v of kept) next.append(name, v);
  return next;
}

/** Only the words: every facet selection removed. */
export function clearFacets(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of FACETS) next.delete(name);
  return next;
}

export function hasFacets(params: URLSearchParams): boolean {
  return FACETS.some((name) => params.has(name));
}

/**
 * The query with each of `terms` (as the API reports them: lower case, words separated by one
 * space) put in quotes, so that the API searches for them alone; null when one is not found.
 */
export function quoteTerms(query: string, terms: readonly string[]): string | null {
  let out = query;
  for (const term of terms) {
    const words = term.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const re = new RegExp(`(?<![\\p{L}\\p{N}"-])${words.join('\\s+')}(?![\\p{L}\\p{N}"-])`, 'iu');
    if (!re.test(out)) return null;
    out = out.replace(re, (typed) => `"${typed}"`);
  }
  return out;
}
