import { Link } from 'react-router';
import { useQuery } from 'urql';
import { enumLabel, useT } from '../../app/i18n';
import type { Lang } from '../../app/lang';
import { LoadError } from '../../app/LoadError';
import { LocalizedText, TextFragment } from '../../app/LocalizedText';
import { Skeleton } from '../../app/Skeleton';
import { graphql, type ResultOf } from '../../graphql';
import { deliverablePath } from '../deliverable/paths';
import { OrgLink } from './OrgLink';
import { Section } from './Section';

export const ReuseChainQuery = graphql(
  `
    query ReuseChain_Query($node: ID!, $lang: Lang!) {
      reuseChain(node: $node, depth: 2) {
        truncated
        nodes {
          __typename
          id
          ... on Project {
            slug
            name(lang: $lang) {
              ...LocalizedText_TextFragment
            }
          }
          ... on Deliverable {
            title(lang: $lang) {
              ...LocalizedText_TextFragment
            }
          }
          ... on Organisation {
            municipalityCode
            name(lang: $lang) {
              ...LocalizedText_TextFragment
            }
          }
        }
        edges {
          source
          target
          type
        }
      }
    }
  `,
  [TextFragment],
);

type ChainNode = ResultOf<typeof ReuseChainQuery>['reuseChain']['nodes'][number];

function NodeLabel({ node, lang }: { node: ChainNode | undefined; lang: Lang }) {
  if (!node) return null;
  if ('slug' in node)
    return (
      <Link to={`/${lang}/projects/${encodeURIComponent(node.slug)}`}>
        <LocalizedText value={node.name} />
      </Link>
    );
  if ('title' in node)
    return (
      <Link to={deliverablePath(lang, node.id)}>
        <LocalizedText value={node.title} />
      </Link>
    );
  // Joint municipal authorities and associations too, by their id.
  if ('municipalityCode' in node) return <OrgLink org={node} />;
  return <>{node.id}</>;
}

/**
 * What the project produced, what it continued or led to, and who adopted the results, as
 * sentences ("Seutudigi produced Seutudigi final report"). Its own query: the page does not wait.
 */
export function ReuseChain({ projectId }: { projectId: string }) {
  const { t, lang } = useT();
  const [{ data, error }, retry] = useQuery({ query: ReuseChainQuery, variables: { node: projectId, lang } });
  const title = t('project.reuseChain');
  if (!data) {
    return (
      <Section title={title} empty={false}>
        {error ? (
          <LoadError
            error={error}
            message={t('project.reuseLoadError')}
            onRetry={() => retry({ requestPolicy: 'network-only' })}
          />
        ) : (
          <Skeleton lines={2} />
        )}
      </Section>
    );
  }
  const { nodes, edges } = data.reuseChain;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return (
    <Section title={title} empty={edges.length === 0} emptyText={t('project.noReuse')}>
      <ul>
        {edges.map((e) => (
          <li key={`${e.source}-${e.type}-${e.target}`}>
            <NodeLabel node={byId.get(e.source)} lang={lang} /> {enumLabel(t, 'graphEdge', e.type)}{' '}
            <NodeLabel node={byId.get(e.target)} lang={lang} />
          </li>
        ))}
      </ul>
    </Section>
  );
}
