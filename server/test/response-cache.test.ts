import { describe, expect, it } from 'vitest';
import { dataChanged } from '../src/graphql/response-cache/generation.js';
import { ByteLru } from '../src/graphql/response-cache/lru.js';
import type { Broadcast } from '../src/cluster/broadcast.js';
import { ResponseCache } from '../src/graphql/response-cache/response-cache.js';

describe('ByteLru', () => {
  it('evicts the least recently used entries beyond its byte budget', () => {
    const lru = new ByteLru<string>(10);
    lru.set('a', 'A', 4);
    lru.set('b', 'B', 4);
    expect(lru.get('a')).toBe('A'); // a is now the most recently used
    lru.set('c', 'C', 4); // 12 > 10: b goes
    expect([lru.get('a'), lru.get('b'), lru.get('c')]).toEqual(['A', undefined, 'C']);
    expect(lru.bytes).toBe(8);
    lru.set('huge', 'H', 11);
    expect(lru.get('huge')).toBeUndefined();
  });
});

describe('ResponseCache', () => {
  const result = { data: { x: 1 } };

  it('never serves an entry after a write, nor keeps one computed across a write', async () => {
    const cache = new ResponseCache({ maxBytes: 1 << 20 });
    const key = ResponseCache.key({ query: '{ x }', variables: {}, lang: 'fi' });
    const g = cache.generation();
    cache.set(key, g, result);
    expect(cache.get(key)).toEqual(result);
    dataChanged();
    expect(cache.get(key)).toBeUndefined();
    cache.set(key, g, result); // computed before the write: refused
    expect(cache.get(key)).toBeUndefined();
    cache.close();
  });

  it('keys by language and variables', () => {
    const k = (lang: string, variables: object) => ResponseCache.key({ query: '{ x }', variables, lang });
    expect(k('fi', {})).not.toBe(k('sv', {}));
    expect(k('fi', { a: 1 })).not.toBe(k('fi', { a: 2 }));
    expect(k('fi', { a: 1 })).toBe(k('fi', { a: 1 }));
  });

  it('publishes local writes and drops its entries on a remote one', async () => {
    let remote: (message: string) => void = () => {};
    let published = 0;
    const broadcast: Broadcast = {
      publish: () => void published++,
      subscribe: (cb) => void (remote = cb),
    };
    const cache = new ResponseCache({ maxBytes: 1 << 20, broadcast });
    const key = ResponseCache.key({ query: '{ y }', lang: 'en' });
    cache.set(key, cache.generation(), result);
    remote('');
    expect(cache.get(key)).toBeUndefined();
    expect(published).toBe(0);
    dataChanged();
    expect(published).toBe(1);
    cache.close();
  });
});

describe('ResponseCache over Redis (127.0.0.1:6379)', () => {
  it('publishes its writes to the other instances and drops its entries on theirs', async () => {
    const { Redis } = await import('ioredis');
    const { redisBus } = await import('../src/cluster/redis-bus.js');
    const { createLogger } = await import('../src/logger.js');
    const other = new Redis('redis://127.0.0.1:6379'); // stands for another instance
    const otherSub = new Redis('redis://127.0.0.1:6379');
    const heard: string[] = [];
    await otherSub.subscribe('kuntagraph:data-changed');
    otherSub.on('message', (_c, sender) => heard.push(sender));
    const bus = redisBus('redis://127.0.0.1:6379', createLogger('silent'));
    const cache = new ResponseCache({ maxBytes: 1 << 20, broadcast: bus.channel('kuntagraph:data-changed') });
    await new Promise((r) => setTimeout(r, 300)); // the cache's subscription is up
    const key = ResponseCache.key({ query: '{ z }', lang: 'fi' });
    cache.set(key, cache.generation(), { data: { z: 1 } });
    await other.publish('kuntagraph:data-changed', 'another-instance');
    await expect.poll(() => cache.get(key), { timeout: 3000 }).toBeUndefined();
    dataChanged();
    await expect.poll(() => heard.filter((h) => h !== 'another-instance').length, { timeout: 3000 }).toBe(1);
    cache.close();
    await bus.close();
    other.disconnect();
    otherSub.disconnect();
  });
});
