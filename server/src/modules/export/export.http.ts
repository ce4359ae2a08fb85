import type { MikroORM } from '@mikro-orm/postgresql';
import type { Request, RequestHandler, Response } from 'express';
import { Lang } from '../../domain/enums.js';
import { isDatabaseUnavailable } from '../../graphql/format-error.js';
import type { Logger } from '../../logger.js';

/** A client mistake on an export route: answered as JSON with its status, never a 500. */
export class ExportError extends Error {
  constructor(
    readonly status: 400 | 404 | 406 | 422,
    readonly code: 'BAD_USER_INPUT' | 'NOT_FOUND' | 'NOT_ACCEPTABLE' | 'NOT_EXPORTABLE',
    message: string,
    readonly argumentName?: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** `{ errors: [{ message, extensions: { code } }] }`, the same shape /graphql and /api/files use. */
export function sendJsonError(res: Response, status: number, code: string, message: string, extra = {}): void {
  res
    .status(status)
    .type('application/json')
    .json({ errors: [{ message, extensions: { code, requestId: res.locals.requestId as string, ...extra } }] });
}

/** Wraps an async route: known errors become 4xx JSON, an unreachable database 503, the rest a logged 500. */
export function route(log: Logger, fn: (req: Request, res: Response) => Promise<void>): RequestHandler {
  return async (req, res) => {
    try {
      await fn(req, res);
    } catch (err) {
      if (res.headersSent) {
        log.error({ err, requestId: res.locals.requestId }, 'export failed while streaming');
        res.destroy(err as Error);
        return;
      }
      if (err instanceof ExportError) {
        return sendJsonError(res, err.status, err.code, err.message, {
          ...(err.argumentName ? { argumentName: err.argumentName } : {}),
          ...err.details,
        });
      }
      if (isDatabaseUnavailable(err)) {
        res.setHeader('retry-after', '5');
        return sendJsonError(res, 503, 'UNAVAILABLE', 'The service is temporarily unavailable; please retry.', {
          retryable: true,
        });
      }
      log.error({ err, requestId: res.locals.requestId }, 'export failed');
      sendJsonError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    }
  };
}

/**
 * A 400 for a parameter the route does not take (a misspelt filter would otherwise be ignored,
 * and the answer taken for a filtered one).
 */
export function onlyParams(req: Request, allowed: readonly string[]): void {
  const unknown = Object.keys(req.query).find((k) => !allowed.includes(k));
  if (unknown !== undefined) {
    throw new ExportError(
      400,
      'BAD_USER_INPUT',
      `Unknown parameter "${unknown.slice(0, 60)}"; this export takes ${allowed.join(', ')}.`,
      unknown.slice(0, 60),
    );
  }
}

/** One query parameter as a single string (repeated parameters are a 400). */
export function single(req: Request, name: string): string | undefined {
  const v = req.query[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw new ExportError(400, 'BAD_USER_INPUT', `"${name}" must be given once.`, name);
  if (v.length > 500 || v.includes('\u0000'))
    throw new ExportError(400, 'BAD_USER_INPUT', `"${name}" must be at most 500 characters, without NUL.`, name);
  return v;
}

/** A list parameter: repeated (`?x=a&x=b`) or comma-separated (`?x=a,b`); at most 50 values. */
export function list(req: Request, name: string): string[] {
  const v = req.query[name];
  if (v === undefined) return [];
  const raw = (Array.isArray(v) ? v : [v]).map((x) => {
    if (typeof x !== 'string') throw new ExportError(400, 'BAD_USER_INPUT', `"${name}" is invalid.`, name);
    return x;
  });
  const values = raw
    .flatMap((x) => x.split(','))
    .map((x) => x.trim())
    .filter(Boolean);
  if (values.length > 50 || values.some((x) => x.length > 100 || x.includes('\u0000'))) {
    throw new ExportError(
      400,
      'BAD_USER_INPUT',
      `"${name}" may list at most 50 values of at most 100 characters.`,
      name,
    );
  }
  return values;
}

/** Values of a list parameter that must each be one of `allowed`. */
export function enumList<T extends string>(req: Request, name: string, allowed: Record<string, T>): T[] {
  const values = list(req, name);
  const ok = new Set<string>(Object.values(allowed));
  const bad = values.find((v) => !ok.has(v));
  if (bad !== undefined) {
    throw new ExportError(
      400,
      'BAD_USER_INPUT',
      `"${name}" has an unknown value "${bad}"; expected one of ${[...ok].join(', ')}.`,
      name,
    );
  }
  return values as T[];
}

/** `?lang=fi|sv|en` (default fi). */
export function langParam(req: Request): Lang {
  const v = single(req, 'lang');
  if (v === undefined || v === '') return Lang.fi;
  if (v === 'fi' || v === 'sv' || v === 'en') return v as Lang;
  throw new ExportError(400, 'BAD_USER_INPUT', '"lang" must be fi, sv or en.', 'lang');
}

/** `?page=N` (1-based, default 1). */
export function pageNumber(req: Request, max = 100_000): number {
  const v = single(req, 'page');
  if (v === undefined || v === '') return 1;
  if (!/^[1-9][0-9]{0,8}$/.test(v) || Number(v) > max) {
    throw new ExportError(400, 'BAD_USER_INPUT', `"page" must be a whole number from 1 to ${max}.`, 'page');
  }
  return Number(v);
}

const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\[[0-9A-Fa-f:.]{2,45}\])(?::[0-9]{1,5})?$/;

/** The origin the client used (links in exports are absolute); a malformed Host header falls back to localhost. */
export function requestOrigin(req: Request): string {
  const host = req.get('host') ?? '';
  return `${req.protocol === 'https' ? 'https' : 'http'}://${HOST.test(host) ? host : 'localhost'}`;
}

/** Runs read SQL on a fork of the ORM (statements are counted like every other read). */
export function sqlRunner(orm: MikroORM) {
  const em = orm.em.fork();
  return <T>(sql: string, params: unknown[] = []) => em.getConnection().execute<T[]>(sql, params, 'all');
}
export type SqlRun = ReturnType<typeof sqlRunner>;
