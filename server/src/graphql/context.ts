import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { Lang } from '../domain/enums.js';
import type { ApiKeyCache } from '../modules/auth/api-key-cache.js';
import { lookupViewer, type Credentials, type Viewer } from '../modules/auth/auth.viewer.js';
import { Loaders } from './loaders.js';
import { Sql } from './sql.js';

/** Sets and clears the session cookie of the current response (a recorder in tests). */
export interface SessionCookie {
  set(token: string, expires: Date): void;
  clear(): void;
}

/** Session settings the auth mutations need. */
export interface AuthSettings {
  /** Sliding session lifetime. */
  sessionTtlSeconds: number;
}

export const DEFAULT_AUTH: AuthSettings = { sessionTtlSeconds: 14 * 24 * 3600 };

const noCookie: SessionCookie = { set() {}, clear() {} };

/** What every resolver gets: built once per request. */
export interface Context {
  requestId: string;
  /** A fork of the EntityManager for this request (writes go through it). */
  em: EntityManager;
  sql: Sql;
  loaders: Loaders;
  /** Content language when a field's `lang` argument is not given. */
  lang: Lang;
  /** Who is calling; null when anonymous. */
  viewer: Viewer | null;
  cookie: SessionCookie;
  auth: AuthSettings;
  /** The HTTP request's key in the response cache's request index (response-cache/fast-path.ts). */
  responseCacheKey?: string;
}

/** Picks fi, sv or en from an Accept-Language header (default fi). */
export function langFromHeader(header: string | undefined): Lang {
  if (!header) return Lang.fi;
  for (const part of header.split(',')) {
    const code = part.trim().slice(0, 2).toLowerCase();
    if (code === 'fi' || code === 'sv' || code === 'en') return code as Lang;
  }
  return Lang.fi;
}

export interface ContextOptions {
  requestId?: string;
  acceptLanguage?: string;
  viewer?: Viewer | null;
  cookie?: SessionCookie;
  auth?: AuthSettings;
  /** API keys checked within the last minute (the app's one cache); none: every key is looked up. */
  apiKeys?: ApiKeyCache;
}

/**
 * A context for a known viewer (anonymous by default): no SQL. The EntityManager fork, the SQL
 * runner and the loaders are made on first use: a request answered from the response cache
 * needs none of them. They are getters on the prototype over one shared holder, because Apollo
 * hands resolvers a shallow copy of the context (its own properties copied): the copy makes the
 * same fork as the original, once.
 */
export function createContext(orm: MikroORM, opts: ContextOptions = {}): Context {
  return new RequestContext(orm, opts);
}

class RequestContext implements Context {
  requestId: string;
  lang: Lang;
  viewer: Viewer | null;
  cookie: SessionCookie;
  auth: AuthSettings;
  responseCacheKey?: string;
  private readonly made: { orm: MikroORM; em?: EntityManager; sql?: Sql; loaders?: Loaders };

  constructor(orm: MikroORM, opts: ContextOptions) {
    this.requestId = opts.requestId ?? randomUUID();
    this.lang = langFromHeader(opts.acceptLanguage);
    this.viewer = opts.viewer ?? null;
    this.cookie = opts.cookie ?? noCookie;
    this.auth = opts.auth ?? DEFAULT_AUTH;
    this.made = { orm };
  }

  get em(): EntityManager {
    return (this.made.em ??= this.made.orm.em.fork());
  }

  get sql(): Sql {
    if (!this.made.sql) {
      this.made.sql = new Sql(this.em);
      // The loaders register themselves on the runner (detail loaders find them there).
      this.made.loaders = new Loaders(this.made.sql);
    }
    return this.made.sql;
  }

  get loaders(): Loaders {
    if (!this.made.loaders) void this.sql; // made together with the Sql
    return this.made.loaders!;
  }
}

/**
 * The context of a request that may carry credentials (session cookie or Bearer API key):
 * one SQL statement finds the viewer, none when nothing is sent or the API key is in
 * `opts.apiKeys`. An invalid API key throws
 * UNAUTHENTICATED (HTTP 401).
 */
export async function createRequestContext(
  orm: MikroORM,
  credentials: Credentials,
  opts: ContextOptions = {},
): Promise<Context> {
  const ctx = createContext(orm, opts);
  if (!credentials.sessionToken && !credentials.authorization) return ctx;
  const found = await lookupViewer(ctx.em, credentials, ctx.auth.sessionTtlSeconds, opts.apiKeys);
  ctx.viewer = found.viewer;
  if (found.clearCookie) ctx.cookie.clear();
  if (found.renewedUntil) ctx.cookie.set(credentials.sessionToken!, found.renewedUntil);
  return ctx;
}
