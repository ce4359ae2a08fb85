import type { MikroORM } from '@mikro-orm/postgresql';
import { Router, type Request, type Response } from 'express';
import type { IncomingMessage } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { isDatabaseUnavailable } from '../../graphql/format-error.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import { authorize } from '../auth/auth.policy.js';
import { mayEditFiles } from './file.policy.js';
import type { ApiKeyCache } from '../auth/api-key-cache.js';
import { lookupViewer, readCookie, SESSION_COOKIE, type Viewer } from '../auth/auth.viewer.js';
import { FileRequestError, sendError, toFileRequestError } from './file.errors.js';
import { fileById, releaseFacts } from './file.queries.js';
import { contentDisposition } from './filename.js';
import { MULTIPART_OVERHEAD, receiveFile, tooLarge } from './receive.js';
import type { FileStorage } from './storage.js';
import { createFileStorage, uploadTempDir } from './storage.factory.js';
import { acceptUpload, deleteFile, notFound } from './upload.service.js';

export interface FileRoutesOptions {
  orm: MikroORM;
  storage: FileStorage;
  /** Where uploads are streamed before they are checked. */
  tempDir: string;
  /** Largest accepted file in bytes. */
  maxBytes: number;
  sessionTtlSeconds: number;
  cookieSecure: boolean;
  log: Logger;
  /** The app's cache of checked API keys. */
  apiKeys?: ApiKeyCache;
}

/** The file routes for a configuration (storage chosen by FILE_STORAGE unless given). */
export function fileRoutes(
  config: Config,
  orm: MikroORM,
  log: Logger,
  apiKeys?: ApiKeyCache,
  storage: FileStorage = createFileStorage(config),
): Router {
  return fileRouter({
    apiKeys,
    orm,
    storage,
    tempDir: uploadTempDir(config),
    maxBytes: config.uploadMaxBytes,
    sessionTtlSeconds: config.sessionTtlSeconds,
    cookieSecure: config.cookieSecure,
    log,
  });
}

