import { Navigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { isNotFound } from '../../app/errors';
import { useT } from '../../app/i18n';
import type { Lang } from '../../app/lang';
import { LoadError } from '../../app/LoadError';
import { NotFound } from '../../app/NotFound';
import { PageSkeleton } from '../../app/Skeleton';
import { organisationPath } from '../organisation/paths';
import { NodePathQuery, type PathNode } from './GraphExplorerPage.query';
import { explorePath } from './paths';

/** The page of any node of the graph; kinds without a page of their own open in the explorer. */
export function pageOfNode(node: PathNode, lang: Lang): string {
  const id = encodeURIComponent(node.id);
  switch (node.__typename) {
    case 'Project':
      return `/${lang}/projects/${encodeURIComponent(node.slug)}`;
    case 'Organisation':
      return organisationPath(lang, node);
    case 'Deliverable':
      return `/${lang}/deliverables/${id}`;
    case 'Specification':
      return `/${lang}/specifications/${encodeURIComponent(node.slug)}`;
    case 'NationalService':
      return `/${lang}/services/${encodeURIComponent(node.slug)}`;
    case 'FundingCall':
      return `/${lang}/funding/${node.year}`;
    case 'Grant':
      return node.project
        ? `/${lang}/projects/${encodeURIComponent(node.project.slug)}`
        : `/${lang}/funding/${node.call.year}`;
    case 'Region':
      return `/${lang}/regions`;
    default:
      return explorePath(lang, node.id);
  }
}

/** `/{lang}/nodes/:id`: looks up what the node is and replaces itself with its page. */
export default function NodePage() {
  const { lang } = useT();
  const { id = '' } = useParams();
  const [{ data, error }, retry] = useQuery({ query: NodePathQuery, variables: { id } });
  if (data?.node) return <Navigate to={pageOfNode(data.node, lang)} replace />;
  if (data && !data.node) return <NotFound />;
  if (error && isNotFound(error)) return <NotFound />;
  if (error) return <LoadError error={error} onRetry={() => retry({ requestPolicy: 'network-only' })} />;
  return <PageSkeleton />;
}
