import { Heading } from 'suomifi-ui-components';
import { Link } from 'react-router';
import { useT } from '../../app/i18n';
import type { Lang } from '../../app/lang';
import type { GraphEdgeItem, GraphNodeItem } from './GraphExplorerPage.query';
import { colourOfKind, sortKinds } from './kinds';
import { explorePath, nodePath } from './paths';

function NodeName({ node, lang, link = true }: { node: GraphNodeItem; lang: Lang; link?: boolean }) {
  const name = node.labelLang && node.labelLang !== lang ? <span lang={node.labelLang}>{node.label}</span> : node.label;
  return link ? <Link to={nodePath(lang, node.id)}>{name}</Link> : <strong>{name}</strong>;
}

/**
 * The graph as lists, for keyboards and screen readers and where the drawing is not possible:
 * nodes grouped by kind, each with its edges as sentences ("Oulu leads KAATIO").
 */
export function NodeList({
  nodes,
  edges,
  centre,
}: {
  nodes: readonly GraphNodeItem[];
  edges: readonly GraphEdgeItem[];
  centre: string;
}) {
  const { t, lang } = useT();
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edgesOf = new Map<string, GraphEdgeItem[]>();
  for (const e of edges) {
    for (const id of e.source === e.target ? [e.source] : [e.source, e.target]) {
      const list = edgesOf.get(id);
      if (list) list.push(e);
      else edgesOf.set(id, [e]);
    }
  }
  const groups = new Map<string, GraphNodeItem[]>();
  for (const n of nodes) {
    const list = groups.get(n.typename);
    if (list) list.push(n);
    else groups.set(n.typename, [n]);
  }

  return (
    <div className="node-list">
      {sortKinds(groups.keys()).map((kind) => {
        const members = groups.get(kind) ?? [];
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`} className="node-group">
            <Heading variant="h2" id={`kind-${kind}`}>
              <span className="swatch" style={{ background: colourOfKind(kind) }} aria-hidden="true" />{' '}
              {t(`explore.kind.${kind}`, { defaultValue: kind })} ({members.length})
            </Heading>
            <ul className="plain-list">
              {members.map((n) => (
                <li key={n.id} className="node-item">
                  <NodeName node={n} lang={lang} />{' '}
                  <span className="muted">
                    {n.id === centre ? t('explore.centre') : t('explore.hops', { count: n.hops })}
                  </span>
                  {n.id !== centre && (
                    <>
                      {' · '}
                      <Link to={explorePath(lang, n.id)} className="explore-here">
                        {t('explore.exploreHere')}
                        <span className="visually-hidden">: {n.label}</span>
                      </Link>
                    </>
                  )}
                  {(edgesOf.get(n.id)?.length ?? 0) > 0 && (
                    <ul className="node-edges">
                      {edgesOf.get(n.id)?.map((e) => {
                        const source = byId.get(e.source);
                        const target = byId.get(e.target);
                        if (!source || !target) return null;
                        return (
                          <li key={`${e.source}-${e.type}-${e.target}`}>
                            <NodeName node={source} lang={lang} link={source.id !== n.id} />{' '}
                            {t(`explore.edge.${e.type}`, { defaultValue: e.type })}{' '}
                            <NodeName node={target} lang={lang} link={target.id !== n.id} />
                          </li>
                        );
                      })}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/** The colours of the kinds shown, and how many of each. */
export function KindLegend({ nodes }: { nodes: readonly GraphNodeItem[] }) {
  const { t } = useT();
  const counts = new Map<string, number>();
  for (const n of nodes) counts.set(n.typename, (counts.get(n.typename) ?? 0) + 1);
  return (
    <ul className="plain-list kind-legend" aria-label={t('explore.legend')}>
      {sortKinds(counts.keys()).map((kind) => (
        <li key={kind}>
          <span className="swatch swatch-round" style={{ background: colourOfKind(kind) }} aria-hidden="true" />
          {t(`explore.kind.${kind}`, { defaultValue: kind })} ({counts.get(kind)})
        </li>
      ))}
    </ul>
  );
}
