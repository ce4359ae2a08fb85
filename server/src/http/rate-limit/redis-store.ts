import { Redis } from 'ioredis';
import type { Logger } from '../../logger.js';
import { stateOf, type BucketPolicy, type BucketState, type RateLimitStore } from './bucket.js';
import { LEAKY_BUCKET_LUA } from './leaky-bucket-script.js';

type TakeReply = [allowed: number, level: string, now: number];
interface WithTake {
  kgLeakyBucket(key: string, capacity: number, ratePerMs: string, points: number): Promise<TakeReply>;
}

export interface RedisStoreOptions {
  url: string;
  /** Prefix of every key (several apps or test runs can share a Redis). */
  keyPrefix: string;
  /** Time one command may take before the request goes on without a limit. */
  commandTimeoutMs?: number;
}

/**
 * Buckets in Redis, shared by every instance; each take is one atomic Lua script. When Redis
 * fails or is slow, requests are let through (fail open) and a warning is logged once per outage.
 */
export class RedisStore implements RateLimitStore {
  private readonly redis: Redis & WithTake;
  private down = false;
  /** Settles on the first connection (or its failure, or after 2 s): until then takes wait. */
  private readonly firstConnection: Promise<void>;

  constructor(
    private readonly policy: BucketPolicy,
    private readonly options: RedisStoreOptions,
    private readonly log: Logger,
  ) {
    this.redis = new Redis(options.url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2_000,
      commandTimeout: options.commandTimeoutMs ?? 1_000,
      retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
    }) as Redis & WithTake;
    this.redis.defineCommand('kgLeakyBucket', { numberOfKeys: 1, lua: LEAKY_BUCKET_LUA });
    this.redis.on('error', (err: Error) => this.failed(err));
    this.redis.on('ready', () => this.recovered());
    this.firstConnection = new Promise((resolve) => {
      this.redis.once('ready', () => resolve());
      this.redis.once('error', () => resolve());
      setTimeout(resolve, 2_000).unref();
    });
  }

  async take(principal: string, points: number): Promise<BucketState | null> {
    await this.firstConnection;
    try {
      const ratePerMs = String(this.policy.ratePerSecond / 1000);
      const [allowed, level, now] = await this.redis.kgLeakyBucket(
        this.options.keyPrefix + principal,
        this.policy.capacity,
        ratePerMs,
        points,
      );
      this.recovered();
      return stateOf(Number(level), points, allowed === 1, Number(now), this.policy);
    } catch (err) {
      this.failed(err as Error);
      return null;
    }
  }

  private failed(err: Error) {
    if (this.down) return;
    this.down = true;
    this.log.warn({ err: err.message }, 'rate limit: Redis unavailable, requests go through unlimited');
  }

  private recovered() {
    if (this.down) this.log.info('rate limit: Redis is back');
    this.down = false;
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
