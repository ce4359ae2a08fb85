import type { Redis } from 'ioredis';
import { lazyImport } from '../../lazy-import.js';
import type { Logger } from '../../logger.js';
import { stateOf, type BucketPolicy, type BucketState, type RateLimitStore } from './bucket.js';
import { LEAKY_BUCKET_LUA } from './leaky-bucket-script.js';

/** ioredis (~24 MiB), loaded only when a Redis URL is configured. */
const loadIoredis = lazyImport(() => import('ioredis'));

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
  /** The client, made as soon as ioredis is loaded (right after construction). */
  private readonly redis: Promise<Redis & WithTake>;
  private down = false;
  /** Settles on the first connection (or its failure, or after 2 s): until then takes wait. */
  private readonly firstConnection: Promise<void>;

  constructor(
    private readonly policy: BucketPolicy,
    private readonly options: RedisStoreOptions,
    private readonly log: Logger,
  ) {
    this.redis = loadIoredis().then(({ Redis }) => {
      const redis = new Redis(options.url, {
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        connectTimeout: 2_000,
        commandTimeout: options.commandTimeoutMs ?? 1_000,
        retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
      }) as Redis & WithTake;
      redis.defineCommand('kgLeakyBucket', { numberOfKeys: 1, lua: LEAKY_BUCKET_LUA });
      redis.on('error', (err: Error) => this.failed(err));
      redis.on('ready', () => this.recovered());
      return redis;
    });
    this.firstConnection = new Promise((resolve) => {
      this.redis.then(
        (redis) => {
          redis.once('ready', () => resolve());
          redis.once('error', () => resolve());
        },
        (err: Error) => {
          this.failed(err);
          resolve();
        },
      );
      setTimeout(resolve, 2_000).unref();
    });
  }

  async take(principal: string, points: number): Promise<BucketState | null> {
    await this.firstConnection;
    try {
      const redis = await this.redis;
      const ratePerMs = String(this.policy.ratePerSecond / 1000);
      const [allowed, level, now] = await redis.kgLeakyBucket(
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
    (await this.redis.catch(() => null))?.disconnect();
  }
}
