import { useEffect, useRef, useState } from 'react';
import { useT } from '../../app/i18n';
import type { GraphEdgeItem, GraphNodeItem } from './GraphExplorerPage.query';

/**
 * The drawn graph (sigma on WebGL). Loads the renderer when shown; when it cannot draw (no
 * WebGL, a failing renderer), says so through `onFail` and the page shows the list instead.
 */
export function GraphView({
  nodes,
  edges,
  centre,
  onOpen,
  onFail,
}: {
  nodes: readonly GraphNodeItem[];
  edges: readonly GraphEdgeItem[];
  centre: string;
  onOpen: (id: string) => void;
  onFail: (error: unknown) => void;
}) {
  const { t } = useT();
  const container = useRef<HTMLDivElement>(null);
  const [layingOut, setLayingOut] = useState(true);
  // The latest callbacks without redrawing the graph when the parent re-renders.
  const callbacks = useRef({ onOpen, onFail });
  callbacks.current = { onOpen, onFail };

  useEffect(() => {
    let drawn: { kill: () => void } | undefined;
    let live = true;
    setLayingOut(true);
    import('./sigma-renderer')
      .then(({ drawGraph }) => {
        if (!live || !container.current) return;
        drawn = drawGraph(container.current, nodes, edges, {
          centre,
          onClickNode: (id) => callbacks.current.onOpen(id),
          onLayoutDone: () => live && setLayingOut(false),
        });
      })
      .catch((err: unknown) => live && callbacks.current.onFail(err));
    return () => {
      live = false;
      drawn?.kill();
    };
  }, [nodes, edges, centre]);

  return (
    <div className="graph-canvas-wrap">
      <div
        ref={container}
        className="graph-canvas"
        role="img"
        aria-label={t('explore.canvasLabel', { count: nodes.length })}
      />
      <p className="visually-hidden" role="status">
        {layingOut ? t('explore.layingOut') : ''}
      </p>
    </div>
  );
}
