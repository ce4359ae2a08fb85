import { Button, Heading } from 'suomifi-ui-components';
import { Notice } from '../../app/Notice';
import { useCallback, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { isNotFound } from '../../app/errors';
import { formatNumber } from '../../app/format';
import { useT } from '../../app/i18n';
import { LoadError } from '../../app/LoadError';
import { NotFound } from '../../app/NotFound';
import { Skeleton } from '../../app/Skeleton';
import { usePageTitle } from '../../app/usePageTitle';
import { GraphExplorerQuery } from './GraphExplorerPage.query';
import { GraphView } from './GraphView';
import { KindLegend, NodeList } from './NodeList';
import { nodePath } from './paths';
import { hasWebGL } from './webgl';
import '../charts/data-table.css';
import './graph-explorer.css';

export const HOPS = [1, 2] as const;
export const LIMITS = [100, 500, 1000, 5000] as const;

function intParam(value: string | null, allowed: readonly number[], fallback: number): number {
  const n = Number(value);
  return allowed.includes(n) ? n : fallback;
}

/** `/{lang}/explore/:id`: a node's neighbourhood drawn as a graph, and as lists. */
export default function GraphExplorerPage() {
  const { t, lang } = useT();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const hops = intParam(params.get('hops'), HOPS, 1);
  const limit = intParam(params.get('limit'), LIMITS, 500);
  const [webgl] = useState(hasWebGL);
  const [drawFailed, setDrawFailed] = useState(false);
  const canDraw = webgl && !drawFailed;
  const view = canDraw && params.get('view') !== 'list' ? 'graph' : 'list';

  const [{ data, error, fetching }, retry] = useQuery({
    query: GraphExplorerQuery,
    variables: { node: id, hops, limit, lang },
  });
  const hood = data?.neighbourhood;
  usePageTitle(hood ? t('explore.title', { name: hood.centre.label }) : t('explore.heading'));

  const set = (key: string, value: string | null) =>
    setParams(
      (p) => {
        if (value === null) p.delete(key);
        else p.set(key, value);
        return p;
      },
      { replace: true, preventScrollReset: true },
    );
  const onOpen = useCallback((nodeId: string) => void navigate(nodePath(lang, nodeId)), [navigate, lang]);
  const onFail = useCallback(() => setDrawFailed(true), []);

  if (!hood && error) {
    if (isNotFound(error)) return <NotFound message={t('explore.notFound')} />;
    return (
      <>
        <Heading variant="h1">{t('explore.heading')}</Heading>
        <LoadError
          error={error}
          message={t('explore.loadError')}
          onRetry={() => retry({ requestPolicy: 'network-only' })}
        />
      </>
    );
  }

  return (
    <>
      <Heading variant="h1">
        {hood ? (
          <>
            {t('explore.headingFor')}{' '}
            <span lang={hood.centre.labelLang && hood.centre.labelLang !== lang ? hood.centre.labelLang : undefined}>
              {hood.centre.label}
            </span>
          </>
        ) : (
          t('explore.heading')
        )}
      </Heading>
      <p className="lead">{t('explore.intro')}</p>
      {hood && (
        <p>
          <Link to={nodePath(lang, hood.centre.id)}>{t('explore.openCentre', { name: hood.centre.label })}</Link>
        </p>
      )}

      <div className="explore-controls">
        <fieldset className="segmented">
          <legend>{t('explore.hopsLabel')}</legend>
          {HOPS.map((h) => (
            <label key={h}>
              <input
                type="radio"
                name="hops"
                value={h}
                checked={hops === h}
                onChange={() => set('hops', h === 1 ? null : String(h))}
              />{' '}
              {t('explore.hops', { count: h })}
            </label>
          ))}
        </fieldset>
        <label className="select-label">
          {t('explore.limitLabel')}{' '}
          <select value={limit} onChange={(e) => set('limit', e.target.value === '500' ? null : e.target.value)}>
            {LIMITS.map((l) => (
              <option key={l} value={l}>
                {formatNumber(l, lang)}
              </option>
            ))}
          </select>
        </label>
        {canDraw && (
          <div className="view-toggle" role="group" aria-label={t('explore.viewLabel')}>
            <Button
              variant={view === 'graph' ? 'default' : 'secondary'}
              aria-pressed={view === 'graph'}
              onClick={() => set('view', null)}
            >
              {t('explore.viewGraph')}
            </Button>
            <Button
              variant={view === 'list' ? 'default' : 'secondary'}
              aria-pressed={view === 'list'}
              onClick={() => set('view', 'list')}
            >
              {t('explore.viewList')}
            </Button>
          </div>
        )}
      </div>

      {!canDraw && (
        <Notice tone="warning" role="note">
          <p>{t(drawFailed ? 'explore.drawFailed' : 'explore.noWebGL')}</p>
        </Notice>
      )}

      {!hood ? (
        <Skeleton lines={8} label={t('explore.loading')} />
      ) : (
        <>
          <p className="count" aria-live="polite">
            {t('explore.summary', {
              nodes: formatNumber(hood.nodes.length, lang),
              edges: formatNumber(hood.edges.length, lang),
            })}
            {fetching && <span className="muted"> {t('loading')}</span>}
          </p>
          {hood.truncated && (
            <Notice tone="warning">
              <p>{t('explore.truncated', { limit: formatNumber(limit, lang) })}</p>
            </Notice>
          )}
          <KindLegend nodes={hood.nodes} />
          {view === 'graph' ? (
            <>
              <GraphView
                nodes={hood.nodes}
                edges={hood.edges}
                centre={hood.centre.id}
                onOpen={onOpen}
                onFail={onFail}
              />
              <p className="muted">{t('explore.graphHelp')}</p>
            </>
          ) : (
            <NodeList nodes={hood.nodes} edges={hood.edges} centre={hood.centre.id} />
          )}
        </>
      )}
    </>
  );
}
