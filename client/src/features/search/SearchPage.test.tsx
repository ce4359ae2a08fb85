import { GraphQLError } from 'graphql';
import { act } from 'react';
import { CombinedError, type Client, type GraphQLRequest, type OperationResult } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { concat, fromValue, makeSubject, never } from 'wonka';
import { button, click, link, render, stubClient } from '../../test/render';
import { text } from '../../test/text';
import { quoteTerms, readSearchParams, toggleFacet } from './search-params';
import SearchPage from './SearchPage';
import { FACETS, type FacetName, type FacetValue, type SearchHit, type SearchPageData } from './SearchPage.query';

function hit(overrides: Partial<SearchHit> = {}): SearchHit {
  return {
    kind: 'PROJECT',
    title: { text: 'KAATIO – Kaavan tuottaminen', lang: 'fi', isFallback: false },
    snippet: {
      html: 'KAATIO – <mark>Kaavan</mark> tuottaminen &amp; muuta',
      text: 'KAATIO – Kaavan tuottaminen & muuta',
      lang: 'fi',
    },
    node: { id: 'UHJvamVjdDox', slug: 'kaatio' },
    ...overrides,
  };
}

function result(hits: SearchHit[], facets: Partial<Record<FacetName, FacetValue[]>> = {}): SearchPageData {
  return {
    search: {
      totalCount: hits.length,
      totalCountIsExact: true,
      facetsAreExact: true,
      partialMatch: false,
      synonyms: [],
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: hits.map((node, i) => ({ cursor: `c${i}`, node })),
      facets: Object.fromEntries(FACETS.map((f) => [f, facets[f] ?? []])) as Record<FacetName, FacetValue[]>,
    },
  };
}

