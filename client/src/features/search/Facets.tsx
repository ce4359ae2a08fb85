import { Button, Checkbox, Heading } from 'suomifi-ui-components';
import { useId, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { formatNumber } from '../../app/format';
import { enumLabel, useT } from '../../app/i18n';
import { LocalizedText } from '../../app/LocalizedText';
import { useMediaQuery } from '../../app/useMediaQuery';
import { clearFacets, hasFacets, toggleFacet } from './search-params';
import { FACETS, type FacetName, type FacetValue, type SearchFacets } from './SearchPage.query';

/** Where the facets get a column of their own beside the results (styles.css, `.search-layout`). */
const WIDE = '(min-width: 56rem)';

/**
 * Facet groups as checkboxes with counts. Each change is a new URL: shareable, and Back undoes it.
 * `stale`: the counts are the last search's while the next one loads; the URL says what is checked.
 *
 * They come before the results, in reading and focus order as on screen (WCAG 1.3.2, 2.4.3): on a
 * wide screen a column on the left, always open; on a narrow one a closed disclosure that says how
 * many filters are on, so that the results are not below every checkbox.
 */
export function Facets({
  facets,
  exact = true,
  stale = false,
}: {
  facets: SearchFacets;
  exact?: boolean;
  stale?: boolean;
}) {
  const { t, lang } = useT();
  const [params, setParams] = useSearchParams();
  const wide = useMediaQuery(WIDE);
  // Opened by the user on a narrow screen; it stays so while filters are toggled.
  const [expanded, setExpanded] = useState(false);
  const root = useRef<HTMLDetailsElement>(null);
  // Nothing to filter by and nothing to clear: no empty "Filter results" heading.
  if (!hasFacets(params) && !FACETS.some((name) => facets[name]?.length)) return null;
  const selected = FACETS.reduce((n, name) => n + params.getAll(name).length, 0);
  return (
    <details
      ref={root}
      className="facets"
      open={wide || expanded}
      onToggle={(e) => !wide && setExpanded(e.currentTarget.open)}
    >
      {/* Shown on a narrow screen only; a wide one shows the heading instead (styles.css). */}
      <summary>
        {t('search.filters')}
        {selected > 0 &&
          ` (${t('search.filtersSelected', { count: selected, formatted: formatNumber(selected, lang) })})`}
      </summary>
      <Heading variant="h2" className="facets-heading">
        {t('search.filters')}
      </Heading>
      {/* Over the API's cap, counts cover the best matches only (SearchResult.facetsAreExact). */}
      {!exact && <p className="facets-partial">{t('search.facetsPartial')}</p>}
      {hasFacets(params) && (
        <Button
          variant="secondaryNoBorder"
          className="link-button"
          onClick={() => {
            setParams(clearFacets(params));
            // The button goes with the filters: the focus stays among them, on the first (WCAG 2.4.3).
            root.current?.querySelector<HTMLInputElement>('.facet input')?.focus();
          }}
        >
          {t('search.clearFilters')}
        </Button>
      )}
      {FACETS.filter((name) => facets[name]?.length).map((name) => (
        <FacetGroup
          key={name}
          name={name}
          values={facets[name]}
          selected={params.getAll(name)}
          stale={stale}
          onToggle={(value) => setParams(toggleFacet(params, name, value))}
        />
      ))}
    </details>
  );
}

function FacetGroup({
  name,
  values,
  selected,
  stale,
  onToggle,
}: {
  name: FacetName;
  values: FacetValue[];
  selected: string[];
  stale: boolean;
  onToggle: (value: string) => void;
}) {
  const { t, lang } = useT();
  const id = useId();
  return (
    <fieldset className="facet">
      <legend>{t(`search.facet.${name}`)}</legend>
      <ul className="plain-list">
        {values.map((v) => (
          <li key={v.value}>
            <Checkbox
              id={`${id}-${v.value}`}
              checked={(v.selected && !stale) || selected.includes(v.value)}
              onClick={() => onToggle(v.value)}
            >
              <FacetLabel name={name} value={v} /> <span className="facet-count">({formatNumber(v.count, lang)})</span>
            </Checkbox>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function FacetLabel({ name, value }: { name: FacetName; value: FacetValue }) {
  const { t } = useT();
  if (value.label) return <LocalizedText value={value.label} compact />;
  switch (name) {
    case 'kind':
      return <>{enumLabel(t, 'searchKind', value.value)}</>;
    case 'theme':
      return <>{enumLabel(t, 'theme', value.value)}</>;
    case 'deliverableKind':
      return <>{enumLabel(t, 'deliverableKind', value.value)}</>;
    case 'language':
      return <>{enumLabel(t, 'lang', value.value)}</>;
    case 'status': {
      const project = enumLabel(t, 'projectStatus', value.value);
      return <>{project !== value.value ? project : enumLabel(t, 'developmentStatus', value.value)}</>;
    }
    default:
      return <>{value.value}</>;
  }
}
