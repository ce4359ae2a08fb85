/** A leaky bucket: it holds up to `capacity` points and drains `ratePerSecond` points a second. */
export interface BucketPolicy {
  capacity: number;
  ratePerSecond: number;
}

/** What a take (or a look) found, in the terms of the x-ratelimit-* headers. */
export interface BucketState {
  /** False when the points did not fit: nothing was taken. */
  allowed: boolean;
  /** The bucket's capacity (x-ratelimit-limit). */
  limit: number;
  /** Points that fit now (x-ratelimit-remaining). */
  remaining: number;
  /** Unix time (s) at which the bucket is empty again (x-ratelimit-reset). */
  resetAt: number;
  /** Seconds until the points would fit (Retry-After); 0 when allowed. */
  retryAfterSeconds: number;
}

/** Where buckets live: one process (memory) or shared by every instance (Redis). */
export interface RateLimitStore {
  /**
   * Takes `points` from the principal's bucket if they fit; 0 points only looks; negative
   * points give back what was taken and not used (never below an empty bucket). Null: the store
   * failed.
   */
  take(principal: string, points: number): Promise<BucketState | null>;
  close(): Promise<void>;
}

/** The level after draining from `at` to `now` (ms). */
export function drained(level: number, at: number, now: number, policy: BucketPolicy): number {
  return Math.max(0, level - ((now - at) / 1000) * policy.ratePerSecond);
}

/** The state reported for a bucket at `level` after a take that was (or was not) allowed. */
export function stateOf(
  level: number,
  points: number,
  allowed: boolean,
  now: number,
  policy: BucketPolicy,
): BucketState {
  const over = allowed ? 0 : level + points - policy.capacity;
  return {
    allowed,
    limit: policy.capacity,
    remaining: Math.max(0, Math.floor(policy.capacity - level)),
    resetAt: Math.ceil(now / 1000 + level / policy.ratePerSecond),
    retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil(over / policy.ratePerSecond)),
  };
}
