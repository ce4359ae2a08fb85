import { Heading } from 'suomifi-ui-components';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { formatEur, formatNumber } from '../../app/format';
import { enumLabel, useT } from '../../app/i18n';
import { LoadError } from '../../app/LoadError';
import { LocalizedText } from '../../app/LocalizedText';
import { PageSkeleton } from '../../app/Skeleton';
import { usePageTitle } from '../../app/usePageTitle';
import { BarChart, type Series, type TableRow } from './BarChart';
import { StatisticsPageQuery, type StatisticsPageData } from './StatisticsPage.query';
import './charts.css';

const GRANT_COLOUR = '#1a5aa6';
const DELIVERABLE_COLOUR = '#b35900';

interface Category {
  key: string;
  /** Plain text for the chart's axis. */
  text: string;
  /** What the table shows (with the language of a fallback name). */
  label: React.ReactNode;
  grants: number;
  eur: number;
  deliverables: number;
}

/** Grant rows and deliverable facet values merged by key; grant order first, deliverable-only keys after. */
function merge(
  grants: Array<{ key: string; text: string; label: React.ReactNode; grants: number; eur: number }>,
  deliverables: Array<{ key: string; text: string; label: React.ReactNode; count: number }>,
): Category[] {
  const byKey = new Map<string, Category>();
  for (const g of grants) byKey.set(g.key, { ...g, deliverables: 0 });
  for (const d of deliverables) {
    const c = byKey.get(d.key);
    if (c) c.deliverables += d.count;
    else byKey.set(d.key, { key: d.key, text: d.text, label: d.label, grants: 0, eur: 0, deliverables: d.count });
  }
  return [...byKey.values()];
}

function useCategories(data: StatisticsPageData | undefined) {
  const { t } = useT();
  return useMemo(() => {
    if (!data) return undefined;
    const { stats, deliverables } = data;
    const facets = deliverables.facets;
    const years = merge(
      stats.grantsByYear.map((y) => ({
        key: String(y.year),
        text: String(y.year),
        label: String(y.year),
        grants: y.grantCount,
        eur: y.totalEur,
      })),
      facets.year.map((v) => ({ key: v.value, text: v.value, label: v.value, count: v.count })),
    ).sort((a, b) => Number(a.key) - Number(b.key));
    const themeText = (theme: string | null) => (theme ? enumLabel(t, 'theme', theme) : t('statistics.noTheme'));
    const themes = merge(
      stats.grantsByTheme.map((g) => ({
        key: g.theme ?? '',
        text: themeText(g.theme),
        label: themeText(g.theme),
        grants: g.grantCount,
        eur: g.totalEur,
      })),
      facets.theme.map((v) => ({ key: v.value, text: themeText(v.value), label: themeText(v.value), count: v.count })),
    );
    const regions = merge(
      stats.grantsByRegion.map((g) => ({
        key: g.region?.code ?? '',
        text: g.region?.name.text ?? t('statistics.noRegion'),
        label: g.region ? <LocalizedText value={g.region.name} compact /> : t('statistics.noRegion'),
        grants: g.grantCount,
        eur: g.totalEur,
      })),
      facets.region.map((v) => ({
        key: v.value,
        text: v.label?.text ?? v.value,
        label: v.label ? <LocalizedText value={v.label} compact /> : v.value,
        count: v.count,
      })),
    );
    return { years, themes, regions };
  }, [data, t]);
}

/** `/{lang}/statistics`: grants and deliverables by year, theme and region, as charts and tables. */
export default function StatisticsPage() {
  const { t, lang } = useT();
  const [{ data, error }, retry] = useQuery({ query: StatisticsPageQuery, variables: { lang } });
  usePageTitle(t('statistics.heading'));
  const categories = useCategories(data);

  if (!data || !categories) {
    return (
      <>
        <Heading variant="h1">{t('statistics.heading')}</Heading>
        {error ? (
          <LoadError
            error={error}
            message={t('statistics.loadError')}
            onRetry={() => retry({ requestPolicy: 'network-only' })}
          />
        ) : (
          <PageSkeleton />
        )}
      </>
    );
  }

  const { stats } = data;
  const empty = stats.grantCount === 0 && data.deliverables.totalCount === 0;
  return (
    <>
      <Heading variant="h1">{t('statistics.heading')}</Heading>
      <p className="lead">{t('statistics.intro')}</p>
      <dl className="figures">
        <div>
          <dt>{t('statistics.grants')}</dt>
          <dd>{formatNumber(stats.grantCount, lang)}</dd>
        </div>
        <div>
          <dt>{t('statistics.granted')}</dt>
          <dd>{formatEur(stats.grantTotalEur, lang)}</dd>
        </div>
        <div>
          <dt>{t('statistics.deliverables')}</dt>
          <dd>{formatNumber(data.deliverables.totalCount, lang)}</dd>
        </div>
      </dl>
      {empty ? (
        <p className="empty">{t('statistics.empty')}</p>
      ) : (
        <>
          <CategoryChart
            title={t('statistics.byYear')}
            caption={t('statistics.byYearCaption')}
            first={t('statistics.year')}
            categories={categories.years}
          />
          <CategoryChart
            title={t('statistics.byTheme')}
            caption={t('statistics.byThemeCaption')}
            first={t('statistics.theme')}
            categories={categories.themes}
            horizontal
          />
          <CategoryChart
            title={t('statistics.byRegion')}
            caption={t('statistics.byRegionCaption')}
            first={t('statistics.region')}
            categories={categories.regions}
            horizontal
          />
        </>
      )}
      <p>
        <Link to={`/${lang}/regions`}>{t('statistics.toMap')}</Link>
      </p>
    </>
  );
}

function CategoryChart({
  title,
  caption,
  first,
  categories,
  horizontal = false,
}: {
  title: string;
  caption: string;
  first: string;
  categories: Category[];
  horizontal?: boolean;
}) {
  const { t, lang } = useT();
  const labels = useMemo(() => categories.map((c) => c.text), [categories]);
  const series = useMemo<Series[]>(
    () => [
      { label: t('statistics.grants'), values: categories.map((c) => c.grants), colour: GRANT_COLOUR },
      {
        label: t('statistics.deliverables'),
        values: categories.map((c) => c.deliverables),
        colour: DELIVERABLE_COLOUR,
      },
    ],
    [categories, t],
  );
  const rows: TableRow[] = categories.map((c) => ({
    key: c.key,
    label: c.label,
    cells: [formatNumber(c.grants, lang), formatEur(c.eur, lang), formatNumber(c.deliverables, lang)],
  }));
  if (categories.length === 0)
    return (
      <section className="chart-figure">
        <Heading variant="h2">{title}</Heading>
        <p className="empty">{t('statistics.noData')}</p>
      </section>
    );
  return (
    <BarChart
      title={title}
      caption={caption}
      labels={labels}
      series={series}
      horizontal={horizontal}
      columns={[first, t('statistics.grants'), t('statistics.granted'), t('statistics.deliverables')]}
      rows={rows}
    />
  );
}
