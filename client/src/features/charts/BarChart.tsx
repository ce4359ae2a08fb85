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
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useT } from '../../app/i18n';
import { LOCALES } from '../../app/lang';
import { TableScroll } from './TableScroll';
import { Heading, suomifiDesignTokens } from 'suomifi-ui-components';

const { colors } = suomifiDesignTokens;

// Only the parts these bar charts use: the rest of chart.js is left out of the bundle.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);
// chart.js draws 12 px text by default: too small to read beside 16 px body text.
Chart.defaults.font.size = 14;

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

/** A label as lines of at most about `max` characters, for the category axis of a horizontal chart. */
export function wrapLabel(label: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/)) {
    const fitted = word.length > max + 2 ? `${word.slice(0, max)}…` : word;
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + fitted.length <= max) lines[lines.length - 1] = `${last} ${fitted}`;
    else lines.push(fitted);
  }
  return lines;
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
  const id = useId();

  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    const config: ChartConfiguration<'bar'> = {
      type: 'bar',
      data: {
        // Long category names on narrow screens: wrapped into lines, the rare overlong word shortened
        // (the table beside has every name in full).
        labels: horizontal ? labels.map((l) => wrapLabel(l, el.clientWidth < 480 ? 14 : 28)) : labels,
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
    let chart: Chart<'bar'> | undefined;
    try {
      chart = new Chart(el, config);
    } catch {
      // No canvas support: the table below still carries every number.
    }
    return () => chart?.destroy();
  }, [labels, series, horizontal, lang]);

  // Room for each bar of a horizontal chart, so that long theme names stay readable.
  const height = horizontal ? Math.max(12, labels.length * 2.75 + 5) : 18;
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-title`}>
      <figcaption>
        <Heading variant="h2" id={`${id}-title`}>
          {title}
        </Heading>
        <p>{caption}</p>
      </figcaption>
      <div className="chart-layout">
        <div className="chart-box" style={{ height: `${height}rem` }}>
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
