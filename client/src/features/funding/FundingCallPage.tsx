import { Heading } from 'suomifi-ui-components';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { isNotFound } from '../../app/errors';
import { formatDate, formatEur, formatNumber } from '../../app/format';
import { enumLabel, useT } from '../../app/i18n';
import { LoadError } from '../../app/LoadError';
import { LocalizedText } from '../../app/LocalizedText';
import { NotFound } from '../../app/NotFound';
import { PageSkeleton } from '../../app/Skeleton';
import { usePageTitle } from '../../app/usePageTitle';
import { TableScroll } from '../charts/TableScroll';
import { OrgLink } from '../project-page/OrgLink';
import { Provenance } from '../project-page/Provenance';
import { ExternalLink, Section } from '../project-page/Section';
import { FundingCallPageQuery, type FundingCallDetail, type GrantItem } from './FundingPage.query';
import { coverage, noAmountsKnown } from './known-total';

interface Sum {
  key: string;
  label: ReactNode;
  count: number;
  /** Grants of the group whose amount is known. */
  withAmount: number;
  totalEur: number;
}

/** Grants and known amounts per key; a grant in two groups (two themes) counts in both. */
function sumBy(grants: GrantItem[], keys: (g: GrantItem) => Array<{ key: string; label: ReactNode }>): Sum[] {
  const sums = new Map<string, Sum>();
  for (const g of grants) {
    if (g.status === 'WITHDRAWN') continue;
    for (const { key, label } of keys(g)) {
      const s = sums.get(key) ?? { key, label, count: 0, withAmount: 0, totalEur: 0 };
      s.count += 1;
      if (g.maxAmountEur !== null) {
        s.withAmount += 1;
        s.totalEur += g.maxAmountEur;
      }
      sums.set(key, s);
    }
  }
  return [...sums.values()].sort((a, b) => b.totalEur - a.totalEur || b.count - a.count);
}

/** `/{lang}/funding/:year` (or a call's id): the portfolio of one funding call. */
export default function FundingCallPage() {
  const { t, lang } = useT();
  const { call: param = '' } = useParams();
  const byYear = /^\d{4}$/.test(param);
  const [{ data, error }, retry] = useQuery({
    query: FundingCallPageQuery,
    variables: byYear ? { year: Number(param), lang } : { id: param, lang },
  });
  const call = data?.fundingCall;
  usePageTitle(call?.name.text);

  if (!call) {
    if (error && isNotFound(error)) return <NotFound message={t('funding.notFound')} />;
    if (error)
      return (
        <>
          <Heading variant="h1">{t('funding.heading')}</Heading>
          <LoadError
            error={error}
            message={t('funding.callLoadError')}
            onRetry={() => retry({ requestPolicy: 'network-only' })}
          />
        </>
      );
    return <PageSkeleton />;
  }

  const grants = call.grants.nodes;
  const noTheme = t('funding.noTheme');
  const themes = sumBy(grants, (g) =>
    g.project?.themes.length
      ? g.project.themes.map((th) => ({ key: th, label: enumLabel(t, 'theme', th) }))
      : [{ key: '', label: noTheme }],
  );
  const regions = sumBy(grants, (g) => {
    const region = g.leadApplicant?.region;
    return [
      region
        ? { key: region.code, label: <LocalizedText value={region.name} properName /> }
        : { key: '', label: t('funding.noRegion') },
    ];
  });

  return (
    <article className="detail">
      <p className="kicker">
        <Link to={`/${lang}/funding`}>{t('funding.allCalls')}</Link>
      </p>
      <Heading variant="h1">
        <LocalizedText value={call.name} />
      </Heading>
      <p className="lead">
        <LocalizedText value={call.programme.name} />
        {call.programme.url && (
          <>
            {' – '}
            <ExternalLink href={call.programme.url} />
          </>
        )}
      </p>
      <CallFacts call={call} />
      <Section title={t('funding.portfolio')} empty={grants.length === 0} emptyText={t('funding.noGrants')}>
        {!call.isComplete && (
          <p className="section-note">
            <span className="badge badge-warn">{t('funding.incomplete')}</span> {t('funding.incompleteNote')}
          </p>
        )}
        <GrantTable grants={grants} />
      </Section>
      {grants.length > 0 && (
        <>
          <SumSection
            title={t('funding.themes')}
            sums={themes}
            groupLabel={t('funding.theme')}
            note={t('funding.themesNote')}
          />
          <SumSection title={t('funding.regions')} sums={regions} groupLabel={t('funding.region')} />
        </>
      )}
      <Provenance sources={call.provenance} />
    </article>
  );
}

