import { useCallback, useEffect, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../app/i18n';
import { LoadError } from '../../app/LoadError';
import { colourOf, type ColourClass } from './choropleth';
import { loadMapGeometry, type MapGeometry, type Shape } from './geometry';

/** What the map shows of one municipality. */
export interface MapValue {
  name: string;
  count: number;
}

type Geometry = { state: 'loading' } | { state: 'error' } | { state: 'ready'; geometry: MapGeometry };

function useMapGeometry() {
  const [geometry, setGeometry] = useState<Geometry>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    loadMapGeometry().then(
      (g) => live && setGeometry({ state: 'ready', geometry: g }),
      () => live && setGeometry({ state: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  const retry = useCallback(() => {
    setGeometry({ state: 'loading' });
    setAttempt((a) => a + 1);
  }, []);
  return { geometry, retry };
}

/**
 * Finland's 309 municipalities of 2021 coloured by a count. Every municipality is a link to its
 * page (click, or Tab and Enter); hovering or focusing one shows its name and count. The page
 * beside it carries the same numbers as a table: the map is never the only way.
 */
export function MunicipalityMap({
  values,
  classes,
  describe,
}: {
  values: ReadonlyMap<string, MapValue>;
  classes: ColourClass[];
  /** "Helsinki: 2 participations" for a municipality's link and tooltip. */
  describe: (name: string, count: number) => string;
}) {
  const { t, lang } = useT();
  const navigate = useNavigate();
  const { geometry, retry } = useMapGeometry();
  const [active, setActive] = useState<Shape | null>(null);

  if (geometry.state === 'error') return <LoadError message={t('regions.mapError')} onRetry={retry} />;
  if (geometry.state === 'loading')
    return (
      <div className="map-frame map-loading" aria-busy="true">
        <p className="visually-hidden" role="status">
          {t('regions.mapLoading')}
        </p>
      </div>
    );

  const { width, height, shapes } = geometry.geometry;
  const nameOf = (s: Shape) => values.get(s.code)?.name ?? (lang === 'sv' ? s.nameSv : s.nameFi);
  const countOf = (s: Shape) => values.get(s.code)?.count ?? 0;
  const href = (s: Shape) => `/${lang}/municipalities/${s.code}`;
  const open = (e: MouseEvent | KeyboardEvent, s: Shape) => {
    // New tab and the like stay with the browser.
    if ('button' in e && (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)) return;
    e.preventDefault();
    void navigate(href(s));
  };

  return (
    <div className="map-frame" onMouseLeave={() => setActive(null)}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        className="municipality-map"
        role="group"
        aria-label={t('regions.mapLabel')}
      >
        {shapes.map((s) => {
          const label = describe(nameOf(s), countOf(s));
          return (
            <a
              key={s.code}
              href={href(s)}
              aria-label={label}
              data-code={s.code}
              onClick={(e) => open(e, s)}
              onKeyDown={(e) => e.key === 'Enter' && open(e, s)}
              onMouseEnter={() => setActive(s)}
              onFocus={() => setActive(s)}
              onBlur={() => setActive((a) => (a === s ? null : a))}
            >
              <path d={s.d} fill={colourOf(classes, countOf(s))} />
            </a>
          );
        })}
        {/* Drawn last so no neighbour covers its border. */}
        {active && <path className="map-highlight" d={active.d} aria-hidden="true" />}
      </svg>
      {active && (
        <div
          className="map-tooltip"
          aria-hidden="true"
          // Kept off the edges so that it never widens the page on a narrow screen.
          style={{ left: `${clamp((active.cx / width) * 100, 25, 75)}%`, top: `${(active.cy / height) * 100}%` }}
        >
          {describe(nameOf(active), countOf(active))}
        </div>
      )}
    </div>
  );
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** The scale: each colour with its range and how many municipalities have it. */
export function MapLegend({
  title,
  classes,
  counts,
}: {
  title: string;
  classes: ColourClass[];
  counts: readonly number[];
}) {
  const { t } = useT();
  return (
    <div className="map-legend">
      <p className="map-legend-title">{title}</p>
      <ul className="plain-list">
        {classes.map((c) => {
          const n = counts.filter((v) => v >= c.min && v <= c.max).length;
          const range = c.min === c.max ? String(c.min) : `${c.min}–${c.max}`;
          return (
            <li key={c.min}>
              <span className="swatch" style={{ background: c.colour }} aria-hidden="true" />
              <span>
                {range} <span className="muted">({t('regions.legendMunicipalities', { count: n })})</span>
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
