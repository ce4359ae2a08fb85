import { CombinedError } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { button, click, render, stubClient } from '../../test/render';
import { text } from '../../test/text';
import StatisticsPage from './StatisticsPage';
import type { StatisticsPageData } from './StatisticsPage.query';

// happy-dom has no canvas: record what the charts are asked to draw instead.
const charts = vi.hoisted(() => ({ configs: [] as unknown[] }));
vi.mock('chart.js', () => {
  class Chart {
    static register() {}
    static defaults = { font: {} };
    data: unknown;
    constructor(_el: unknown, config: { data: unknown }) {
      charts.configs.push(config);
      this.data = config.data;
    }
    update() {}
    destroy() {}
  }
  const part = {};
  return {
    Chart,
    BarController: part,
    BarElement: part,
    CategoryScale: part,
    LinearScale: part,
    Tooltip: part,
    Legend: part,
  };
});

const fi = (t: string) => ({ text: t, lang: 'fi' as const, isFallback: false });
const data: StatisticsPageData = {
  stats: {
    grantCount: 20,
    grantTotalEur: 7061956,
    deliverableCount: 5,
    grantsByYear: [
      { year: 2021, grantCount: 17, totalEur: 5766456 },
      { year: 2020, grantCount: 3, totalEur: 1295500 },
    ],
    grantsByTheme: [
      { theme: null, grantCount: 9, totalEur: 100 },
      { theme: 'BUILT_ENVIRONMENT', grantCount: 11, totalEur: 3875760 },
    ],
    grantsByRegion: [{ region: { id: 'R1', code: '01', name: fi('Uusimaa') }, grantCount: 7, totalEur: 3924850 }],
  },
  deliverables: {
    totalCount: 5,
    facets: {
      year: [{ value: '2021', count: 5 }],
      theme: [
        { value: 'BUILT_ENVIRONMENT', count: 5 },
        { value: 'PLAN_DATA_MODEL', count: 2 },
      ],
      region: [{ value: '11', count: 2, label: fi('Pohjois-Savo') }],
    },
  },
};

const rowsOf = (table: Element | undefined) =>
  [...(table?.querySelectorAll('tbody tr') ?? [])].map((tr) => [...tr.children].map(text).join(' | '));

