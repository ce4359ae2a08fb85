import { suomifiDesignTokens } from 'suomifi-ui-components';
// sigma, graphology and ForceAtlas2 live in this module only, loaded when a graph is drawn: the
// list view and the rest of the site never download them.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import type { GraphEdgeItem, GraphNodeItem } from './GraphExplorerPage.query';
import { colourOfKind } from './kinds';
import { drawNodeHover, drawNodeLabel } from './node-label';

export interface DrawnGraph {
  kill: () => void;
}

export interface DrawOptions {
  /** The centre node: drawn largest and labelled. */
  centre: string;
  onClickNode: (id: string) => void;
  /** Called once the layout has finished (or its time ran out). */
  onLayoutDone?: () => void;
}

/** Most ForceAtlas2 iterations: small graphs settle fully, 5,000 nodes get a fair shape in a few seconds. */
const MAX_ITERATIONS = 300;
const MAX_LAYOUT_MS = 4000;
/** Work per animation frame, so that scrolling and typing stay responsive while it runs. */
const FRAME_BUDGET_MS = 12;

/**
 * Places nodes on rings by their distance from the centre, spread by a golden-angle spiral: a
 * readable start that ForceAtlas2 only has to refine (fewer iterations than from random points).
 */
function initialPosition(index: number, hops: number): { x: number; y: number } {
  if (hops === 0) return { x: 0, y: 0 };
  const angle = index * 2.399963;
  const r = hops * 10 + (index % 7);
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}

/**
 * Draws the nodes and edges with sigma (WebGL) in `container` and lays them out with ForceAtlas2
 * in small chunks per frame. Throws when WebGL or sigma fails, so that the caller can fall back.
 */
export function drawGraph(
  container: HTMLElement,
  nodes: readonly GraphNodeItem[],
  edges: readonly GraphEdgeItem[],
  options: DrawOptions,
): DrawnGraph {
  const graph = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
  nodes.forEach((n, i) => {
    graph.addNode(n.id, {
      ...initialPosition(i, n.hops),
      label: n.label,
      color: colourOfKind(n.typename),
      size: 4,
    });
  });
  for (const e of edges) {
    if (e.source === e.target || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    graph.mergeEdge(e.source, e.target, { color: suomifiDesignTokens.colors.depthBase, size: 1, type: 'arrow' });
  }
  graph.forEachNode((id) => {
    const size = id === options.centre ? 14 : Math.min(12, 3 + Math.sqrt(graph.degree(id)) * 1.5);
    graph.setNodeAttribute(id, 'size', size);
  });

  const renderer = new Sigma(graph, container, {
    labelColor: { color: suomifiDesignTokens.colors.blackBase },
    labelRenderedSizeThreshold: nodes.length > 500 ? 9 : 5,
    // Labels near the right edge go left of their node, or onto lines: never cut by the edge.
    defaultDrawNodeLabel: drawNodeLabel,
    defaultDrawNodeHover: drawNodeHover,
    defaultEdgeType: 'arrow',
    zIndex: true,
  });
  renderer.on('clickNode', ({ node }) => options.onClickNode(node));
  // A pointer over a node says it can be clicked.
  renderer.on('enterNode', () => (container.style.cursor = 'pointer'));
  renderer.on('leaveNode', () => (container.style.cursor = ''));

  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > 1000,
  };
  const maxIterations = graph.order > 2000 ? 100 : MAX_ITERATIONS;
  const started = performance.now();
  let done = 0;
  let frame = 0;
  let killed = false;
  const step = () => {
    if (killed) return;
    const frameStart = performance.now();
    while (done < maxIterations && performance.now() - frameStart < FRAME_BUDGET_MS) {
      forceAtlas2.assign(graph, { iterations: 1, settings });
      done += 1;
    }
    if (done < maxIterations && performance.now() - started < MAX_LAYOUT_MS) frame = requestAnimationFrame(step);
    else options.onLayoutDone?.();
  };
  if (graph.order > 1) frame = requestAnimationFrame(step);
  else options.onLayoutDone?.();

  return {
    kill: () => {
      killed = true;
      cancelAnimationFrame(frame);
      renderer.kill();
    },
  };
}
