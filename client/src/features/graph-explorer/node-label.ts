import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from 'sigma/rendering';
import { wrapText, type Measure } from '../../app/wrap-text';

/** Space between a node and its label, as sigma leaves it. */
const GAP = 3;
/** Space kept free at the canvas's left and right edges. */
const EDGE = 4;
/** Narrower than this, lines would be a word or less: a node off the edge keeps one line. */
const MIN_LINE = 80;
/** Line height of a label in lines, times the font size. */
const LEADING = 1.2;

export interface LabelPlacement {
  /** Where the lines start (`align` left) or end (`align` right). */
  x: number;
  align: 'left' | 'right';
  lines: string[];
}

/**
 * Where a node's label goes on a canvas `width` wide, so that the canvas's edge cuts none of it:
 * right of the node, as sigma draws it; left of it when only that side has room; when neither
 * side has room for the whole label, in lines on the roomier side.
 */
export function placeLabel(
  label: string,
  node: { x: number; size: number },
  width: number,
  measure: Measure,
): LabelPlacement {
  const right = { x: node.x + node.size + GAP, align: 'left' as const };
  const left = { x: node.x - node.size - GAP, align: 'right' as const };
  const rightRoom = width - EDGE - right.x;
  const leftRoom = left.x - EDGE;
  const full = measure(label);
  if (full <= rightRoom) return { ...right, lines: [label] };
  if (full <= leftRoom) return { ...left, lines: [label] };
  const room = Math.max(rightRoom, leftRoom);
  if (room < MIN_LINE) return { ...right, lines: [label] };
  return { ...(rightRoom >= leftRoom ? right : left), lines: wrapText(label, room, measure) };
}

type LabelData = Parameters<NodeLabelDrawingFunction>[1];
type LabelSettings = Parameters<NodeLabelDrawingFunction>[2];

/** The label's placement on this canvas, in its font (which this sets on `context`). */
function place(context: CanvasRenderingContext2D, data: LabelData, settings: LabelSettings): LabelPlacement | null {
  if (!data.label) return null;
  context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  return placeLabel(data.label, data, context.canvas.clientWidth, (s) => context.measureText(s).width);
}

function drawLines(context: CanvasRenderingContext2D, at: LabelPlacement, y: number, settings: LabelSettings) {
  const size = settings.labelSize;
  const first = y + size / 3 - ((at.lines.length - 1) * size * LEADING) / 2;
  context.save();
  context.fillStyle = settings.labelColor.color ?? '#000';
  context.textAlign = at.align;
  at.lines.forEach((line, i) => context.fillText(line, at.x, first + i * size * LEADING));
  context.restore();
}

/** sigma's label, kept inside the canvas (see placeLabel). */
export const drawNodeLabel: NodeLabelDrawingFunction = (context, data, settings) => {
  const at = place(context, data, settings);
  if (at) drawLines(context, at, data.y, settings);
};

/** sigma's hovered node: its label on a white box with a shadow, placed as drawNodeLabel places it. */
export const drawNodeHover: NodeHoverDrawingFunction = (context, data, settings) => {
  const PADDING = 2;
  const at = place(context, data, settings);
  context.save();
  context.fillStyle = '#FFF';
  context.shadowBlur = 8;
  context.shadowColor = '#000';
  context.beginPath();
  context.arc(data.x, data.y, data.size + PADDING, 0, Math.PI * 2);
  if (at) {
    const textWidth = Math.max(...at.lines.map((l) => context.measureText(l).width));
    const height = Math.max(at.lines.length * settings.labelSize * LEADING, settings.labelSize) + 2 * PADDING;
    // From the node's centre to the far end of the text; one filled path, one shadow.
    const far = at.align === 'left' ? at.x + textWidth + PADDING : at.x - textWidth - PADDING;
    context.rect(Math.min(data.x, far), data.y - height / 2, Math.abs(far - data.x), height);
  }
  context.fill();
  context.restore();
  if (at) drawLines(context, at, data.y, settings);
};
