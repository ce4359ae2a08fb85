import { Heading } from 'suomifi-ui-components';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { formatDate, formatEur, formatNumber } from '../../app/format';
import { useT } from '../../app/i18n';
import { LoadError } from '../../app/LoadError';
import { LocalizedText } from '../../app/LocalizedText';
import { Skeleton } from '../../app/Skeleton';
import { usePageTitle } from '../../app/usePageTitle';
import { FundingCallsPageQuery, type FundingCallSummary } from './FundingPage.query';
import { coverage, noAmountsKnown } from './known-total';

/** `/{lang}/funding`: every call, newest first, with how much of it is known. */
export default function FundingCallsPage() {
  const { t, lang } = useT();
  const [{ data, error }, retry] = useQuery({ query: FundingCallsPageQuery, variables: { lang } });
  usePageTitle(t('funding.heading'));
  const calls = data?.fundingCalls;
  return (
    <>
      <Heading variant="h1">{t('funding.heading')}</Heading>
      <p className="lead">{t('funding.intro')}</p>
      {calls ? (
        calls.length === 0 ? (
          <p className="empty">{t('funding.empty')}</p>
        ) : (
          <ul className="plain-list cards">
            {calls.map((c) => (
              <CallCard key={c.id} call={c} />
            ))}
          </ul>
        )
      ) : error ? (
        <LoadError
          error={error}
          message={t('funding.loadError')}
          onRetry={() => retry({ requestPolicy: 'network-only' })}
        />
      ) : (
        <Skeleton lines={6} />
      )}
    </>
  );
}

function CallCard({ call: c }: { call: FundingCallSummary }) {
  const { t, lang } = useT();
  // Never "0 €" for amounts nobody published; a total that leaves grants out says so.
  const noAmounts = noAmountsKnown(c);
  const covers = coverage(t, lang, c);
  return (
    <li className="card">
      <Heading variant="h2" className="card-title">
        <Link to={`/${lang}/funding/${c.year}`}>
          <LocalizedText value={c.name} />
        </Link>
      </Heading>
      <dl className="facts">
        {c.decisionDate && (
          <div>
            <dt>{t('funding.decisionDate')}</dt>
            <dd>{formatDate(c.decisionDate, lang)}</dd>
          </div>
        )}
        <div>
          <dt>{t('funding.grantsKnown')}</dt>
          <dd>
            {c.grantsAwarded === null
              ? formatNumber(c.knownGrantCount, lang)
              : t('funding.ofAnnounced', {
                  known: formatNumber(c.knownGrantCount, lang),
                  announced: formatNumber(c.grantsAwarded, lang),
                })}
          </dd>
        </div>
        {!noAmounts && (
          <div>
            <dt>{t('funding.knownTotal')}</dt>
            <dd>
              {c.totalAwardedEur === null
                ? formatEur(c.knownGrantsTotalEur, lang)
                : t('funding.ofAnnounced', {
                    known: formatEur(c.knownGrantsTotalEur, lang),
                    announced: formatEur(c.totalAwardedEur, lang),
                  })}
              {covers && ` (${covers})`}
            </dd>
          </div>
        )}
      </dl>
      {noAmounts && <p>{t('funding.amountsUnknown')}</p>}
      <p>
        <span className={c.isComplete ? 'badge' : 'badge badge-warn'}>
          {c.isComplete ? t('funding.complete') : t('funding.incomplete')}
        </span>
      </p>
    </li>
  );
}