/** Headers a cross-site form cannot send: one of them must come with a cookie session. */
const CSRF_HEADERS = ['x-kuntagraph-upload', 'apollo-require-preflight'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** After refusing an upload, read at most this much more of its body so the client sees the answer. */
const DRAIN_BYTES = 1024 * 1024;
const DRAIN_MS = 5_000;

/**
 * `POST /api/files?release=<id>` (multipart, one file), `GET /api/files/:id` (download) and
 * `DELETE /api/files/:id`. Credentials, CSRF header and ownership are checked before the body
 * is read; files never go through GraphQL (ARCHITECTURE.md decision 7).
 */
export function fileRouter(opts: FileRoutesOptions): Router {
  const { orm, storage, log } = opts;
  const router = Router();
  const cookieOptions = { httpOnly: true, sameSite: 'lax' as const, secure: opts.cookieSecure, path: '/' };

  /** The writing viewer of a request, or 401 / 400 (cookie without CSRF header). */
  async function writer(req: Request, res: Response): Promise<Viewer> {
    const sessionToken = readCookie(req.headers.cookie, SESSION_COOKIE);
    const authorization = req.get('authorization');
    if (!sessionToken && !authorization) {
      throw new FileRequestError(401, 'UNAUTHENTICATED', 'Sign in or send an API key to change files.');
    }
    if (!authorization && !CSRF_HEADERS.some((h) => (req.get(h) ?? '') !== '')) {
      throw new FileRequestError(
        400,
        'CSRF_HEADER_REQUIRED',
        'Requests with a session cookie must send the header "x-kuntagraph-upload: 1".',
      );
    }
    const found = await lookupViewer(
      orm.em.fork(),
      { sessionToken, authorization },
      opts.sessionTtlSeconds,
      opts.apiKeys,
    );
    if (found.clearCookie) res.clearCookie(SESSION_COOKIE, cookieOptions);
    if (found.renewedUntil && sessionToken) {
      res.cookie(SESSION_COOKIE, sessionToken, { ...cookieOptions, expires: found.renewedUntil });
    }
    if (!found.viewer) throw new FileRequestError(401, 'UNAUTHENTICATED', 'Your session has expired: sign in again.');
    return found.viewer;
  }

  const fail = (req: Request, res: Response, err: unknown) => {
    const known = toFileRequestError(err);
    if (!req.complete) discardRest(req);
    if (known) return sendError(res, known);
    if (isDatabaseUnavailable(err)) {
      res.setHeader('retry-after', '5');
      return sendError(
        res,
        new FileRequestError(503, 'UNAVAILABLE', 'The service is temporarily unavailable; please retry.', {
          retryable: true,
        }),
      );
    }
    log.error({ err, requestId: res.locals.requestId }, 'file request failed');
    sendError(res, new FileRequestError(500, 'INTERNAL_SERVER_ERROR', 'Internal server error'));
  };

  router.post('/', async (req, res) => {
    try {
      const viewer = await writer(req, res);
      const releaseId = releaseParam(req.query.release);
      const release = await releaseFacts(orm.em.fork(), releaseId);
      if (!release) {
        throw new FileRequestError(404, 'NOT_FOUND', 'No release found for "release".', { argumentName: 'release' });
      }
      authorize(mayEditFiles(viewer, release.facts), 'Only editors of the release may upload files to it.');
      const declared = Number(req.get('content-length') ?? NaN);
      if (declared > opts.maxBytes + MULTIPART_OVERHEAD) throw tooLarge(opts.maxBytes);
      const received = await receiveFile(req, { maxBytes: opts.maxBytes, tempDir: opts.tempDir });
      const file = await acceptUpload(orm.em.fork(), storage, viewer, releaseId, received);
      res.status(201).location(file.url).json(file);
    } catch (err) {
      fail(req, res, err);
    }
  });

  router.get('/:id', async (req, res) => {
    try {
      const row = await fileById(orm.em.fork(), fileIdParam(req.params.id));
      if (!row) throw notFound();
      const etag = `"${row.sha256}"`;
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('content-security-policy', "default-src 'none'; sandbox");
      res.setHeader('cache-control', 'private, no-cache');
      res.setHeader('etag', etag);
      if (
        req
          .get('if-none-match')
          ?.split(/\s*,\s*/)
          .includes(etag)
      ) {
        res.status(304).end();
        return;
      }
      res.setHeader('content-type', row.mediaType === 'text/csv' ? 'text/csv; charset=utf-8' : row.mediaType);
      res.setHeader('content-length', String(row.byteSize));
      res.setHeader('content-disposition', contentDisposition(row.filename));
      if (req.method === 'HEAD') {
        res.status(200).end();
        return;
      }
      const body = await storage.get(row.storageKey);
      if (!body) {
        // Listed but its bytes are gone (a store shared by mistake, a restore without them): the
        // reader gets a plain 404, the operator an error in the log.
        log.error(
          { fileId: row.id, storageKey: row.storageKey, requestId: res.locals.requestId },
          'file object missing',
        );
        throw new FileRequestError(
          404,
          'NOT_FOUND',
          'The content of this file is missing; ask the project to upload it again.',
        );
      }
      res.status(200);
      await pipeline(body, res);
    } catch (err) {
      if (res.headersSent) {
        log.error({ err, requestId: res.locals.requestId }, 'file download failed');
        res.destroy();
        return;
      }
      res.removeHeader('content-disposition');
      res.removeHeader('content-type');
      res.removeHeader('content-length');
      res.removeHeader('etag');
      fail(req, res, err);
    }
  });

  router.delete('/:id', async (req, res) => {
    try {
      const viewer = await writer(req, res);
      await deleteFile(orm.em.fork(), storage, viewer, fileIdParam(req.params.id), log);
      res.status(204).end();
    } catch (err) {
      fail(req, res, err);
    }
  });

  const notAllowed = (allow: string) => (req: Request, res: Response) => {
    res.setHeader('allow', allow);
    fail(req, res, new FileRequestError(405, 'METHOD_NOT_ALLOWED', `Use ${allow.replace(', ', ' or ')} here.`));
  };
  router.all('/', notAllowed('POST'));
  router.all('/:id', notAllowed('GET, HEAD, DELETE'));

  return router;
}

function releaseParam(value: unknown): string {
  if (typeof value !== 'string' || value === '') {
    throw new FileRequestError(400, 'BAD_USER_INPUT', 'Name the release: POST /api/files?release=<Release id>.', {
      argumentName: 'release',
    });
  }
  return fromGlobalId(value, 'release', ['Release']).id;
}

/** A File's global id, or its uuid (the form of `File.downloadUrl`). */
function fileIdParam(value: string): string {
  return UUID.test(value) ? value : fromGlobalId(value, 'id', ['File']).id;
}

/**
 * After an early answer, reads and drops a bounded rest of the body so that the client, still
 * sending, gets the response instead of a reset; beyond that the connection is cut.
 */
function discardRest(req: IncomingMessage): void {
  req.unpipe();
  let seen = 0;
  const timer = setTimeout(() => req.destroy(), DRAIN_MS);
  timer.unref();
  const stop = () => clearTimeout(timer);
  req.on('data', (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > DRAIN_BYTES) {
      stop();
      req.destroy();
    }
  });
  req.once('end', stop);
  req.once('close', stop);
  req.resume();
}
