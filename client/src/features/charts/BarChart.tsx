import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { useEffect, useId, useMemo, useRef, type ReactNode } from 'react';
import { useT } from '../../app/i18n';
import { LOCALES } from '../../app/lang';
import { wrapText, type Measure } from '../../app/wrap-text';
import { TableScroll } from './TableScroll';
import { useWidth } from './useWidth';
import { Heading, suomifiDesignTokens } from 'suomifi-ui-components';

const { colors } = suomifiDesignTokens;

// Only the parts these bar charts use: the rest of chart.js is left out of the bundle.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);
// chart.js draws 12 px text by default: too small to read beside 16 px body text.
const FONT_PX = 14;
Chart.defaults.font.size = FONT_PX;
/** One line of a multi-line tick label: chart.js's line height of 1.2, in rem. */
const LINE_REM = (FONT_PX * 1.2) / 16;

export interface Series {
  label: string;
  values: number[];
  /** Bar colour: >= 3:1 against white (WCAG 1.4.11). */
  colour: string;
}

/** One row of the table beside the chart: a category and its cells. */
export interface TableRow {
  key: string;
  label: ReactNode;
  cells: string[];
}

/**
 * How wide a category label of a horizontal chart may be in a chart `width` wide: chart.js gives
 * the axis at most half the chart, tick mark and padding included (14 px), and clips what does
 * not fit; on a wide screen the bars keep most of the room.
 */
function labelWidth(width: number): number {
  return Math.min(width / 2 - 16, 240);
}

let tickMeasure: Measure | undefined;

/** Measures text in the font chart.js draws its ticks with (estimates it where there is no canvas). */
function measureTick(): Measure {
  if (tickMeasure) return tickMeasure;
  const context = document.createElement('canvas').getContext('2d');
  const { size = FONT_PX, family } = Chart.defaults.font;
  if (!context) return (tickMeasure = (s) => s.length * size * 0.6);
  context.font = `${size}px ${family}`;
  return (tickMeasure = (s) => context.measureText(s).width);
}

/**
 * A bar chart with a caption and the same numbers as a table: the canvas is a picture
 * (`role="img"` with a summary), the table is what screen readers and copy-paste use.
 */
export function BarChart({
  title,
  caption,
  labels,
  series,
  horizontal = false,
  columns,
  rows,
}: {
  title: string;
  caption: string;
  labels: string[];
  series: Series[];
  horizontal?: boolean;
  /** Column headers of the table, the first for the categories. */
  columns: string[];
  rows: TableRow[];
}) {
  const { t, lang } = useT();
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<'bar'>>(undefined);
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  const id = useId();
  // The category names of a horizontal chart in lines that fit beside the bars at this width,
  // every word in full (WCAG 1.4.10); the bars make room for the lines below.
  const axisLabels = useMemo(
    () => (horizontal && width > 0 ? labels.map((l) => wrapText(l, labelWidth(width), measureTick())) : labels),
    [labels, horizontal, width],
  );
  // A horizontal chart waits for its width (known before the first paint): its labels fit it.
  const ready = !horizontal || width > 0;

  useEffect(() => {
    const el = canvas.current;
    if (!el || !ready) return;
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    const config: ChartConfiguration<'bar'> = {
      type: 'bar',
      data: {
        labels: axisLabels,
        datasets: series.map((s) => ({ label: s.label, data: s.values, backgroundColor: s.colour, borderWidth: 0 })),
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        locale: LOCALES[lang],
        responsive: true,
        maintainAspectRatio: false,
        animation: reduce ? false : undefined,
        color: colors.blackBase,
        scales: {
          // Every category keeps its label (chart.js would skip some when they crowd).
          x: {
            ticks: { color: colors.blackBase, precision: 0, autoSkip: horizontal },
            grid: { color: colors.depthLight2 },
          },
          y: {
            ticks: { color: colors.blackBase, precision: 0, autoSkip: !horizontal },
            grid: { color: colors.depthLight2 },
          },
        },
        plugins: { legend: { labels: { color: colors.blackBase } } },
      },
    };
    try {
      chart.current = new Chart(el, config);
    } catch {
      // No canvas support: the table below still carries every number.
    }
    return () => {
      chart.current?.destroy();
      chart.current = undefined;
    };
    // Not on new labels (a resize wraps them anew): they go into the chart as it is, below.
  }, [series, horizontal, lang, ready]);

  useEffect(() => {
    if (!chart.current || chart.current.data.labels === axisLabels) return;
    chart.current.data.labels = axisLabels;
    chart.current.update('none');
  }, [axisLabels]);

  // Room for each category of a horizontal chart: its bars, and its label's lines without
  // touching the next label's.
  const lines = Math.max(1, ...axisLabels.map((l) => (Array.isArray(l) ? l.length : 1)));
  const height = horizontal ? Math.max(12, labels.length * Math.max(2.75, lines * LINE_REM + 0.5) + 5) : 18;
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-title`}>
      <figcaption>
        <Heading variant="h2" id={`${id}-title`}>
          {title}
        </Heading>
        <p>{caption}</p>
      </figcaption>
      <div className="chart-layout">
        <div ref={box} className="chart-box" style={{ height: `${height}rem` }}>
          <canvas ref={canvas} role="img" aria-label={`${title}. ${t('statistics.seeTable')}`} />
        </div>
        <TableScroll label={t('statistics.tableCaption', { title })}>
          <table className="data-table">
            <caption>{t('statistics.tableCaption', { title })}</caption>
            <thead>
              <tr>
                {columns.map((c, i) => (
                  <th key={c} scope="col" className={i > 0 ? 'num' : undefined}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row">{r.label}</th>
                  {r.cells.map((c, i) => (
                    <td key={i} className="num">
                      {c}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </div>
    </figure>
  );
}
