import { randomUUID } from 'node:crypto';
import { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { createApp, type App } from '../src/app.js';
import { loadConfig, type Config } from '../src/config.js';
import type { Context } from '../src/graphql/context.js';
import { createAppServer } from '../src/http/app-server.js';
import { createLogger, type Logger } from '../src/logger.js';
import type { BucketPolicy } from '../src/http/rate-limit/bucket.js';
import { MemoryStore } from '../src/http/rate-limit/memory-store.js';
import { principalOf } from '../src/http/rate-limit/principal.js';
import { pointsFor } from '../src/http/rate-limit/rate-limit.plugin.js';
import { RedisStore } from '../src/http/rate-limit/redis-store.js';
import { createTestDatabase, type TestDatabase } from './db.js';

const REDIS_URL = 'redis://127.0.0.1:6379';
/** Keys of this run only, removed at the end. */
const prefix = `kg-test:${randomUUID()}:`;
const silent = createLogger('silent');
/** A bucket that does not drain during a test. */
const still = (capacity: number): BucketPolicy => ({ capacity, ratePerSecond: 1 / 3600 });

afterAll(async () => {
  const redis = new Redis(REDIS_URL);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
});

describe('points and principals', () => {
  it('charges cost / 100 rounded up, at least 1', () => {
    expect([0, 1, 100, 101, 25_000].map(pointsFor)).toEqual([1, 1, 1, 2, 250]);
  });

  it('keys the bucket by API key, then session, then address', () => {
    const viewer = { kind: 'USER', userId: 'u1', sessionId: 's1', apiKey: null } as unknown as Context['viewer'];
    const apiKey = {
      kind: 'API_KEY',
      userId: null,
      sessionId: null,
      apiKey: { id: 'k1' },
    } as unknown as Context['viewer'];
    const ctx = (v: Context['viewer']) => ({ viewer: v, clientAddress: '192.0.2.7' }) as unknown as Context;
    expect(principalOf(ctx(apiKey))).toBe('key:k1');
    expect(principalOf(ctx(viewer))).toBe('session:s1');
    expect(principalOf(ctx(null))).toBe('ip:192.0.2.7');
  });
});

describe('memory store', () => {
  it('takes until full, refuses with the time until the points fit, and drains over time', async () => {
    let now = 1_000_000;
    const store = new MemoryStore({ capacity: 10, ratePerSecond: 2 }, () => now);
    expect(await store.take('a', 6)).toMatchObject({ allowed: true, limit: 10, remaining: 4, retryAfterSeconds: 0 });
    const refused = await store.take('a', 6);
    expect(refused).toMatchObject({ allowed: false, remaining: 4, retryAfterSeconds: 1 });
    expect((await store.take('b', 10)).allowed).toBe(true);
    now += 1_000; // 2 points drained
    expect(await store.take('a', 6)).toMatchObject({ allowed: true, remaining: 0 });
    expect((await store.take('a', 1)).resetAt).toBe(Math.ceil(now / 1000 + 10 / 2));
    now += 5_000;
    expect(await store.take('a', 0)).toMatchObject({ allowed: true, remaining: 10 });
  });

  it('gives back unused points (negative), never below an empty bucket', async () => {
    const store = new MemoryStore(still(10));
    await store.take('a', 8);
    expect(await store.take('a', -5)).toMatchObject({ allowed: true, remaining: 7 });
    expect(await store.take('a', -50)).toMatchObject({ allowed: true, remaining: 10 });
    expect((await store.take('a', 10)).allowed).toBe(true);
  });

  it('a look (0 points) creates no bucket', async () => {
    const store = new MemoryStore(still(5));
    await store.take('nobody', 0);
    expect(store.size).toBe(0);
  });
});

describe('Redis store (real Redis on 127.0.0.1:6379)', () => {
  it('takes atomically: of 30 concurrent takes from two instances, exactly the capacity pass', async () => {
    const a = new RedisStore(still(10), { url: REDIS_URL, keyPrefix: prefix }, silent);
    const b = new RedisStore(still(10), { url: REDIS_URL, keyPrefix: prefix }, silent);
    try {
      const results = await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 ? a : b).take('atomic', 1)));
      expect(results.filter((r) => r?.allowed).length).toBe(10);
      const refused = results.find((r) => r && !r.allowed)!;
      expect(refused.remaining).toBe(0);
      expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(3600);
      const redis = new Redis(REDIS_URL);
      const ttl = await redis.pttl(`${prefix}atomic`);
      redis.disconnect();
      expect(ttl).toBeGreaterThan(0);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('gives back unused points (negative), never below an empty bucket', async () => {
    const store = new RedisStore(still(10), { url: REDIS_URL, keyPrefix: prefix }, silent);
    try {
      await store.take('refund', 8);
      expect(await store.take('refund', -5)).toMatchObject({ allowed: true, remaining: 7 });
      expect(await store.take('refund', -50)).toMatchObject({ allowed: true, remaining: 10 });
      expect((await store.take('refund', 10))?.allowed).toBe(true);
      expect((await store.take('refund', 1))?.allowed).toBe(false);
    } finally {
      await store.close();
    }
  });

  it('drains with the Redis clock', async () => {
    const store = new RedisStore({ capacity: 100, ratePerSecond: 1000 }, { url: REDIS_URL, keyPrefix: prefix }, silent);
    try {
      expect((await store.take('drain', 100))?.allowed).toBe(true);
      expect((await store.take('drain', 50))?.allowed).toBe(false);
      await new Promise((r) => setTimeout(r, 150));
      expect((await store.take('drain', 50))?.allowed).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('fails open with one logged warning when Redis is unreachable', async () => {
    const lines: string[] = [];
    const log = pino({ level: 'warn' }, new Writable({ write: (c, _e, cb) => (lines.push(String(c)), cb()) }));
    const store = new RedisStore(still(1), { url: 'redis://127.0.0.1:1', keyPrefix: prefix }, log);
    try {
      expect(await store.take('x', 1)).toBeNull();
      expect(await store.take('x', 1)).toBeNull();
      expect(lines.filter((l) => l.includes('Redis unavailable')).length).toBe(1);
    } finally {
      await store.close();
    }
  });
});

describe('over HTTP', () => {
  let db: TestDatabase;
  const running: { app: App; server: Server; base: string }[] = [];

  const start = async (config: Config, log: Logger = silent) => {
    const app = await createApp(config, db.orm, log);
    const server = createAppServer(app.handler);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const entry = { app, server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
    running.push(entry);
    return entry.base;
  };
  const configWith = (rateLimit: Partial<Config['rateLimit']>): Config => {
    const c = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
    return { ...c, rateLimit: { ...c.rateLimit, ...rateLimit } };
  };
  const post = (base: string, query: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });
  const CHEAP = '{ stats { projectCount } }';

  beforeAll(async () => {
    db = await createTestDatabase('rate_limit');
  });
  afterAll(async () => {
    for (const r of running) {
      await new Promise((done) => r.server.close(done));
      await r.app.close();
    }
    await db?.close();
  });

  it('two instances sharing Redis share a bucket; over it, 429 THROTTLED with Retry-After', async () => {
    const config = configWith({ redisUrl: REDIS_URL, redisKeyPrefix: `${prefix}shared:`, burst: 3, points: 1 });
    const [a, b] = [await start(config, createLogger('warn')), await start(config, createLogger('warn'))];
    const seen: [number, string | null][] = [];
    for (const base of [a, b, a]) {
      const res = await post(base, CHEAP);
      seen.push([res.status, res.headers.get('x-ratelimit-remaining')]);
    }
    expect(seen).toEqual([
      [200, '2'],
      [200, '1'],
      [200, '0'],
    ]);
    const refused = await post(b, CHEAP);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.headers.get('x-ratelimit-limit')).toBe('3');
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
    const body = (await refused.json()) as any;
    expect(body.errors[0].extensions.code).toBe('THROTTLED');
    expect(body.data).toBeUndefined();
    // Another principal (a client behind the trusted loopback proxy) has its own bucket.
    const other = await post(a, CHEAP, { 'x-forwarded-for': '198.51.100.9' });
    expect(other.status).toBe(200);
    expect(other.headers.get('x-ratelimit-remaining')).toBe('2');
  });

  it('charges cost / 100 and sends the headers on every response, errors included', async () => {
    const base = await start(configWith({ redisUrl: undefined, burst: 100, points: 1 }));
    const cheap = await post(base, CHEAP);
    expect(cheap.headers.get('x-ratelimit-remaining')).toBe('99');
    const reset = Number(cheap.headers.get('x-ratelimit-reset'));
    expect(reset).toBeGreaterThan(Date.now() / 1000);
    // Asked: 1 + 100 projects x (project + name) = 201 nodes, 3 points; those must fit to run.
    // Returned: 1 + 2 per project there is (28 here, under 50): 1 point is kept, 2 given back.
    const page = await post(base, '{ projects(first: 100) { nodes { slug name { text } } } }');
    const projects = ((await page.json()) as any).data.projects.nodes.length;
    expect(projects).toBeGreaterThan(10);
    expect(projects).toBeLessThan(50);
    expect(page.headers.get('x-ratelimit-remaining')).toBe('98');
    const parseError = await post(base, '{ stats {');
    expect(parseError.status).toBe(400);
    expect(parseError.headers.get('x-ratelimit-remaining')).toBe('98');
    // Returned 1 + 2 x 100 = 201 nodes: all 3 points are kept (the estimate was exact).
    const full = await post(
      base,
      '{ a: projects(first: 100) { nodes { slug } } b: projects(first: 100) { nodes { slug } } }',
    );
    expect(((await full.json()) as any).extensions.cost).toEqual({
      requested: 202,
      actual: 2 + 2 * projects,
      limit: 25_000,
    });
    expect(full.headers.get('x-ratelimit-remaining')).toBe('97');
    // An answer with errors keeps every point of its estimate: 3 here, though it returned less.
    const failing = await post(base, '{ projects(first: 100) { nodes { slug name { text } } } node(id: "x") { id } }');
    expect(((await failing.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(failing.headers.get('x-ratelimit-remaining')).toBe('94');
    expect(parseError.headers.get('x-ratelimit-limit')).toBe('100');
  });

  it('a configured but unreachable Redis lets reads through (fail open), logged once', async () => {
    const lines: string[] = [];
    const log = pino({ level: 'warn' }, new Writable({ write: (c, _e, cb) => (lines.push(String(c)), cb()) }));
    const base = await start(configWith({ redisUrl: 'redis://127.0.0.1:1', burst: 3 }), log);
    for (let i = 0; i < 5; i++) {
      const res = await post(base, CHEAP);
      expect(res.status).toBe(200);
      expect(res.headers.get('x-ratelimit-remaining')).toBeNull();
    }
    expect(lines.filter((l) => l.includes('Redis unavailable')).length).toBe(1);
  });
});
