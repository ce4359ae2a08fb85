import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import { readCookie, SESSION_COOKIE } from '../../modules/auth/auth.viewer.js';
import type { RateLimitStore } from '../../http/rate-limit/bucket.js';
import { pointsFor } from '../../http/rate-limit/rate-limit.plugin.js';
import { langFromHeader } from '../context.js';
import type { ResponseCache } from './response-cache.js';

/*
 * The response cache in front of Apollo. An anonymous POST whose bytes (with its Accept header
 * and language) were answered from or into the cache before is answered here, without parsing,
 * validating or planning it again: the same bytes are the same document, variables and limits,
 * so Apollo's answer would be the cached one. The rate limit still takes the operation's
 * points; when they do not fit, Apollo handles the request and answers 429. Anything else — a
 * session cookie, an Authorization header, a request not seen, a write since — goes to Apollo.
 */

const rawBodies = new WeakMap<IncomingMessage, Buffer>();

/** express.json's `verify` hook: keeps the bytes of the body for the request key. */
export function keepRawBody(req: IncomingMessage, body: Buffer): void {
  rawBodies.set(req, body);
}

export interface FastPathOptions {
  cache: ResponseCache;
  /** The rate limit's store, when rate limiting is on. */
  rateLimit?: RateLimitStore;
}

/** Runs after express.json, before Apollo; `res.locals.responseCacheKey` carries the request key to the context. */
export function responseCacheFastPath({ cache, rateLimit }: FastPathOptions): RequestHandler {
  return async (req, res, next) => {
    try {
      const raw = rawBodies.get(req);
      if (
        !cache.enabled ||
        req.method !== 'POST' ||
        !raw ||
        req.headers.authorization !== undefined ||
        readCookie(req.headers.cookie, SESSION_COOKIE) !== null
      )
        return next();
      const requestKey = createHash('sha256')
        .update(`${langFromHeader(req.get('accept-language'))}\u0000${req.get('accept') ?? ''}\u0000`)
        .update(raw)
        .digest('base64url');
      const answer = cache.forRequest(requestKey);
      if (!answer) {
        res.locals.responseCacheKey = requestKey;
        res.once('finish', () => {
          const type = res.getHeader('content-type');
          if (res.statusCode === 200 && typeof type === 'string') cache.sentAs(requestKey, type);
        });
        return next();
      }
      if (rateLimit) {
        const state = await rateLimit.take(`ip:${req.ip ?? 'unknown'}`, pointsFor(answer.cost ?? 0));
        // Over the limit: Apollo answers 429 THROTTLED (with Retry-After) as for any request.
        if (state && !state.allowed) return next();
        if (state) {
          res.setHeader('x-ratelimit-limit', String(state.limit));
          res.setHeader('x-ratelimit-remaining', String(state.remaining));
          res.setHeader('x-ratelimit-reset', String(state.resetAt));
        }
      }
      res.setHeader('x-cache', 'hit');
      res.setHeader('content-type', answer.contentType);
      res.status(200).end(answer.json);
    } catch (err) {
      next(err);
    }
  };
}
