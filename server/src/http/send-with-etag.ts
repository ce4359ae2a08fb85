import type { Response } from 'express';
import { createHash } from 'node:crypto';

/**
 * Sends a body with a weak ETag (a hash of the body), so a harvester of the catalogue or a feed
 * reader can revalidate: Express answers 304 when If-None-Match matches. The app sends no ETag
 * by default (app.ts): hashing every GraphQL answer buys nothing for POSTed queries.
 */
export function sendWithEtag(res: Response, body: string): void {
  res.setHeader('etag', `W/"${createHash('sha1').update(body).digest('base64url')}"`);
  res.send(body);
}
