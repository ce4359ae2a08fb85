import { drained, stateOf, type BucketPolicy, type BucketState, type RateLimitStore } from './bucket.js';

interface Bucket {
  level: number;
  at: number;
}

/** Buckets in this process's memory: for a single instance (the default). */
export class MemoryStore implements RateLimitStore {
  private readonly buckets = new Map<string, Bucket>();
  private takes = 0;

  constructor(
    private readonly policy: BucketPolicy,
    private readonly now: () => number = Date.now,
  ) {}

  async take(principal: string, points: number): Promise<BucketState> {
    const now = this.now();
    const b = this.buckets.get(principal);
    const level = b ? drained(b.level, b.at, now, this.policy) : 0;
    const allowed = level + points <= this.policy.capacity;
    const after = allowed ? Math.max(0, level + points) : level;
    if (points !== 0 && (after > 0 || b)) this.buckets.set(principal, { level: after, at: now });
    if (++this.takes % 1000 === 0) this.sweep(now);
    return stateOf(after, points, allowed, now, this.policy);
  }

  /** Forgets empty buckets so that memory follows the active principals only. */
  private sweep(now: number) {
    for (const [k, b] of this.buckets) if (drained(b.level, b.at, now, this.policy) === 0) this.buckets.delete(k);
  }

  /** Buckets held (for tests). */
  get size(): number {
    return this.buckets.size;
  }

  async close(): Promise<void> {
    this.buckets.clear();
  }
}
