import { Heading } from 'suomifi-ui-components';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { formatNumber } from '../../app/format';
import { useT } from '../../app/i18n';
import { LoadError } from '../../app/LoadError';
import { LocalizedText, type ResolvedText } from '../../app/LocalizedText';
import { PageSkeleton } from '../../app/Skeleton';
import { usePageTitle } from '../../app/usePageTitle';
import { TableScroll } from '../charts/TableScroll';
import { colourClasses } from './choropleth';
import { MapLegend, MunicipalityMap, type MapValue } from './MunicipalityMap';
import { RegionsPageQuery, type RegionItem } from './RegionsPage.query';
import './map.css';

export type Measure = 'participations' | 'adoptions';

interface Row {
  code: string;
  name: ResolvedText;
  region: ResolvedText;
  regionCode: string;
  participations: number;
  adoptions: number;
}

type SortKey = 'name' | 'region' | Measure;

function rowsOf(regions: readonly RegionItem[]): Row[] {
  return regions.flatMap((r) =>
    r.municipalities.nodes.map((m) => ({
      code: m.municipalityCode ?? '',
      name: m.name,
      region: r.name,
      regionCode: r.code,
      participations: m.participations.totalCount,
      adoptions: m.adoptions.totalCount,
    })),
  );
}

/** `/{lang}/regions`: a map of the municipalities by participation or adoption, and the same as tables. */
export default function RegionsPage() {
  const { t, lang } = useT();
  const [params, setParams] = useSearchParams();
  const measure: Measure = params.get('show') === 'adoptions' ? 'adoptions' : 'participations';
  const [{ data, error }, retry] = useQuery({ query: RegionsPageQuery, variables: { lang } });
  usePageTitle(t('regions.heading'));

  const rows = useMemo(() => (data ? rowsOf(data.regions) : []), [data]);

  if (!data) {
    return (
      <>
        <Heading variant="h1">{t('regions.heading')}</Heading>
        {error ? (
          <LoadError
            error={error}
            message={t('regions.loadError')}
            onRetry={() => retry({ requestPolicy: 'network-only' })}
          />
        ) : (
          <PageSkeleton />
        )}
      </>
    );
  }

  const counts = rows.map((r) => r[measure]);
  const classes = colourClasses(Math.max(0, ...counts));
  const values = new Map<string, MapValue>(rows.map((r) => [r.code, { name: r.name.text, count: r[measure] }]));
  const describe = (name: string, count: number) =>
    `${name}: ${t(`regions.count.${measure}`, { count, formatted: formatNumber(count, lang) })}`;
  const setMeasure = (m: Measure) =>
    setParams(
      (p) => {
        if (m === 'participations') p.delete('show');
        else p.set('show', m);
        return p;
      },
      { replace: true, preventScrollReset: true },
    );

  return (
    <>
      <Heading variant="h1">{t('regions.heading')}</Heading>
      <p className="lead">{t('regions.intro')}</p>

      <fieldset className="segmented">
        <legend>{t('regions.show')}</legend>
        {(['participations', 'adoptions'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name="measure" value={m} checked={measure === m} onChange={() => setMeasure(m)} />{' '}
            {t(`regions.measure.${m}`)}
          </label>
        ))}
      </fieldset>

      <figure className="map-figure" aria-labelledby="map-caption">
        <a className="skip-map" href="#municipality-table">
          {t('regions.skipMap')}
        </a>
        <MunicipalityMap values={values} classes={classes} describe={describe} />
        <figcaption id="map-caption">
          <MapLegend title={t(`regions.measure.${measure}`)} classes={classes} counts={counts} />
          {counts.every((c) => c === 0) && <p className="empty">{t(`regions.none.${measure}`)}</p>}
          <p className="muted">{t('regions.mapHelp')}</p>
        </figcaption>
      </figure>

      <RegionTable regions={data.regions} />
      <MunicipalityTable rows={rows} regions={data.regions} />
    </>
  );
}