function CallFacts({ call: c }: { call: FundingCallDetail }) {
  const { t, lang } = useT();
  const date = (d: string | null) => (d ? formatDate(d, lang) : null);
  const eur = (n: number | null) => (n === null ? null : formatEur(n, lang));
  const num = (n: number | null) => (n === null ? null : formatNumber(n, lang));
  // Never "0 €" for amounts nobody published; a total that leaves grants out says so.
  const noAmounts = noAmountsKnown(c);
  const covers = coverage(t, lang, c);
  const knownTotal = noAmounts ? null : `${formatEur(c.knownGrantsTotalEur, lang)}${covers ? ` (${covers})` : ''}`;
  const facts: Array<[string, string | null]> = [
    ['funding.applicationOpens', date(c.applicationOpens)],
    ['funding.applicationCloses', date(c.applicationCloses)],
    ['funding.applicationsReceived', num(c.applicationsReceived)],
    ['funding.appropriation', eur(c.appropriationEur)],
    ['funding.decisionDate', date(c.decisionDate)],
    ['funding.grantsAwarded', num(c.grantsAwarded)],
    ['funding.totalAwarded', eur(c.totalAwardedEur)],
    ['funding.grantsKnownCount', num(c.knownGrantCount)],
    ['funding.knownTotalEur', knownTotal],
    ['funding.unknownAmount', eur(c.unknownAmountEur)],
    ['funding.implementationDeadline', date(c.implementationDeadline)],
  ];
  return (
    <Section title={t('funding.facts')} empty={false}>
      <dl className="facts">
        {facts
          .filter(([, value]) => value !== null)
          .map(([key, value]) => (
            <div key={key}>
              <dt>{t(key)}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {noAmounts && <p className="section-note">{t('funding.amountsUnknown')}</p>}
      {/* Curators record the call's own words in English (see the seed data's SOURCES.md). */}
      {c.themesText && (
        <>
          <Heading variant="h3">{t('funding.themesText')}</Heading>
          <p lang="en">{c.themesText}</p>
        </>
      )}
      {c.statedGoals && (
        <>
          <Heading variant="h3">{t('funding.statedGoals')}</Heading>
          <p lang="en">{c.statedGoals}</p>
        </>
      )}
      {c.note && <p lang="en">{c.note}</p>}
      {c.sourceUrl && (
        <p>
          {t('funding.source')}: <ExternalLink href={c.sourceUrl} />
        </p>
      )}
    </Section>
  );
}

function GrantTable({ grants }: { grants: GrantItem[] }) {
  const { t, lang } = useT();
  return (
    <TableScroll label={t('funding.portfolio')}>
      <table className="data-table">
        <caption className="visually-hidden">
          {t('funding.grantCount', { count: grants.length, formatted: formatNumber(grants.length, lang) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('funding.project')}</th>
            <th scope="col">{t('funding.lead')}</th>
            <th scope="col">{t('funding.region')}</th>
            <th scope="col" className="num">
              {t('funding.amount')}
            </th>
            <th scope="col">{t('funding.themes')}</th>
          </tr>
        </thead>
        <tbody>
          {grants.map((g) => (
            <tr key={g.id}>
              <td>{g.ordinal}</td>
              <td>
                {g.project ? (
                  <Link to={`/${lang}/projects/${encodeURIComponent(g.project.slug)}`}>
                    <LocalizedText value={g.project.name} />
                  </Link>
                ) : (
                  t('funding.unnamedProject')
                )}
                {g.status !== 'AWARDED' && <span className="role"> ({enumLabel(t, 'grantStatus', g.status)})</span>}
              </td>
              <td>{g.leadApplicant ? <OrgLink org={g.leadApplicant} /> : t('deliverable.unknown')}</td>
              <td>{g.leadApplicant?.region ? <LocalizedText value={g.leadApplicant.region.name} properName /> : ''}</td>
              <td className="num">{g.maxAmountEur === null ? t('unknownAmount') : formatEur(g.maxAmountEur, lang)}</td>
              <td>{(g.project?.themes ?? []).map((th) => enumLabel(t, 'theme', th)).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function SumSection({
  title,
  sums,
  groupLabel,
  note,
}: {
  title: string;
  sums: Sum[];
  groupLabel: string;
  note?: string;
}) {
  const { t, lang } = useT();
  return (
    <Section title={title} empty={sums.length === 0}>
      {note && <p className="section-note">{note}</p>}
      <TableScroll label={title}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{groupLabel}</th>
              <th scope="col" className="num">
                {t('funding.grantsColumn')}
              </th>
              <th scope="col" className="num">
                {t('funding.knownTotalEur')}
              </th>
            </tr>
          </thead>
          <tbody>
            {sums.map((s) => (
              <tr key={s.key}>
                <th scope="row">{s.label}</th>
                <td className="num">{formatNumber(s.count, lang)}</td>
                <td className="num">{s.withAmount === 0 ? t('unknownAmount') : formatEur(s.totalEur, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </Section>
  );
}
