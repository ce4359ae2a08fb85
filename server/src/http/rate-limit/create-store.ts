import type { Logger } from '../../logger.js';
import type { BucketPolicy, RateLimitStore } from './bucket.js';
import { MemoryStore } from './memory-store.js';
import { RedisStore } from './redis-store.js';

export interface RateLimitSettings {
  /** Points a principal may spend per window, sustained. */
  points: number;
  windowSeconds: number;
  /** Bucket capacity: what may be spent at once. */
  burst: number;
  /** Shared buckets in Redis when set; else in memory. */
  redisUrl: string | undefined;
  redisKeyPrefix: string;
}

export function bucketPolicy(s: RateLimitSettings): BucketPolicy {
  return { capacity: s.burst, ratePerSecond: s.points / s.windowSeconds };
}

/** The store the settings ask for: Redis when a URL is configured, else this process's memory. */
export function createRateLimitStore(s: RateLimitSettings, log: Logger): RateLimitStore {
  const policy = bucketPolicy(s);
  return s.redisUrl
    ? new RedisStore(policy, { url: s.redisUrl, keyPrefix: s.redisKeyPrefix }, log)
    : new MemoryStore(policy);
}