function RegionTable({ regions }: { regions: readonly RegionItem[] }) {
  const { t, lang } = useT();
  const n = (v: number) => formatNumber(v, lang);
  return (
    <section aria-labelledby="regions-table" className="table-section">
      <Heading variant="h2" id="regions-table">
        {t('regions.regions')}
      </Heading>
      <TableScroll label={t('regions.regions')}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('regions.region')}</th>
              <th scope="col" className="num">
                {t('regions.municipalities')}
              </th>
              <th scope="col" className="num">
                {t('regions.participating')}
              </th>
              <th scope="col" className="num">
                {t('regions.measure.participations')}
              </th>
              <th scope="col" className="num">
                {t('regions.measure.adoptions')}
              </th>
            </tr>
          </thead>
          <tbody>
            {regions.map((r) => {
              const ms = r.municipalities.nodes;
              const sum = (f: (m: (typeof ms)[number]) => number) => ms.reduce((s, m) => s + f(m), 0);
              return (
                <tr key={r.code}>
                  <th scope="row">
                    <LocalizedText value={r.name} compact />
                  </th>
                  <td className="num">{n(r.municipalityCount)}</td>
                  <td className="num">{n(ms.filter((m) => m.participations.totalCount > 0).length)}</td>
                  <td className="num">{n(sum((m) => m.participations.totalCount))}</td>
                  <td className="num">{n(sum((m) => m.adoptions.totalCount))}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

function MunicipalityTable({ rows, regions }: { rows: Row[]; regions: readonly RegionItem[] }) {
  const { t, lang } = useT();
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'participations', desc: true });
  const [region, setRegion] = useState('');
  const collator = useMemo(() => new Intl.Collator(lang), [lang]);

  const shown = useMemo(() => {
    const byName = (a: Row, b: Row) => collator.compare(a.name.text, b.name.text);
    const compare = (a: Row, b: Row): number => {
      if (sort.key === 'name') return byName(a, b);
      if (sort.key === 'region') return collator.compare(a.region.text, b.region.text) || byName(a, b);
      return a[sort.key] - b[sort.key];
    };
    const filtered = region ? rows.filter((r) => r.regionCode === region) : rows;
    // Ties keep alphabetical order whichever way the column sorts.
    return [...filtered].sort((a, b) => (sort.desc ? compare(b, a) : compare(a, b)) || byName(a, b));
  }, [rows, region, sort, collator]);

  const header = (key: SortKey, label: string, numeric = false) => {
    const current = sort.key === key;
    return (
      <th
        scope="col"
        className={numeric ? 'num' : undefined}
        aria-sort={current ? (sort.desc ? 'descending' : 'ascending') : undefined}
      >
        {/* A native button: suomi.fi's Button cannot sit inside a <th> of our own sortable table
            (it brings its own padding, border and min-width), and its Table sorts only data it renders. */}
        <button
          type="button"
          className="sort-button"
          onClick={() => setSort({ key, desc: current ? !sort.desc : numeric })}
        >
          {label}
          <span aria-hidden="true" className="sort-mark">
            {current ? (sort.desc ? ' ▼' : ' ▲') : ' ↕'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <section aria-labelledby="municipality-table" className="table-section">
      <Heading variant="h2" id="municipality-table" tabIndex={-1}>
        {t('regions.municipalityTable')}
      </Heading>
      <p className="muted">{t('regions.sortHelp')}</p>
      <label className="select-label">
        {t('regions.filterRegion')}{' '}
        <select value={region} onChange={(e) => setRegion(e.target.value)}>
          <option value="">{t('regions.allRegions')}</option>
          {regions.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name.text}
            </option>
          ))}
        </select>
      </label>
      <TableScroll label={t('regions.municipalityTable')}>
        <table className="data-table municipality-table">
          <caption className="visually-hidden">
            {t('regions.tableCaption', { count: shown.length, formatted: formatNumber(shown.length, lang) })}
          </caption>
          <thead>
            <tr>
              {header('name', t('regions.municipality'))}
              {header('region', t('regions.region'))}
              {header('participations', t('regions.measure.participations'), true)}
              {header('adoptions', t('regions.measure.adoptions'), true)}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.code}>
                <th scope="row">
                  <Link to={`/${lang}/municipalities/${r.code}`}>
                    <LocalizedText value={r.name} compact />
                  </Link>
                </th>
                <td>
                  <LocalizedText value={r.region} compact />
                </td>
                <td className="num">{formatNumber(r.participations, lang)}</td>
                <td className="num">{formatNumber(r.adoptions, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
