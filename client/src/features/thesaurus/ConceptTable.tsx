import { useId, useRef, useState } from 'react';
import { Heading, TextInput } from 'suomifi-ui-components';
import { useQuery } from 'urql';
import { formatNumber } from '../../app/format';
import { useT } from '../../app/i18n';
import { LANGUAGE_NAMES } from '../../app/lang';
import { LoadError } from '../../app/LoadError';
import { Skeleton } from '../../app/Skeleton';
import { ConceptRow } from './ConceptRow';
import { conceptMatches, normalFilter, TERM_LANGS } from './terms';
import { SearchConceptsQuery } from './thesaurus.queries';

/**
 * The thesaurus as a table, one concept a row and one language a column, narrowed on the page by
 * part of a term. Curators' changes invalidate `searchConcepts` in the cache
 * (app/cache-updates.ts): the table refetches and shows them.
 */
export function ConceptTable({ curator }: { curator: boolean }) {
  const { t, lang } = useT();
  const [{ data, error }, reexecute] = useQuery({ query: SearchConceptsQuery });
  const [filter, setFilter] = useState('');
  const [announce, setAnnounce] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const filterId = useId();
  const all = data?.searchConcepts;
  const wanted = normalFilter(filter);
  const shown = all?.filter((c) => conceptMatches(c, wanted)) ?? [];
  const count = (n: number) => t('thesaurus.count', { count: n, formatted: formatNumber(n, lang) });
  const caption = wanted
    ? t('thesaurus.captionFiltered', {
        filter: filter.trim(),
        shown: count(shown.length),
        total: formatNumber(all?.length ?? 0, lang),
      })
    : t('thesaurus.caption', { count: count(all?.length ?? 0) });
  const noMatch = t('thesaurus.noMatch', { filter: filter.trim() });

  return (
    <section aria-labelledby="concepts-heading" className="detail-section">
      <Heading variant="h2" id="concepts-heading" tabIndex={-1} ref={headingRef}>
        {t('thesaurus.listHeading')}
      </Heading>
      {/* Saves and deletions, said to screen readers (the row may move or go). */}
      <p className="visually-hidden" role="status">
        {announce}
      </p>
      <div className="thesaurus-filter">
        <TextInput
          id={filterId}
          labelText={t('thesaurus.filter')}
          hintText={t('thesaurus.filterHint')}
          value={filter}
          autoComplete="off"
          fullWidth
          onChange={(v) => setFilter(String(v ?? ''))}
        />
      </div>
      {!all ? (
        error ? (
          <LoadError
            error={error}
            message={t('thesaurus.loadError')}
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          />
        ) : (
          <Skeleton lines={6} />
        )
      ) : (
        <>
          {/* Said to screen readers as the filter narrows the table (the caption shows it). */}
          <p className="visually-hidden" role="status">
            {wanted ? (shown.length ? caption : noMatch) : ''}
          </p>
          {all.length === 0 ? (
            <p className="empty">{t('thesaurus.none')}</p>
          ) : shown.length === 0 ? (
            <p className="empty">{noMatch}</p>
          ) : (
            <div className="table-scroll" role="region" aria-labelledby="concepts-caption" tabIndex={0}>
              <table className="key-table concept-table">
                <caption id="concepts-caption">{caption}</caption>
                <thead>
                  <tr>
                    {TERM_LANGS.map((l) => (
                      <th key={l} scope="col" lang={l}>
                        {LANGUAGE_NAMES[l]}
                      </th>
                    ))}
                    {curator && <th scope="col">{t('thesaurus.actions')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {shown.map((c) => (
                    <ConceptRow
                      key={c.id}
                      concept={c}
                      curator={curator}
                      onSaved={(name) => setAnnounce(t('thesaurus.saved', { name }))}
                      onDeleted={(name) => {
                        setAnnounce(t('thesaurus.deleted', { name }));
                        // The row goes: continue from the table's heading rather than from nowhere.
                        headingRef.current?.focus();
                      }}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