describe('SearchPage', () => {
  it('passes the words, the language and the facets of the URL to the query', () => {
    const stub = stubClient(() => undefined);
    render(<SearchPage />, stub.client, { url: '/sv/search?q=bygg&theme=DATA_QUALITY&year=2021&kind=PROJECT' });
    expect(stub.executeQuery.mock.calls[0][0].variables).toEqual({
      lang: 'sv',
      query: 'bygg',
      filter: { kind: ['PROJECT'], theme: ['DATA_QUALITY'], year: [2021] },
      first: 20,
      withFacets: true,
    });
  });

  it('shows a skeleton and says it is searching while loading', () => {
    const c = render(<SearchPage />, stubClient(() => undefined).client, { url: '/fi/search?q=kaava' });
    expect(text(c.querySelector('.count'))).toBe('Haetaan…');
    expect(c.querySelector('.count')?.getAttribute('aria-live')).toBe('polite');
    expect(c.querySelectorAll('.skeleton-line').length).toBeGreaterThan(0);
    expect(c.querySelector('form[role="search"] input[name="q"]')?.getAttribute('value')).toBe('kaava');
  });

  it('names the words the thesaurus added, with a link to the search as typed that keeps the filters', () => {
    const data = result([hit()]);
    data.search.synonyms = [{ term: 'kaavoitus', synonyms: ['kaava', 'planläggning', 'land use planning'] }];
    for (const [lang, said, label, thesaurus] of [
      [
        'fi',
        'Haettiin myös sanoilla: kaava, planläggning, land use planning.',
        'Hae vain kirjoitetuilla sanoilla',
        'Hakusanasto',
      ],
      [
        'sv',
        'Sökte även med orden: kaava, planläggning, land use planning.',
        'Sök bara med orden som de skrevs',
        'Sökordlista',
      ],
      [
        'en',
        'Also searched for: kaava, planläggning, land use planning.',
        'Search only for the words as typed',
        'Search thesaurus',
      ],
    ]) {
      const c = render(<SearchPage />, stubClient(() => ({ data })).client, {
        url: `/${lang}/search?q=Kaavoitus+Oulu&theme=DATA_QUALITY`,
      });
      expect(text(c.querySelector('.search-synonyms'))).toBe(`${said} ${label} · ${thesaurus}`);
      expect(link(c, thesaurus)?.getAttribute('href')).toBe(`/${lang}/thesaurus`);
      const href = new URL(link(c, label)!.getAttribute('href')!, 'http://x/');
      expect(href.searchParams.get('q')).toBe('"Kaavoitus" Oulu');
      expect(href.searchParams.get('theme')).toBe('DATA_QUALITY');
    }
    const none = render(<SearchPage />, stubClient(() => ({ data: result([hit()]) })).client, {
      url: '/fi/search?q=kaava',
    });
    expect(none.querySelector('.search-synonyms')).toBeNull();
  });

  it('says when the hits hold only some of the words', () => {
    const data = result([hit()]);
    const partial = { search: { ...data.search, partialMatch: true } };
    for (const [lang, said] of [
      ['fi', 'Mikään tulos ei sisällä kaikkia hakusanoja.'],
      ['sv', 'Inget resultat innehåller alla sökord.'],
      ['en', 'No result contains all the search words.'],
    ]) {
      const c = render(<SearchPage />, stubClient(() => ({ data: partial })).client, { url: `/${lang}/search?q=a+b` });
      expect(text(c.querySelector('.search-partial'))).toContain(said);
    }
    const all = render(<SearchPage />, stubClient(() => ({ data })).client, { url: '/fi/search?q=a+b' });
    expect(all.querySelector('.search-partial')).toBeNull();
  });

  it('quotes the terms the API expanded, as typed, or gives up when one is not in the query', () => {
    expect(quoteTerms('Tiedolla  johtaminen, bygglovet', ['tiedolla johtaminen', 'bygglovet'])).toBe(
      '"Tiedolla  johtaminen", "bygglovet"',
    );
    expect(quoteTerms('e-tjänster OR tjänster', ['tjänster'])).toBe('e-tjänster OR "tjänster"');
    expect(quoteTerms('kaava', ['kaavoitus'])).toBeNull();
  });

  it('says when a very common word was answered from the best matches only (the API cap)', () => {
    const data = result([hit()], {
      theme: [{ value: 'DATA_QUALITY', count: 1, selected: false, label: null }] as FacetValue[],
    });
    data.search.totalCount = 2000;
    data.search.totalCountIsExact = false;
    data.search.facetsAreExact = false;
    for (const [lang, count] of [
      ['fi', 'Vähintään 2 000 tulosta'],
      ['sv', 'Minst 2 000 träffar'],
      ['en', 'At least 2,000 results'],
    ]) {
      const c = render(<SearchPage />, stubClient(() => ({ data })).client, {
        url: `/${lang}/search?q=digitalisaatio`,
      });
      expect(text(c.querySelector('.count'))?.replace(/\s/g, ' ')).toBe(count);
      expect(c.querySelector('.search-capped')).not.toBeNull();
      expect(c.querySelector('.facets-partial')).not.toBeNull();
    }
    const exact = render(<SearchPage />, stubClient(() => ({ data: result([hit()]) })).client, {
      url: '/fi/search?q=kaava',
    });
    expect(exact.querySelector('.search-capped')).toBeNull();
  });

  it('links an organisation that is not a municipality to its page by id', () => {
    const authority = hit({
      kind: 'ORGANISATION',
      title: { text: 'Tampereen kaupunkiseudun kuntayhtymä', lang: 'fi', isFallback: true },
      snippet: null,
      node: { id: 'T3JnOjI=', municipalityCode: null },
    });
    const c = render(<SearchPage />, stubClient(() => ({ data: result([authority]) })).client, {
      url: '/en/search?q=Tampere',
    });
    const a = c.querySelector('.hit h2 a');
    expect(a?.getAttribute('href')).toBe('/en/organisations/T3JnOjI%3D');
    expect(text(a)).toBe('Tampereen kaupunkiseudun kuntayhtymä');
    expect(a?.querySelector('[lang="fi"]')).not.toBeNull();
  });

  it('keeps the keyboard focus on a facet checkbox while the filtered search loads, and after', () => {
    const facets = (selected: boolean) => ({
      theme: [
        { value: 'BUILT_ENVIRONMENT', count: 2, selected, label: null },
        { value: 'DATA_QUALITY', count: 1, selected: false, label: null },
      ],
    });
    const filtered = makeSubject<Partial<OperationResult>>();
    const executeQuery = vi.fn((request: GraphQLRequest) =>
      request.variables?.filter.theme
        ? filtered.source
        : concat([
            fromValue({ data: result([hit(), hit({ node: { id: 'UHJvamVjdDoy', slug: 'b' } })], facets(false)) }),
            never,
          ]),
    );
    const c = render(<SearchPage />, { executeQuery } as unknown as Client, { url: '/fi/search?q=kaavoitus' });
    const box = () => c.querySelector<HTMLInputElement>('.facet input[id$="-BUILT_ENVIRONMENT"]')!;
    const focused = box();
    act(() => focused.focus());
    click(focused);

    // Loading: the checkbox is the same element, checked, and still has the focus.
    expect(text(c.querySelector('.count'))).toBe('Haetaan…');
    expect(box()).toBe(focused);
    expect(focused.checked).toBe(true);
    expect(document.activeElement).toBe(focused);

    act(() => filtered.next({ data: result([hit()], facets(true)) }));
    expect(text(c.querySelector('.count'))).toBe('1 tulos');
    expect(box()).toBe(focused);
    expect(focused.checked).toBe(true);
    expect(document.activeElement).toBe(focused);
  });

  it('keeps the focus among the filters when "remove filters" removes itself', () => {
    const data = result([hit()], { theme: [{ value: 'DATA_QUALITY', count: 1, selected: true, label: null }] });
    const c = render(<SearchPage />, stubClient(() => ({ data })).client, {
      url: '/fi/search?q=kaava&theme=DATA_QUALITY',
    });
    const clear = [...c.querySelectorAll('button')].find((b) => text(b) === 'Poista rajaukset')!;
    act(() => clear.focus());
    click(clear);
    expect([...c.querySelectorAll('button')].some((b) => text(b) === 'Poista rajaukset')).toBe(false);
    expect(document.activeElement).toBe(c.querySelector('.facet input'));
  });

  it('puts the filters before the results, in focus order as on screen: a column when wide, closed when narrow', () => {
    const data = result([hit()], { theme: [{ value: 'DATA_QUALITY', count: 1, selected: true, label: null }] });
    const url = '/fi/search?q=kaava&theme=DATA_QUALITY';
    const focusables = (c: HTMLElement) => [...c.querySelectorAll('summary, a[href], input, button')];

    // happy-dom's window is 1024 px wide: the facets are the left column, open, under a heading.
    const wide = render(<SearchPage />, stubClient(() => ({ data })).client, { url });
    const box = wide.querySelector('.facet input')!;
    const result1 = wide.querySelector('.hit h2 a')!;
    expect(focusables(wide).indexOf(box)).toBeLessThan(focusables(wide).indexOf(result1));
    expect(wide.querySelector('.facets')?.compareDocumentPosition(wide.querySelector('.search-results')!)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect(wide.querySelector<HTMLDetailsElement>('details.facets')?.open).toBe(true);
    expect(text(wide.querySelector('.facets h2'))).toBe('Rajaa tuloksia');

    const { happyDOM } = window as unknown as { happyDOM: { setViewport(v: { width: number }): void } };
    act(() => happyDOM.setViewport({ width: 375 }));
    try {
      for (const [lang, summary] of [
        ['fi', 'Rajaa tuloksia (1 valittuna)'],
        ['sv', 'Avgränsa resultaten (1 vald)'],
        ['en', 'Filter the results (1 selected)'],
      ]) {
        const c = render(<SearchPage />, stubClient(() => ({ data })).client, { url: url.replace('fi', lang) });
        const details = c.querySelector<HTMLDetailsElement>('details.facets')!;
        // Closed, saying how many filters are on; right after the search form, before the results.
        expect(details.open).toBe(false);
        expect(text(details.querySelector('summary'))).toBe(summary);
        const order = focusables(c);
        expect(order.indexOf(details.querySelector('summary')!)).toBe(
          order.indexOf(c.querySelector('form button')!) + 1,
        );
        expect(order.indexOf(details.querySelector('summary')!)).toBeLessThan(
          order.indexOf(c.querySelector('.hit a')!),
        );
        click(details.querySelector('summary'));
        expect(details.open).toBe(true);
        // Toggling a filter keeps it open.
        click(c.querySelector('.facet input'));
        expect(details.open).toBe(true);
      }
    } finally {
      act(() => happyDOM.setViewport({ width: 1024 }));
    }
    // Back to a wide window: open again.
    expect(wide.querySelector<HTMLDetailsElement>('details.facets')?.open).toBe(true);
  });

  it('keeps the line of the closed filters free while the first search loads on a narrow screen', () => {
    const c = render(<SearchPage />, stubClient(() => undefined).client, { url: '/fi/search?q=kaava' });
    expect(c.querySelector('.search-layout > .facets-placeholder + .search-results')).not.toBeNull();
    const failed = render(
      <SearchPage />,
      stubClient(() => ({ error: new CombinedError({ networkError: new Error('offline') }) })).client,
      { url: '/fi/search?q=kaava' },
    );
    expect(failed.querySelector('.facets-placeholder')).toBeNull();
  });

  it('says how long a search may be, with no retry, when the API rejects the words', () => {
    const tooLong = new CombinedError({
      graphQLErrors: [
        new GraphQLError('"query" may have at most 16 words or phrases.', {
          path: ['search'],
          extensions: { code: 'BAD_USER_INPUT', argumentName: 'query' },
        }),
      ],
    });
    for (const [lang, said, retry] of [
      ['fi', 'Haku on liian pitkä. Käytä enintään 16 hakusanaa ja 500 merkkiä.', 'Yritä uudelleen'],
      ['sv', 'Sökningen är för lång. Använd högst 16 sökord och 500 tecken.', 'Försök igen'],
      ['en', 'The search is too long. Use at most 16 search words and 500 characters.', 'Try again'],
    ]) {
      const c = render(<SearchPage />, stubClient(() => ({ error: tooLong })).client, {
        url: `/${lang}/search?q=${'a+'.repeat(17)}`,
      });
      expect(text(c.querySelector('[role="alert"] p'))).toBe(said);
      expect(button(c, retry)).toBeUndefined();
      expect(c.querySelector('form[role="search"] input[name="q"]')?.getAttribute('maxlength')).toBe('500');
    }
    // Other bad input (a hand-edited filter) is not about the words.
    const badFilter = new CombinedError({
      graphQLErrors: [
        new GraphQLError('filter.theme holds an invalid value.', {
          path: ['search'],
          extensions: { code: 'BAD_USER_INPUT', argumentName: 'filter', field: 'theme' },
        }),
      ],
    });
    const c = render(<SearchPage />, stubClient(() => ({ error: badFilter })).client, {
      url: '/en/search?q=x&theme=NOPE',
    });
    expect(text(c.querySelector('[role="alert"] p'))).toBe('The search failed.');
  });

  it('says when the rate limit turned the search away, and when to try again', () => {
    const throttled = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Rate limit exceeded: retry in 240 s.', {
          extensions: { code: 'THROTTLED', retryAfterSeconds: 240 },
        }),
      ],
    });
    const c = render(<SearchPage />, stubClient(() => ({ error: throttled })).client, { url: '/fi/search?q=x' });
    expect(text(c.querySelector('[role="alert"] p'))).toBe(
      'Palveluun on tullut lyhyessä ajassa liian monta pyyntöä verkostasi. Yritä uudelleen noin 4 minuutin kuluttua.',
    );
    expect(button(c, 'Yritä uudelleen')).toBeDefined();
  });

  it('shows an error with a retry', () => {
    const stub = stubClient(() => ({ error: new CombinedError({ networkError: new Error('offline') }) }));
    const c = render(<SearchPage />, stub.client, { url: '/en/search?q=x' });
    expect(text(c.querySelector('[role="alert"] p'))).toBe('The search failed.');
    const calls = stub.executeQuery.mock.calls.length;
    click(button(c, 'Try again'));
    expect(stub.executeQuery.mock.calls.length).toBeGreaterThan(calls);
  });

  it('says so when nothing matches', () => {
    const c = render(<SearchPage />, stubClient(() => ({ data: result([]) })).client, { url: '/fi/search?q=zzz' });
    expect(text(c.querySelector('.count'))).toBe('0 tulosta');
    expect(text(c.querySelector('.empty'))).toBe('Ei tuloksia. Kokeile muita hakusanoja tai poista rajauksia.');
    // The themes to browse instead, and no empty "filter results" box.
    expect(text(c.querySelector('#search-browse'))).toBe('Selaa teemoittain');
    expect(link(c, 'Kulttuuriympäristö')?.getAttribute('href')).toBe('/fi/search?theme=CULTURAL_ENVIRONMENT');
    expect(c.querySelector('.facets')).toBeNull();
  });

  it('marks a snippet in another language than the page with its lang, and one in the same without', () => {
    const swedish = hit({
      snippet: { html: '<mark>Detaljplaner</mark> i datamodellen', text: 'Detaljplaner i datamodellen', lang: 'sv' },
    });
    const data = result([hit(), swedish], {});
    const c = render(<SearchPage />, stubClient(() => ({ data })).client, { url: '/fi/search?q=kaava' });
    const snippets = [...c.querySelectorAll('.hit .snippet')];
    expect(snippets.map((p) => p.getAttribute('lang'))).toEqual([null, 'sv']);
  });

  it('renders hits with highlights, links, marked fallbacks and facets with labels', () => {
    const swedish = hit({
      kind: 'ORGANISATION',
      title: { text: 'Uleåborg', lang: 'sv', isFallback: true },
      snippet: null,
      node: { id: 'T3JnOjE=', municipalityCode: '564' },
    });
    const spec = hit({
      kind: 'SPECIFICATION',
      title: { text: 'Planläggningsdatamodell', lang: 'sv', isFallback: true },
      snippet: { html: '<mark>Planläggningsdatamodell</mark>', text: 'Planläggningsdatamodell', lang: 'sv' },
      node: { id: 'U3BlYzox' },
    });
    const data = result([hit(), swedish, spec], {
      kind: [{ value: 'PROJECT', count: 1, selected: false, label: null }],
      region: [
        { value: '17', count: 1, selected: true, label: { text: 'Pohjois-Pohjanmaa', lang: 'fi', isFallback: false } },
      ],
    });
    const c = render(<SearchPage />, stubClient(() => ({ data })).client, { url: '/fi/search?q=kaava&region=17' });

    expect(text(c.querySelector('.count'))).toBe('3 tulosta');
    const hits = [...c.querySelectorAll('.hit')];
    expect(hits[0].querySelector('h2 a')?.getAttribute('href')).toBe('/fi/projects/kaatio');
    expect(hits[0].querySelector('.snippet')?.innerHTML).toBe('KAATIO – <mark>Kaavan</mark> tuottaminen &amp; muuta');
    expect(text(hits[0].querySelector('.hit-kind'))).toBe('Hanke');
    expect(hits[1].querySelector('h2 a')?.getAttribute('href')).toBe('/fi/municipalities/564');
    // A name is not a missing translation: it keeps its language but gets no note.
    expect(hits[1].querySelector('h2 [lang="sv"]')?.textContent).toBe('Uleåborg');
    expect(text(hits[1].querySelector('h2'))).toBe('Uleåborg');
    expect(hits[2].querySelector('h2 [lang="sv"]')?.textContent).toBe('Planläggningsdatamodell');
    expect(text(hits[2].querySelector('h2'))).toBe('Planläggningsdatamodell (ruotsiksi)');
    expect(hits[2].querySelector('h2 a')).toBeNull();
    // A snippet that only repeats the title is left out.
    expect(hits[2].querySelector('.snippet')).toBeNull();

    const legends = [...c.querySelectorAll('.facet legend')].map(text);
    expect(legends).toEqual(['Tyyppi', 'Maakunta']);
    const labels = [...c.querySelectorAll('.facet label')].map(text);
    expect(labels).toEqual(['Hanke (1)', 'Pohjois-Pohjanmaa (1)']);
    const boxes = [...c.querySelectorAll<HTMLInputElement>('.facet input')];
    expect(boxes.map((b) => b.checked)).toEqual([false, true]);
    expect(button(c, 'Poista rajaukset')).toBeDefined();
  });
});

