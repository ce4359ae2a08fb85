import { Button, Heading } from 'suomifi-ui-components';
import { Fragment, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { CsvLink } from '../../app/CsvLink';
import { isBadInput } from '../../app/errors';
import { SEARCH_CSV_PAGE_SIZE, searchCsvUrl } from '../../app/exports';
import { FeedLink } from '../../app/FeedLink';
import { formatNumber } from '../../app/format';
import { enumLabel, useT } from '../../app/i18n';
import { LoadError } from '../../app/LoadError';
import { Skeleton } from '../../app/Skeleton';
import { usePageTitle } from '../../app/usePageTitle';
import { Facets } from './Facets';
import { readSearchParams } from './search-params';
import { MAX_QUERY_LENGTH, MAX_QUERY_WORDS, SearchForm } from './SearchForm';
import { SearchHitItem } from './SearchHitItem';
import { SearchSynonyms } from './SearchSynonyms';
import { ThemeLinks } from './ThemeLinks';
import { SearchPageQuery, type SearchFilter, type SearchVariables } from './SearchPage.query';

export const SEARCH_PAGE_SIZE = 20;

/** `/{lang}/search?q=…&theme=…`: everything the page shows comes from the URL. */
export default function SearchPage() {
  const { t } = useT();
  const [params] = useSearchParams();
  const { query, filter } = readSearchParams(params);
  usePageTitle(query ? `${query} – ${t('search.heading')}` : t('search.heading'));
  return (
    <>
      <Heading variant="h1">{t('search.heading')}</Heading>
      <SearchForm key={query ?? ''} label={t('search.label')} initial={query ?? ''} keepFilters />
      <SearchResults query={query} filter={filter} />
    </>
  );
}

function SearchResults({ query, filter }: { query: string | null; filter: SearchFilter }) {
  const { t, lang } = useT();
  // A new search starts from its first page. Not by remounting (a `key`): the facets, and the
  // checkbox just toggled with its keyboard focus, stay while the new search loads.
  const key = JSON.stringify([query, filter]);
  const [paging, setPaging] = useState({ key, afters: [] as string[] });
  const afters = paging.key === key ? paging.afters : [];
  const variables = { lang, query, filter, first: SEARCH_PAGE_SIZE };
  const [head, retryHead] = useQuery({ query: SearchPageQuery, variables: { ...variables, withFacets: true } });
  // While the next search loads (fetching), urql keeps the last one's data and error: its facets
  // stay on screen, its hits and count do not.
  const shown = head.fetching ? undefined : head;
  // The same variables as the last MoreHits below: urql runs the operation once.
  const [tail, retryTail] = useQuery({
    query: SearchPageQuery,
    variables: { ...variables, after: afters.at(-1), withFacets: false },
    pause: afters.length === 0,
  });
  const result = shown?.data?.search;
  const error = shown?.error;
  const latest = head.data?.search;
  const last = afters.length ? tail.data?.search : result;

  const loadMore = () => {
    const cursor = last?.pageInfo.endCursor;
    if (!tail.fetching && cursor) setPaging({ key, afters: [...afters, cursor] });
  };

  return (
    <div className="search-layout">
      {/* Before the results, as on screen. Until the first search answers, a narrow screen keeps
          the closed filters' line free, so that the results do not move down when they arrive. */}
      {latest?.facets ? (
        <Facets facets={latest.facets} exact={latest.facetsAreExact} stale={head.fetching} />
      ) : (
        !error && <div className="facets-placeholder" />
      )}
      <div className="search-results">
        {/* Announced to screen readers whenever the count (or "searching") changes. */}
        <p className="count" role="status" aria-live="polite">
          {!result
            ? error
              ? ''
              : t('search.loading')
            : t(result.totalCountIsExact ? 'search.count' : 'search.countAtLeast', {
                count: result.totalCount,
                formatted: formatNumber(result.totalCount, lang),
              })}
        </p>
        {result?.partialMatch && <p className="search-partial">{t('search.partialMatch')}</p>}
        {result && query && <SearchSynonyms query={query} synonyms={result.synonyms} />}
        {result && !result.totalCountIsExact && <p className="search-capped">{t('search.capped')}</p>}
        {result && result.totalCount > 0 && (
          <SearchDownloads query={query} filter={filter} total={result.totalCountIsExact ? result.totalCount : null} />
        )}
        {error && !result ? (
          isBadInput(error, 'query') ? (
            // Too many words or characters: asking again cannot help.
            <LoadError message={t('search.tooLong', { words: MAX_QUERY_WORDS, characters: MAX_QUERY_LENGTH })} />
          ) : (
            <LoadError
              message={t('search.loadError')}
              error={error}
              onRetry={() => retryHead({ requestPolicy: 'network-only' })}
            />
          )
        ) : !result ? (
          <Skeleton lines={8} label="" />
        ) : result.edges.length === 0 ? (
          <>
            <p className="empty">{t('search.empty')}</p>
            <section aria-labelledby="search-browse" className="search-browse">
              <Heading variant="h2" id="search-browse">
                {t('search.browseThemes')}
              </Heading>
              <ThemeLinks />
            </section>
          </>
        ) : (
          <>
            <ol className="results" aria-label={t('search.results')}>
              {result.edges.map(({ node }) => (
                <SearchHitItem key={node.node.id} hit={node} />
              ))}
              {afters.map((after, i) => (
                <MoreHits
                  key={after}
                  variables={{ ...variables, after, withFacets: false }}
                  focusFirst={i === afters.length - 1}
                />
              ))}
            </ol>
            {afters.length > 0 && tail.error ? (
              <LoadError
                message={t('search.loadError')}
                error={tail.error}
                onRetry={() => retryTail({ requestPolicy: 'network-only' })}
              />
            ) : (
              last?.pageInfo.hasNextPage && (
                <Button className="load-more" aria-disabled={tail.fetching} onClick={loadMore}>
                  {t('search.loadMore')}
                </Button>
              )
            )}
          </>
        )}
      </div>
    </div>
  );
}

/** Part links up to this many; beyond it the page says how to ask for the next parts. */
const MAX_PART_LINKS = 10;

/**
 * The shown search as a CSV download (the same words, facets and language), in parts of
 * SEARCH_CSV_PAGE_SIZE rows; `total` null when the count is only a lower bound. A search of one
 * theme and nothing else (the home page's theme links) also offers that theme's Atom feed.
 */
function SearchDownloads({
  query,
  filter,
  total,
}: {
  query: string | null;
  filter: SearchFilter;
  total: number | null;
}) {
  const { t, lang } = useT();
  const url = (page?: number) => searchCsvUrl(query, filter, lang, page);
  const parts = total === null ? null : Math.ceil(total / SEARCH_CSV_PAGE_SIZE);
  const pageSize = { formatted: formatNumber(SEARCH_CSV_PAGE_SIZE, lang) };
  const theme = !query && Object.keys(filter).length === 1 && filter.theme?.length === 1 ? filter.theme[0] : null;
  return (
    <div className="search-downloads">
      <p>
        <CsvLink href={url()}>{t('csv.search')}</CsvLink>
      </p>
      {parts === null || parts > MAX_PART_LINKS ? (
        <p>{t('csv.partsMany', pageSize)}</p>
      ) : (
        parts > 1 && (
          <p>
            {t('csv.parts', pageSize)}{' '}
            {Array.from({ length: parts - 1 }, (_, i) => i + 2).map((n, i) => (
              <Fragment key={n}>
                {i > 0 && ', '}
                <a href={url(n)} download>
                  {t('csv.part', { n })}
                </a>
              </Fragment>
            ))}
          </p>
        )
      )}
      {theme && (
        <p>
          <FeedLink subject={{ kind: 'theme', id: theme }} name={enumLabel(t, 'theme', theme)} />
        </p>
      )}
    </div>
  );
}

function MoreHits({ variables, focusFirst }: { variables: SearchVariables; focusFirst: boolean }) {
  const [{ data }] = useQuery({ query: SearchPageQuery, variables });
  return data?.search.edges.map(({ node }, i) => (
    <SearchHitItem key={node.node.id} hit={node} autoFocus={focusFirst && i === 0} />
  ));
}
