import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from '../../logger.js';
import type { GenerationBroadcast } from './response-cache.js';

const CHANNEL = 'kuntagraph:data-changed';

/**
 * "Data changed" over Redis pub/sub, so every instance drops its cached responses after a write
 * on any of them. Messages carry the sender's id: an instance ignores its own.
 */
export function redisBroadcast(url: string, log: Logger): GenerationBroadcast {
  const me = randomUUID();
  const pub = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 1 });
  const sub = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 1 });
  for (const c of [pub, sub]) c.on('error', (err) => log.warn({ err }, 'response cache: redis unavailable'));
  return {
    publish() {
      pub.publish(CHANNEL, me).catch((err) => log.warn({ err }, 'response cache: publish failed'));
    },
    subscribe(onRemote) {
      sub.subscribe(CHANNEL).catch((err) => log.warn({ err }, 'response cache: subscribe failed'));
      sub.on('message', (_channel, sender) => {
        if (sender !== me) onRemote();
      });
    },
    async close() {
      pub.disconnect();
      sub.disconnect();
    },
  };
}
