import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { lazyImport } from '../../lazy-import.js';
import type { Logger } from '../../logger.js';
import type { GenerationBroadcast } from './response-cache.js';

const CHANNEL = 'kuntagraph:data-changed';

/** ioredis (~24 MiB), loaded only when a Redis URL is configured. */
const loadIoredis = lazyImport(() => import('ioredis'));

/**
 * "Data changed" over Redis pub/sub, so every instance drops its cached responses after a write
 * on any of them. Messages carry the sender's id: an instance ignores its own. The connections
 * open as soon as ioredis is loaded (right after this call).
 */
export function redisBroadcast(url: string, log: Logger): GenerationBroadcast {
  const me = randomUUID();
  const clients: Promise<{ pub: Redis; sub: Redis }> = loadIoredis().then(({ Redis }) => {
    const pub = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 1 });
    const sub = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 1 });
    for (const c of [pub, sub]) c.on('error', (err) => log.warn({ err }, 'response cache: redis unavailable'));
    return { pub, sub };
  });
  clients.catch((err: unknown) => log.warn({ err }, 'response cache: redis unavailable'));
  return {
    publish() {
      clients
        .then(({ pub }) => pub.publish(CHANNEL, me))
        .catch((err) => log.warn({ err }, 'response cache: publish failed'));
    },
    subscribe(onRemote) {
      clients
        .then(({ sub }) => {
          sub.on('message', (_channel, sender) => {
            if (sender !== me) onRemote();
          });
          return sub.subscribe(CHANNEL);
        })
        .catch((err) => log.warn({ err }, 'response cache: subscribe failed'));
    },
    async close() {
      const c = await clients.catch(() => null);
      c?.pub.disconnect();
      c?.sub.disconnect();
    },
  };
}
