import { describe, expect, it, vi } from 'vitest';
import { placeLabel } from './node-label';

// sigma draws on WebGL, which happy-dom lacks: record what the renderer is given instead.
const sigma = vi.hoisted(() => ({ settings: [] as unknown[] }));
vi.mock('sigma', () => ({
  default: class {
    constructor(_graph: unknown, _container: unknown, settings: unknown) {
      sigma.settings.push(settings);
    }
    on() {}
    kill() {}
  },
}));

/** 7 px a letter, about 14 px Arial. */
const measure = (s: string) => s.length * 7;
const extent = (p: ReturnType<typeof placeLabel>) => {
  const w = Math.max(...p.lines.map(measure));
  return p.align === 'left' ? [p.x, p.x + w] : [p.x - w, p.x];
};

describe('placeLabel', () => {
  const label = 'Tampereen kaupunkiseudun kuntayhtymä'; // 36 letters, 252 px

  it('puts a label right of its node, as sigma does, when it fits there', () => {
    expect(placeLabel(label, { x: 100, size: 5 }, 1000, measure)).toEqual({ x: 108, align: 'left', lines: [label] });
  });

  it('puts it left of its node when it would run past the right edge', () => {
    expect(placeLabel(label, { x: 900, size: 5 }, 1000, measure)).toEqual({ x: 892, align: 'right', lines: [label] });
  });

  it('puts it in lines on the roomier side when neither side has room for all of it', () => {
    const long = 'KAATIO – Kaavan tuottaminen vakioidun tietomallin mukaisena eri ohjelmistoin';
    const placed = placeLabel(long, { x: 150, size: 14 }, 375, measure);
    expect(placed.align).toBe('left');
    expect(placed.lines.length).toBeGreaterThan(1);
    expect(placed.lines.join(' ')).toBe(long);
    const [start, end] = extent(placed);
    expect(start).toBeGreaterThan(150);
    expect(end).toBeLessThanOrEqual(375);
  });

  it('keeps every label of a node on the canvas within the canvas, wherever the node is', () => {
    for (const width of [320, 375, 1118])
      for (let x = 0; x <= width; x += 5) {
        const [start, end] = extent(placeLabel(label, { x, size: 4 }, width, measure));
        expect(start, `${x} of ${width}`).toBeGreaterThanOrEqual(0);
        expect(end, `${x} of ${width}`).toBeLessThanOrEqual(width);
      }
  });

  it('is how the graph draws its labels and its hovered node', async () => {
    const { drawGraph } = await import('./sigma-renderer');
    const { drawNodeHover, drawNodeLabel } = await import('./node-label');
    const node = { id: 'P1', label: 'KAATIO', labelLang: 'fi', typename: 'Project', hops: 0 } as const;
    drawGraph(document.createElement('div'), [node], [], { centre: 'P1', onClickNode: () => {} }).kill();
    expect(sigma.settings[0]).toMatchObject({
      defaultDrawNodeLabel: drawNodeLabel,
      defaultDrawNodeHover: drawNodeHover,
    });
  });
});
