/**
 * A small seeded PRNG (sfc32, seeded through splitmix32) with the helpers the generator needs.
 * Math.random cannot be seeded, and the same seed must give byte-identical data.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    // splitmix32 spreads small, similar seeds (1, 2, 3 ...) over the whole state.
    const next = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.float();
  }

  /** Uniform in [0, 1). */
  float(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) >>> 0;
    return t / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)];
  }

  /** One item, chosen with probability proportional to its weight. */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.float() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1][0];
  }

  /** Exponentially distributed, with the given mean: gives the long tails of real counts. */
  exponential(mean: number): number {
    return -Math.log(1 - this.float()) * mean;
  }

  /** Fisher-Yates, in place. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.float() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }

  /** Up to k distinct items, in the order drawn. */
  sample<T>(items: readonly T[], k: number): T[] {
    return this.shuffle([...items]).slice(0, Math.min(k, items.length));
  }
}

/**
 * Weighted draws from a fixed list by binary search over cumulative weights: the organisation
 * pools are drawn from hundreds of thousands of times, so the linear scan of `weighted` would show.
 */
export class WeightedTable<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(
    readonly items: readonly T[],
    weight: (item: T) => number,
  ) {
    let sum = 0;
    for (const item of items) {
      sum += Math.max(0, weight(item));
      this.cumulative.push(sum);
    }
    if (sum <= 0) throw new Error('WeightedTable: no item has a positive weight');
    this.total = sum;
  }

  draw(rng: Random): T {
    const r = rng.float() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo];
  }

  /** Up to k distinct items; gives up after a bounded number of draws rather than loop on tiny pools. */
  drawDistinct(rng: Random, k: number, exclude: ReadonlySet<T> = new Set()): T[] {
    const out: T[] = [];
    const seen = new Set<T>(exclude);
    for (let attempts = 0; out.length < k && attempts < k * 20; attempts++) {
      const item = this.draw(rng);
      if (seen.has(item)) continue;
      seen.add(item);
      out.push(item);
    }
    return out;
  }
}
