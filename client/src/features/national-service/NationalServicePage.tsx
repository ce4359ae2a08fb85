import { Heading } from 'suomifi-ui-components';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { isNotFound } from '../../app/errors';
import { FeedLink } from '../../app/FeedLink';
import { enumLabel, useT } from '../../app/i18n';
import { LoadError } from '../../app/LoadError';
import { LocalizedText } from '../../app/LocalizedText';
import { NotFound } from '../../app/NotFound';
import { PageSkeleton } from '../../app/Skeleton';
import { usePageTitle } from '../../app/usePageTitle';
import { deliverablePath } from '../deliverable/paths';
import { OrgLink } from '../project-page/OrgLink';
import { Provenance } from '../project-page/Provenance';
import { ExternalLink, Section } from '../project-page/Section';
import { NationalServicePageQuery, type ServiceUseItem } from './NationalServicePage.query';
import { pickText } from './pick-text';
import { FollowButton } from '../follow/FollowButton';

/** `/{lang}/services/:slug`: a national service, who provides it and who uses it how. */
export default function NationalServicePage() {
  const { t, lang } = useT();
  const { slug = '' } = useParams();
  const [{ data, error }, retry] = useQuery({ query: NationalServicePageQuery, variables: { slug, lang } });
  const service = data?.nationalService;
  usePageTitle(service?.name.text);

  if (!service || !data) {
    if (error && isNotFound(error)) return <NotFound message={t('service.notFound')} />;
    if (error)
      return (
        <>
          <Heading variant="h1">{t('service.heading')}</Heading>
          <LoadError
            error={error}
            message={t('service.loadError')}
            onRetry={() => retry({ requestPolicy: 'network-only' })}
          />
        </>
      );
    return <PageSkeleton />;
  }

  const providerText = pickText(service.providerText, lang);
  const uses = data.projectsUsingService.nodes;
  // In the order the schema lists the relations: the same order on every service page.
  const groups = new Map<string, ServiceUseItem[]>();
  for (const u of [...uses].sort((a, b) => a.relation.localeCompare(b.relation)))
    groups.set(u.relation, [...(groups.get(u.relation) ?? []), u]);

  return (
    <article className="detail">
      <p className="kicker">{enumLabel(t, 'nationalServiceKind', service.kind)}</p>
      <Heading variant="h1">
        <LocalizedText value={service.name} />
      </Heading>
      <FollowButton nodeId={service.id} name={service.name.text} />
      <p className="feed-links">
        <FeedLink subject={{ kind: 'service', id: service.slug }} name={service.name.text} />
      </p>
      <Section title={t('service.facts')} empty={false}>
        <dl className="facts">
          <div>
            <dt>{t('service.kind')}</dt>
            <dd>{enumLabel(t, 'nationalServiceKind', service.kind)}</dd>
          </div>
          <div>
            <dt>{t('service.provider')}</dt>
            <dd>
              {service.provider ? (
                <OrgLink org={service.provider} />
              ) : providerText ? (
                <LocalizedText value={providerText} />
              ) : (
                t('deliverable.unknown')
              )}
            </dd>
          </div>
          <div>
            <dt>{t('service.website')}</dt>
            <dd>{service.url ? <ExternalLink href={service.url} /> : t('deliverable.unknown')}</dd>
          </div>
        </dl>
        {/* The provider as the source words it, when it says more than the organisation's name. */}
        {service.provider && providerText && providerText.text !== service.provider.name.text && (
          <p className="section-note">
            <LocalizedText value={providerText} />
          </p>
        )}
        {service.description && (
          <>
            <Heading variant="h3">{t('service.description')}</Heading>
            <p>
              <LocalizedText value={service.description} />
            </p>
          </>
        )}
      </Section>
      <Section title={t('service.users')} empty={uses.length === 0} emptyText={t('service.noUsers')}>
        <p className="section-note">{t('service.usersCount', { count: data.projectsUsingService.totalCount })}</p>
        {[...groups].map(([relation, items]) => (
          <div key={relation} className="group">
            <Heading variant="h3">{enumLabel(t, 'serviceRelation', relation)}</Heading>
            <ul>
              {items.map((u) => (
                <li key={u.id}>
                  {u.project ? (
                    <>
                      <span className="role">{t('service.project')}: </span>
                      <Link to={`/${lang}/projects/${encodeURIComponent(u.project.slug)}`}>
                        <LocalizedText value={u.project.name} />
                      </Link>
                    </>
                  ) : u.deliverable ? (
                    <>
                      <span className="role">{t('service.deliverable')}: </span>
                      <Link to={deliverablePath(lang, u.deliverable.id)}>
                        <LocalizedText value={u.deliverable.title} />
                      </Link>
                    </>
                  ) : null}
                  {u.description && (
                    <>
                      {' – '}
                      <LocalizedText value={u.description} />
                    </>
                  )}{' '}
                  {u.evidenceUrl && <ExternalLink href={u.evidenceUrl}>({t('project.source')})</ExternalLink>}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </Section>
      <Provenance sources={service.provenance} />
    </article>
  );
}