describe('search downloads and feed', () => {
  const csvOf = (c: HTMLElement, name: string) => {
    const a = link(c, name);
    expect(a, name).toBeDefined();
    expect(a!.hasAttribute('download')).toBe(true);
    return new URL(a!.getAttribute('href')!, 'http://kuntagraph.test');
  };

  it('links the shown search as CSV: words, language and every selected facet value', () => {
    const url = '/sv/search?q=%20bygglov%20%C3%A4rende&theme=DATA_QUALITY&theme=BUILT_ENVIRONMENT&year=2021&region=17';
    const c = render(<SearchPage />, stubClient(() => ({ data: result([hit()]) })).client, { url });
    const csv = csvOf(c, 'Ladda ned resultaten som CSV');
    expect(csv.pathname).toBe('/export/search.csv');
    expect([...csv.searchParams]).toEqual([
      ['q', 'bygglov ärende'],
      ['lang', 'sv'],
      // Facets in the page's order, values sorted and joined by commas as the route reads lists.
      ['theme', 'BUILT_ENVIRONMENT,DATA_QUALITY'],
      ['year', '2021'],
      ['region', '17'],
    ]);
    expect(csv.search).toBe(
      '?q=bygglov+%C3%A4rende&lang=sv&theme=BUILT_ENVIRONMENT%2CDATA_QUALITY&year=2021&region=17',
    );
    expect(text(c.querySelector('.search-downloads'))).toBe(
      'Ladda ned resultaten som CSV (semikolonavgränsad, öppnas i Excel)',
    );
    // Words and facets, not a single theme: no feed.
    expect(c.querySelector('.search-downloads .feed-link')).toBeNull();
  });

  it('leaves out the words when there are none, and offers no download for no results', () => {
    const c = render(<SearchPage />, stubClient(() => ({ data: result([hit()]) })).client, {
      url: '/en/search?kind=PROJECT&kind=DELIVERABLE',
    });
    expect(csvOf(c, 'Download results as CSV').search).toBe('?lang=en&kind=DELIVERABLE%2CPROJECT');
    const none = render(<SearchPage />, stubClient(() => ({ data: result([]) })).client, { url: '/fi/search?q=zzz' });
    expect(none.querySelector('.search-downloads')).toBeNull();
  });

  it('links each part of a search larger than one file, or says how to page an inexact one', () => {
    const data = result([hit()]);
    data.search.totalCount = 2500;
    const c = render(<SearchPage />, stubClient(() => ({ data })).client, { url: '/fi/search?q=kaava' });
    expect(text(c.querySelectorAll('.search-downloads p')[1])?.replace(/\s/g, ' ')).toBe(
      'Yhdessä tiedostossa on enintään 1 000 tulosta. Loput tulokset: osa 2, osa 3',
    );
    expect(csvOf(c, 'osa 2').search).toBe('?q=kaava&lang=fi&page=2');
    expect(csvOf(c, 'osa 3').search).toBe('?q=kaava&lang=fi&page=3');

    data.search.totalCountIsExact = false;
    const capped = render(<SearchPage />, stubClient(() => ({ data })).client, { url: '/sv/search?q=kaava' });
    expect(link(capped, 'del 2')).toBeUndefined();
    expect(text(capped.querySelectorAll('.search-downloads p')[1])?.replace(/\s/g, ' ')).toMatch(
      /^En fil innehåller högst 1 000 träffar\./,
    );
  });

  it('offers the theme’s Atom feed on a search of one theme only (the home page’s theme links)', () => {
    const c = render(<SearchPage />, stubClient(() => ({ data: result([hit()]) })).client, {
      url: '/sv/search?theme=DATA_QUALITY',
    });
    const a = c.querySelector('.search-downloads a.feed-link');
    expect(text(a)).toBe('Följ med en flödesläsare (Atom)');
    expect(a?.getAttribute('href')).toBe('/feeds/themes/DATA_QUALITY.atom?lang=sv');
    const head = document.head.querySelector('link[rel="alternate"][type="application/atom+xml"]');
    expect(head?.getAttribute('href')).toBe('/feeds/themes/DATA_QUALITY.atom?lang=sv');
    expect(head?.getAttribute('title')).toMatch(/^Kuntagraph: .+ \(Atom\)$/);
  });
});

describe('search URL', () => {
  it('reads sorted, de-duplicated facets and ignores junk years', () => {
    expect(readSearchParams(new URLSearchParams('q=%20a%20&theme=B&theme=A&theme=A&year=x&year=2021'))).toEqual({
      query: 'a',
      filter: { theme: ['A', 'B'], year: [2021] },
    });
    expect(readSearchParams(new URLSearchParams(''))).toEqual({ query: null, filter: {} });
  });

  it('toggles one value and keeps the rest', () => {
    const on = toggleFacet(new URLSearchParams('q=a&kind=PROJECT'), 'kind', 'DELIVERABLE');
    expect(on.toString()).toBe('q=a&kind=PROJECT&kind=DELIVERABLE');
    expect(toggleFacet(on, 'kind', 'PROJECT').toString()).toBe('q=a&kind=DELIVERABLE');
  });
});
