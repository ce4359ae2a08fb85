import type { RequestHandler } from 'express';

/**
 * Answers 503 UNAVAILABLE (retryable) when a request has had no response within `ms`, instead of
 * leaving the client hanging on a slow resolver; whatever the request still writes is dropped.
 */
export function deadline(ms: number): RequestHandler {
  return (_req, res, next) => {
    // Started once per response: the cache's fast path starts it before reading a body.
    if (res.locals.deadline) return next();
    res.locals.deadline = true;
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      res.status(503).setHeader('retry-after', '5');
      res.json({
        errors: [
          {
            message: 'The request took too long; please retry or ask for less.',
            extensions: { code: 'UNAVAILABLE', retryable: true, requestId: res.locals.requestId },
          },
        ],
      });
    }, ms);
    timer.unref();
    res.on('close', () => clearTimeout(timer));
    res.on('finish', () => clearTimeout(timer));
    next();
  };
}
