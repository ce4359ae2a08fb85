import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { lazyImport } from '../lazy-import.js';
import type { Logger } from '../logger.js';
import type { Broadcast, Bus } from './broadcast.js';

/** ioredis (~24 MiB), loaded only when a Redis URL is configured. */
const loadIoredis = lazyImport(() => import('ioredis'));

/**
 * Channels between instances over Redis pub/sub: one publishing and one subscribed connection
 * for all channels. A message is "<sender id> <text>": an instance ignores its own. The
 * connections open as soon as ioredis is loaded (right after this call). Redis being down is
 * logged, not thrown: each instance still keeps its own caches right.
 */
export function redisBus(url: string, log: Logger): Bus {
  const me = randomUUID();
  const listeners = new Map<string, Array<(message: string) => void>>();
  const clients: Promise<{ pub: Redis; sub: Redis }> = loadIoredis().then(({ Redis }) => {
    const pub = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 1 });
    const sub = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 1 });
    for (const c of [pub, sub]) c.on('error', (err) => log.warn({ err }, 'instance bus: redis unavailable'));
    sub.on('message', (channel: string, raw: string) => {
      const space = raw.indexOf(' ');
      const sender = space < 0 ? raw : raw.slice(0, space);
      if (sender === me) return;
      const message = space < 0 ? '' : raw.slice(space + 1);
      for (const listener of listeners.get(channel) ?? []) listener(message);
    });
    return { pub, sub };
  });
  clients.catch((err: unknown) => log.warn({ err }, 'instance bus: redis unavailable'));
  return {
    channel(name: string): Broadcast {
      return {
        publish(message = '') {
          clients
            .then(({ pub }) => pub.publish(name, `${me} ${message}`))
            .catch((err) => log.warn({ err, channel: name }, 'instance bus: publish failed'));
        },
        subscribe(onRemote) {
          const first = !listeners.has(name);
          listeners.set(name, [...(listeners.get(name) ?? []), onRemote]);
          if (!first) return;
          clients
            .then(({ sub }) => sub.subscribe(name))
            .catch((err) => log.warn({ err, channel: name }, 'instance bus: subscribe failed'));
        },
      };
    },
    async close() {
      const c = await clients.catch(() => null);
      c?.pub.disconnect();
      c?.sub.disconnect();
    },
  };
}
