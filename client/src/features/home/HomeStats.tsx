import { useQuery } from 'urql';
import { formatEur, formatNumber } from '../../app/format';
import { useT } from '../../app/i18n';
import { LoadError } from '../../app/LoadError';
import { HomeStatsQuery } from './HomeStats.query';

/** Key figures of the graph; the boxes keep their size while loading, so nothing below moves. */
export function HomeStats() {
  const { t, lang } = useT();
  const [{ data, error, fetching }, retry] = useQuery({ query: HomeStatsQuery });
  const s = data?.stats;
  const figures: Array<[string, string | undefined]> = [
    ['projects', s && formatNumber(s.projectCount, lang)],
    ['deliverables', s && formatNumber(s.deliverableCount, lang)],
    ['organisations', s && formatNumber(s.participatingOrganisationCount, lang)],
    ['adoptions', s && formatNumber(s.adoptionCount, lang)],
    ['granted', s && formatEur(s.grantTotalEur, lang)],
  ];
  if (error && !data) return <LoadError error={error} onRetry={() => retry({ requestPolicy: 'network-only' })} />;
  return (
    <>
      <p className="visually-hidden" role="status">
        {fetching ? t('loading') : ''}
      </p>
      <dl className="figures" aria-busy={!s}>
        {figures.map(([key, value]) => (
          <div key={key}>
            <dt>{t(`home.figure.${key}`)}</dt>
            <dd>{value ?? <span className="skeleton-text" aria-hidden="true" />}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
