import express, { Router } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** Serves the built web app at / with an index.html fallback for its client-side routes. */
export function staticClient(dist: string): Router {
  const router = Router();
  const index = path.join(dist, 'index.html');
  router.use(express.static(dist, { index: false, maxAge: '1h', setHeaders: noCacheForHtml }));
  router.get(/^\/(?!graphql|api\/|export\/|feeds\/|healthz|readyz).*/, (req, res, next) => {
    if (!existsSync(index)) {
      res
        .status(404)
        .type('text/plain')
        .send('The web app is not built: run `npm run build` (npm start does it for you).');
      return;
    }
    if (!req.accepts('html')) return next();
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}

function noCacheForHtml(res: import('express').Response, file: string) {
  if (file.endsWith('.html')) res.setHeader('cache-control', 'no-cache');
  else if (/[.-][A-Za-z0-9_-]{8,}\.(js|css|woff2?|svg|png)$/.test(file))
    res.setHeader('cache-control', 'public, max-age=31536000, immutable');
}
