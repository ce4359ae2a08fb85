import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import { readCookie, SESSION_COOKIE } from '../../modules/auth/auth.viewer.js';
import type { RateLimitStore } from '../../http/rate-limit/bucket.js';
import { pointsFor } from '../../http/rate-limit/rate-limit.plugin.js';
import { langFromHeader } from '../context.js';
import type { ResponseCache } from './response-cache.js';

/*
 * The response cache in front of the GraphQL route. An anonymous POST /graphql whose bytes (with
 * its Accept header and language) were answered from or into the cache before is answered here,
 * first thing after the request id: no routing, body parsing, validating or planning again. The
 * same bytes are the same document, variables and limits, so Apollo's answer would be the cached
 * one. The rate limit still takes the operation's points; when they do not fit, Apollo handles
 * the request and answers 429. Anything else — a session cookie, an Authorization header, a
 * body in another encoding or charset, a request not seen, a write since — goes on as usual.
 *
 * Taking a request means reading its body here. One that is not a hit goes on with the body
 * already parsed by the route's own JSON parser (its limit, UTF-8 and syntax checks, run on the
 * bytes read), or with the parser's error, which the route raises where the parser would have.
 * A bare node:http server answering from memory did about 44,000 req/s on W2a and W3 on a
 * two-core machine where the cache behind Express's router and body parser did 9,500
 * (bench/README.md, the ceiling target): the hit's own path was the bound.
 */

const parsed = new WeakMap<IncomingMessage, { error: unknown }>();

export interface FastPathOptions {
  cache: ResponseCache;
  /** The rate limit's store, when rate limiting is on. */
  rateLimit?: RateLimitStore;
  /** The GraphQL route's JSON body parser (express.json with its limit and checks). */
  json: RequestHandler;
  /** The route's body limit in bytes: larger bodies are left to the route. */
  limit: number;
  /** The route's request deadline (http/deadline.ts): it runs from before the body is read, as there. */
  deadline: RequestHandler;
}

/** What the route's parser reads (express.json's default type), in UTF-8. */
const JSON_TYPE = /^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

/** Whether a request may be answered from the cache by its bytes alone. */
function eligible(req: IncomingMessage, limit: number): boolean {
  const length = Number(req.headers['content-length']);
  return (
    req.method === 'POST' &&
    (req.url === '/graphql' || req.url === '/graphql/') &&
    req.headers.authorization === undefined &&
    req.headers['content-encoding'] === undefined &&
    req.headers['transfer-encoding'] === undefined &&
    Number.isInteger(length) &&
    length > 0 &&
    length <= limit &&
    JSON_TYPE.test(req.headers['content-type'] ?? '') &&
    readCookie(req.headers.cookie, SESSION_COOKIE) === null
  );
}

/**
 * Application-level middleware, right after the request id; `res.locals.responseCacheKey`
 * carries a miss's request key to the context (the Apollo plugin stores the answer under it).
 */
export function responseCacheFastPath({ cache, rateLimit, json, limit, deadline }: FastPathOptions): RequestHandler {
  return (req, res, next) => {
    if (!cache.enabled || !eligible(req, limit)) return next();
    // A body sent slowly gets the route's 503 at the deadline, as before it was read here.
    deadline(req, res, () => undefined);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('error', next);
    req.on('end', () => {
      if (res.headersSent) return;
      const body = Buffer.concat(chunks);
      const requestKey = createHash('sha256')
        .update(`${langFromHeader(req.headers['accept-language'])}\u0000${req.headers.accept ?? ''}\u0000`)
        .update(body)
        .digest('base64url');
      answer(req, res, requestKey).then(
        (done) => (done ? undefined : miss(req, res, body, requestKey, next)),
        (err: unknown) => next(err),
      );
    });
  };

  /** Answers a hit (true); false when the request goes on. */
  async function answer(req: IncomingMessage, res: Parameters<RequestHandler>[1], requestKey: string) {
    const hit = cache.forRequest(requestKey);
    if (!hit) return false;
    if (rateLimit) {
      const state = await rateLimit.take(`ip:${(req as { ip?: string }).ip ?? 'unknown'}`, pointsFor(hit.cost ?? 0));
      // Over the limit: Apollo answers 429 THROTTLED (with Retry-After) as for any request.
      if (state && !state.allowed) return false;
      if (state) {
        res.setHeader('x-ratelimit-limit', String(state.limit));
        res.setHeader('x-ratelimit-remaining', String(state.remaining));
        res.setHeader('x-ratelimit-reset', String(state.resetAt));
      }
    }
    res.setHeader('x-cache', 'hit');
    res.setHeader('content-type', hit.contentType);
    res.status(200).end(hit.json);
    return true;
  }

  /** Parses the body read with the route's parser, then lets the request go on. */
  function miss(
    req: IncomingMessage & { body?: unknown },
    res: Parameters<RequestHandler>[1],
    body: Buffer,
    requestKey: string,
    next: (err?: unknown) => void,
  ) {
    const bytes = new Readable({
      read() {
        this.push(body);
        this.push(null);
      },
    });
    const replay = Object.assign(bytes, { headers: req.headers, method: req.method, url: req.url });
    json(replay as never, res, (err?: unknown) => {
      if (err) parsed.set(req, { error: err });
      else req.body = (replay as { body?: unknown }).body;
      res.locals.responseCacheKey = requestKey;
      res.once('finish', () => {
        const type = res.getHeader('content-type');
        if (res.statusCode === 200 && typeof type === 'string') cache.sentAs(requestKey, type);
      });
      next();
    });
  }
}

/** In the route, where its JSON parser runs: the parser's error for a body read by the fast path. */
export const bodyParsedAhead: RequestHandler = (req, _res, next) => {
  const ahead = parsed.get(req);
  next(ahead ? ahead.error : undefined);
};