describe('StatisticsPage', () => {
  it('shows a skeleton while loading and asks in the page language', () => {
    const stub = stubClient(() => undefined);
    const c = render(<StatisticsPage />, stub.client, { url: '/sv/statistics' });
    expect(c.querySelector('.page-skeleton')).not.toBeNull();
    expect(stub.executeQuery.mock.calls[0][0].variables).toEqual({ lang: 'sv' });
  });

  it('shows an error with a retry', () => {
    const stub = stubClient(() => ({ error: new CombinedError({ networkError: new Error('offline') }) }));
    const c = render(<StatisticsPage />, stub.client, { url: '/fi/statistics' });
    expect(text(c.querySelector('[role="alert"] p'))).toBe('Tilastojen lataaminen epäonnistui.');
    const calls = stub.executeQuery.mock.calls.length;
    click(button(c, 'Yritä uudelleen'));
    expect(stub.executeQuery.mock.calls.length).toBeGreaterThan(calls);
  });

  it('draws three charts, each with a caption and a table of the same numbers', () => {
    charts.configs.length = 0;
    const c = render(<StatisticsPage />, stubClient(() => ({ data })).client, { url: '/en/statistics' });
    const figures = [...c.querySelectorAll('figure.chart-figure')];
    expect(figures.map((f) => text(f.querySelector('h2')))).toEqual([
      'Grants and deliverables by year',
      'Grants and deliverables by theme',
      'Grants and deliverables by region',
    ]);
    expect(figures.every((f) => f.querySelector('canvas[role="img"]') && f.querySelector('figcaption p'))).toBe(true);
    expect(rowsOf(figures[0].querySelector('table') ?? undefined)).toEqual([
      '2020 | 3 | €1,295,500 | 0',
      '2021 | 17 | €5,766,456 | 5',
    ]);
    expect(rowsOf(figures[1].querySelector('table') ?? undefined)).toEqual([
      'Theme not known | 9 | €100 | 0',
      'Built environment | 11 | €3,875,760 | 5',
      'Plan data model | 0 | €0 | 2',
    ]);
    expect(rowsOf(figures[2].querySelector('table') ?? undefined)).toEqual([
      'Uusimaa | 7 | €3,924,850 | 0',
      'Pohjois-Savo | 0 | €0 | 2',
    ]);
    const year = charts.configs[0] as {
      data: { labels: string[]; datasets: Array<{ label: string; data: number[] }> };
    };
    expect(year.data.labels).toEqual(['2020', '2021']);
    expect(year.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Grants', [3, 17]],
      ['Deliverables', [0, 5]],
    ]);
  });

  it('shows every theme name in full at 320 px, in lines that fit beside the bars, with room for each', () => {
    const themes = [
      'BUILT_ENVIRONMENT',
      'E_PERMITS_BUILDING_CONTROL',
      'CULTURAL_ENVIRONMENT',
      'SAAS_SECURITY',
      'CYBER_SECURITY_TESTING',
      'SECURITY_COMPETENCE',
      'DATA_DRIVEN_MANAGEMENT',
    ] as const;
    const all: StatisticsPageData = {
      ...data,
      stats: { ...data.stats, grantsByTheme: themes.map((theme) => ({ theme, grantCount: 1, totalEur: 1000 })) },
    };
    // The chart's box on a 320 px screen; happy-dom lays nothing out, and has no canvas to measure
    // text with: the chart estimates 0.6 em a letter. chart.js gives the labels at most half the
    // chart less 14 px (tick mark and padding), and clips what is wider.
    const width = 288;
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(width);
    const letters = Math.floor((width / 2 - 14) / (14 * 0.6));
    try {
      for (const lang of ['fi', 'sv', 'en']) {
        charts.configs.length = 0;
        const c = render(<StatisticsPage />, stubClient(() => ({ data: all })).client, { url: `/${lang}/statistics` });
        const figure = c.querySelectorAll('figure.chart-figure')[1];
        const names = [...figure.querySelectorAll('tbody th')].map(text);
        const chart = (charts.configs as Array<{ data: { labels: string[][] }; options: { indexAxis: string } }>).find(
          (config) => config.options.indexAxis === 'y',
        );
        const labels = chart!.data.labels;
        expect(labels).toHaveLength(names.length);
        labels.forEach((lines, i) => {
          expect(lines.every((line) => line.length <= letters)).toBe(true);
          const joined = lines.map((line) => line.replace(/-$/, '')).join(' ');
          expect(joined.replace(/[\s-]/g, '')).toBe(names[i]?.replace(/[\s-]/g, ''));
          expect(joined).not.toContain('…');
        });
        // Each category at least as tall as its label's lines (chart.js: 14 px, line height 1.2).
        const most = Math.max(...labels.map((lines) => lines.length));
        const box = figure.querySelector<HTMLElement>('.chart-box')!;
        expect(parseFloat(box.style.height)).toBeGreaterThanOrEqual(labels.length * most * ((14 * 1.2) / 16) + 5);
      }
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('says when there is nothing to show', () => {
    const empty: StatisticsPageData = {
      stats: { ...data.stats, grantCount: 0, grantsByYear: [], grantsByTheme: [], grantsByRegion: [] },
      deliverables: { totalCount: 0, facets: { year: [], theme: [], region: [] } },
    };
    const c = render(<StatisticsPage />, stubClient(() => ({ data: empty })).client, { url: '/sv/statistics' });
    expect(text(c.querySelector('.empty'))).toBe('Inga understöd eller resultat har registrerats ännu.');
    expect(c.querySelector('canvas')).toBeNull();
  });
});
