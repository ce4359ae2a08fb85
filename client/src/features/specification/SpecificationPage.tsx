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
import { pickText } from '../national-service/pick-text';
import { OrgLink } from '../project-page/OrgLink';
import { Provenance } from '../project-page/Provenance';
import { ExternalLink, Section } from '../project-page/Section';
import { SpecificationPageQuery } from './SpecificationPage.query';
import { FollowButton } from '../follow/FollowButton';

/** `/{lang}/specifications/:slug`: a specification, who maintains it, who applies it. */
export default function SpecificationPage() {
  const { t, lang } = useT();
  const { slug = '' } = useParams();
  const [{ data, error }, retry] = useQuery({ query: SpecificationPageQuery, variables: { slug, lang } });
  const spec = data?.specification;
  usePageTitle(spec?.name.text);

  if (!spec || !data) {
    if (error && isNotFound(error)) return <NotFound message={t('specification.notFound')} />;
    if (error)
      return (
        <>
          <Heading variant="h1">{t('specification.heading')}</Heading>
          <LoadError
            error={error}
            message={t('specification.loadError')}
            onRetry={() => retry({ requestPolicy: 'network-only' })}
          />
        </>
      );
    return <PageSkeleton />;
  }

  const maintainer = pickText(spec.maintainerText, lang);
  const projects = spec.projects.nodes;
  const deliverables = data.deliverablesConformingTo.nodes;
  return (
    <article className="detail">
      <p className="kicker">{enumLabel(t, 'specificationKind', spec.kind)}</p>
      <Heading variant="h1">
        <LocalizedText value={spec.name} />
      </Heading>
      <FollowButton nodeId={spec.id} name={spec.name.text} />
      <p className="feed-links">
        <FeedLink subject={{ kind: 'specification', id: spec.slug }} name={spec.name.text} />
      </p>
      <Section title={t('specification.facts')} empty={false}>
        <dl className="facts">
          <div>
            <dt>{t('specification.kind')}</dt>
            <dd>{enumLabel(t, 'specificationKind', spec.kind)}</dd>
          </div>
          {spec.specVersion && (
            <div>
              <dt>{t('specification.version')}</dt>
              <dd>{spec.specVersion}</dd>
            </div>
          )}
          <div>
            <dt>{t('specification.maintainer')}</dt>
            <dd>
              {/* The linked owner is only the first maintainer; the source's wording names them all. */}
              {spec.owner ? (
                <OrgLink org={spec.owner} />
              ) : maintainer ? (
                <LocalizedText value={maintainer} />
              ) : (
                t('deliverable.unknown')
              )}
              {spec.owner && maintainer && maintainer.text !== spec.owner.name.text && (
                <span className="role">
                  {' – '}
                  <LocalizedText value={maintainer} />
                </span>
              )}
            </dd>
          </div>
          <div>
            <dt>{t('specification.uri')}</dt>
            <dd>{spec.uri ? <ExternalLink href={spec.uri} /> : t('deliverable.unknown')}</dd>
          </div>
          <div>
            <dt>{t('specification.website')}</dt>
            <dd>{spec.url ? <ExternalLink href={spec.url} /> : t('deliverable.unknown')}</dd>
          </div>
        </dl>
        {spec.description && (
          <>
            <Heading variant="h3">{t('specification.description')}</Heading>
            <p>
              <LocalizedText value={spec.description} />
            </p>
          </>
        )}
      </Section>
      <Section
        title={t('specification.projects')}
        empty={projects.length === 0}
        emptyText={t('specification.noProjects')}
      >
        <ul>
          {projects.map((p) => (
            <li key={p.id}>
              <Link to={`/${lang}/projects/${encodeURIComponent(p.project.slug)}`}>
                <LocalizedText value={p.project.name} />
              </Link>{' '}
              – {enumLabel(t, 'specRelation', p.relation)}
            </li>
          ))}
        </ul>
      </Section>
      <Section
        title={t('specification.deliverables')}
        empty={deliverables.length === 0}
        emptyText={t('specification.noDeliverables')}
      >
        <ul>
          {deliverables.map((d) => (
            <li key={d.id}>
              <Link to={deliverablePath(lang, d.id)}>
                <LocalizedText value={d.title} />
              </Link>{' '}
              <span className="role">– {enumLabel(t, 'deliverableKind', d.kind)}</span>
            </li>
          ))}
        </ul>
      </Section>
      <Provenance sources={spec.provenance} />
    </article>
  );
}
