import { Heading } from 'suomifi-ui-components';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { CreatedNotice } from '../../app/CreatedNotice';
import { isNotFound } from '../../app/errors';
import { formatDate } from '../../app/format';
import { enumLabel, useT } from '../../app/i18n';
import { LoadError } from '../../app/LoadError';
import { LocalizedText } from '../../app/LocalizedText';
import { NotFound } from '../../app/NotFound';
import { PageSkeleton } from '../../app/Skeleton';
import { usePageTitle } from '../../app/usePageTitle';
import { OrgLink } from '../project-page/OrgLink';
import { Provenance } from '../project-page/Provenance';
import { ExternalLink, Section } from '../project-page/Section';
import { AdoptAction } from '../adoption/AdoptAction';
import { EditorActions } from '../deliverable-edit/EditorActions';
import { Adoptions } from './Adoptions';
import { PubliccodeExport } from './PubliccodeExport';
import { DeliverablePageQuery, type DeliverableDetail } from './DeliverablePage.query';
import { deliverablePath } from './paths';
import { Releases } from './Releases';
import { FollowButton } from '../follow/FollowButton';

/** `/{lang}/deliverables/:id`: what a project produced, where to get it and who took it into use. */
export default function DeliverablePage() {
  const { t, lang } = useT();
  const { id = '' } = useParams();
  const [{ data, error }, retry] = useQuery({ query: DeliverablePageQuery, variables: { id, lang } });
  const deliverable = data?.deliverable;
  usePageTitle(deliverable?.title.text);

  if (!deliverable) {
    if (error && isNotFound(error)) return <NotFound message={t('deliverable.notFound')} />;
    if (error)
      return (
        <>
          <Heading variant="h1">{t('deliverable.heading')}</Heading>
          <LoadError
            error={error}
            message={t('deliverable.loadError')}
            onRetry={() => retry({ requestPolicy: 'network-only' })}
          />
        </>
      );
    return <PageSkeleton />;
  }

  return (
    <article className="detail">
      <p className="kicker">{enumLabel(t, 'deliverableKind', deliverable.kind)}</p>
      <Heading variant="h1">
        <LocalizedText value={deliverable.title} />
      </Heading>
      <CreatedNotice message={t('deliverable.created')} />
      <FollowButton nodeId={deliverable.id} name={deliverable.title.text} />
      {deliverable.shortDescription && (
        <p className="lead">
          <LocalizedText value={deliverable.shortDescription} />
        </p>
      )}
      <EditorActions deliverableId={deliverable.id} />
      <Facts deliverable={deliverable} />
      <PubliccodeExport deliverableId={deliverable.id} missing={deliverable.publiccodeMissing} />
      <Section
        title={t('deliverable.projects')}
        empty={deliverable.projects.length === 0}
        emptyText={t('deliverable.noProjects')}
      >
        <ul>
          {deliverable.projects.map((p) => (
            <li key={p.id}>
              <Link to={`/${lang}/projects/${encodeURIComponent(p.slug)}`}>
                <LocalizedText value={p.name} />
              </Link>
            </li>
          ))}
        </ul>
      </Section>
      <Adoptions adoptions={deliverable.adoptions.nodes} />
      <AdoptAction deliverableId={deliverable.id} />
      <Releases releases={deliverable.releases} />
      <Section
        title={t('deliverable.specifications')}
        empty={deliverable.conformsTo.length === 0}
        emptyText={t('deliverable.noSpecifications')}
      >
        <ul>
          {deliverable.conformsTo.map((s) => (
            <li key={s.id}>
              <Link to={`/${lang}/specifications/${encodeURIComponent(s.slug)}`}>
                <LocalizedText value={s.name} />
              </Link>
            </li>
          ))}
        </ul>
      </Section>
      <Section
        title={t('deliverable.services')}
        empty={deliverable.serviceUses.nodes.length === 0}
        emptyText={t('deliverable.noServices')}
      >
        <ul>
          {deliverable.serviceUses.nodes.map((u) => (
            <li key={u.id}>
              <Link to={`/${lang}/services/${encodeURIComponent(u.service.slug)}`}>
                <LocalizedText value={u.service.name} />
              </Link>{' '}
              – {enumLabel(t, 'serviceRelation', u.relation)}
            </li>
          ))}
        </ul>
      </Section>
      <Lineage deliverable={deliverable} />
      {deliverable.contacts.length > 0 && (
        <Section title={t('project.contacts')} empty={false}>
          <ul>
            {deliverable.contacts.map((c, i) => (
              <li key={i}>
                {c.name}
                {c.role && `, ${c.role}`}
                {c.organisation && `, ${c.organisation}`}{' '}
                {c.sourceUrl && <ExternalLink href={c.sourceUrl}>({t('deliverable.contactPage')})</ExternalLink>}
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Provenance sources={deliverable.provenance} />
    </article>
  );
}

function Facts({ deliverable: d }: { deliverable: DeliverableDetail }) {
  const { t, lang } = useT();
  const links = [
    { key: 'landing', url: d.landingUrl },
    { key: 'repository', url: d.repositoryUrl },
    { key: 'documentation', url: d.documentationUrl },
  ].filter((l): l is { key: string; url: string } => Boolean(l.url));
  return (
    <Section title={t('deliverable.facts')} empty={false}>
      <dl className="facts">
        <div>
          <dt>{t('deliverable.kind')}</dt>
          <dd>{enumLabel(t, 'deliverableKind', d.kind)}</dd>
        </div>
        <div>
          <dt>{t('deliverable.developmentStatus')}</dt>
          <dd>
            {d.developmentStatus ? enumLabel(t, 'developmentStatus', d.developmentStatus) : t('deliverable.unknown')}
          </dd>
        </div>
        <div>
          <dt>{t('deliverable.maintenance')}</dt>
          <dd>
            {d.maintenanceType ? enumLabel(t, 'maintenanceType', d.maintenanceType) : t('deliverable.unknown')}
            {d.maintenanceUntil && <> ({t('deliverable.until', { date: formatDate(d.maintenanceUntil, lang) })})</>}
          </dd>
        </div>
        <div>
          <dt>{t('deliverable.licence')}</dt>
          <dd>{d.licence ?? t('deliverable.unknown')}</dd>
        </div>
        <div>
          <dt>{t('deliverable.languages')}</dt>
          <dd>
            {d.languages.length
              ? d.languages.map((l) => t(`enum.lang.${l}`, { defaultValue: l })).join(', ')
              : t('deliverable.unknown')}
          </dd>
        </div>
        {d.platforms.length > 0 && (
          <div>
            <dt>{t('deliverable.platforms')}</dt>
            <dd>{d.platforms.map((p) => enumLabel(t, 'platform', p)).join(', ')}</dd>
          </div>
        )}
        <div>
          <dt>{t('deliverable.publisher')}</dt>
          <dd>{d.publisher ? <OrgLink org={d.publisher} /> : t('deliverable.unknown')}</dd>
        </div>
        {d.publishedAt && (
          <div>
            <dt>{t('deliverable.publishedAt')}</dt>
            <dd>{formatDate(d.publishedAt, lang)}</dd>
          </div>
        )}
        {d.lastVerifiedAt && (
          <div>
            <dt>{t('deliverable.lastVerifiedAt')}</dt>
            <dd>{formatDate(d.lastVerifiedAt, lang)}</dd>
          </div>
        )}
      </dl>
      {d.keywords.length > 0 && (
        <ul className="tags" aria-label={t('deliverable.keywords')}>
          {d.keywords.map((k) => (
            <li key={k}>{k}</li>
          ))}
        </ul>
      )}
      {d.description && (
        <>
          <Heading variant="h3">{t('deliverable.description')}</Heading>
          <p>
            <LocalizedText value={d.description} />
          </p>
        </>
      )}
      <Heading variant="h3">{t('deliverable.links')}</Heading>
      {links.length ? (
        <ul>
          {links.map((l) => (
            <li key={l.key}>
              {t(`deliverable.${l.key}`)}: <ExternalLink href={l.url} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">{t('deliverable.noLinks')}</p>
      )}
    </Section>
  );
}

/** What it was based on and what was based on it. */
function Lineage({ deliverable: d }: { deliverable: DeliverableDetail }) {
  const { t, lang } = useT();
  const derivatives = d.derivatives.nodes;
  return (
    <Section
      title={t('deliverable.lineage')}
      empty={!d.derivedFrom && derivatives.length === 0}
      emptyText={t('deliverable.noLineage')}
    >
      {d.derivedFrom && (
        <p>
          {t('deliverable.derivedFrom')}:{' '}
          <Link to={deliverablePath(lang, d.derivedFrom.id)}>
            <LocalizedText value={d.derivedFrom.title} />
          </Link>
        </p>
      )}
      {derivatives.length > 0 && (
        <>
          <Heading variant="h3">{t('deliverable.derivatives')}</Heading>
          <ul>
            {derivatives.map((x) => (
              <li key={x.id}>
                <Link to={deliverablePath(lang, x.id)}>
                  <LocalizedText value={x.title} />
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
