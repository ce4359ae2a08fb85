import { Heading } from 'suomifi-ui-components';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useT } from '../../app/i18n';
import { LoadError } from '../../app/LoadError';
import { LocalizedText } from '../../app/LocalizedText';
import { NotFound } from '../../app/NotFound';
import { PageSkeleton } from '../../app/Skeleton';
import { usePageTitle } from '../../app/usePageTitle';
import { isNotFound } from '../../app/errors';
import { explorePath } from '../graph-explorer/paths';
import { EditProjectLink } from '../project-edit/EditProjectLink';
import { Deliverables } from './Deliverables';
import { Provenance } from './Provenance';
import { ProjectFacts } from './ProjectFacts';
import { ProjectLinks } from './ProjectLinks';
import { ProjectPageQuery } from './ProjectPage.query';
import { RelatedProjects } from './RelatedProjects';
import { ReuseChain } from './ReuseChain';
import { FollowButton } from '../follow/FollowButton';

/** `/{lang}/projects/:slug`: everything known about one project. */
export default function ProjectPage() {
  const { t, lang } = useT();
  const { slug = '' } = useParams();
  const [{ data, error }, retry] = useQuery({ query: ProjectPageQuery, variables: { slug, lang } });
  const project = data?.project;
  usePageTitle(project?.name.text);

  if (!project) {
    if (error && isNotFound(error)) return <NotFound message={t('project.notFound')} />;
    if (error)
      return (
        <>
          <Heading variant="h1">{t('nav.projects')}</Heading>
          <LoadError
            error={error}
            message={t('project.loadError')}
            onRetry={() => retry({ requestPolicy: 'network-only' })}
          />
        </>
      );
    return <PageSkeleton />;
  }

  return (
    <article className="detail">
      <Heading variant="h1">
        <LocalizedText value={project.name} />
        {project.acronym && !project.name.text.startsWith(project.acronym) && (
          <span className="acronym"> ({project.acronym})</span>
        )}
      </Heading>
      <FollowButton nodeId={project.id} name={project.name.text} />
      {project.summary && (
        <p className="lead">
          <LocalizedText value={project.summary} />
        </p>
      )}
      <p className="explore-link">
        <Link to={explorePath(lang, project.id)}>{t('explore.link')}</Link>
      </p>
      <EditProjectLink
        projectId={project.id}
        slug={project.slug}
        organisationIds={project.participants.nodes.map((p) => p.organisation.id)}
      />
      <ProjectFacts project={project} />
      <ProjectLinks project={project} />
      <Deliverables deliverables={project.deliverables.nodes} />
      <ReuseChain projectId={project.id} />
      <RelatedProjects related={data.relatedProjects} />
      <Provenance sources={project.provenance} />
    </article>
  );
}
