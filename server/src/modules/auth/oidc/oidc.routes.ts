import type { MikroORM } from '@mikro-orm/postgresql';
import { Router, type CookieOptions, type Request, type Response } from 'express';
import { randomBytes } from 'node:crypto';
import type { Config } from '../../../config.js';
import { isDatabaseUnavailable } from '../../../graphql/format-error.js';
import type { Logger } from '../../../logger.js';
import { sha256 } from '../auth.crypto.js';
import { readCookie, SESSION_COOKIE } from '../auth.viewer.js';
import { isInvalidResponse, isProviderUnavailable, OidcClient } from './oidc.client.js';
import { OidcTransaction } from './oidc-transaction.entity.js';
import { OidcSignInError, profileOf, signInWithOidc } from './oidc.service.js';
import { OIDC_CALLBACK_PATH, OIDC_LOGIN_PATH, safeReturnTo, signInErrorPath } from './return-to.js';

/** The cookie naming the sign-in under way (a random token; the row holds its sha256). */
export const OIDC_COOKIE = 'kg_oidc';
const COOKIE_PATH = '/auth/oidc';
/** How long a sign-in at the provider may take. */
const TRANSACTION_TTL_MS = 10 * 60 * 1000;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

interface TransactionRow {
  state: string;
  nonce: string;
  code_verifier: string;
  return_to: string;
  expires_at: Date | string;
}

interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
  expiresAt: Date;
}

const CONSUME_SQL = `delete from oidc_transaction where id = ? returning state, nonce, code_verifier, return_to, expires_at`;

/**
 * Single sign-on with OpenID Connect (authorization code flow with PKCE):
 *
 * - `GET /auth/oidc/login?returnTo=/fi/...` stores state, nonce, PKCE verifier and returnTo in an
 *   `oidc_transaction` row named by a short-lived HttpOnly SameSite=Lax cookie and redirects to
 *   the provider.
 * - `GET /auth/oidc/callback` consumes the row, lets openid-client check state, issuer, code,
 *   PKCE and the ID token (nonce), finds or creates the user, starts a session (the `kg_session`
 *   cookie) and redirects to returnTo. Every refusal redirects to `/<lang>/sign-in?error=<code>`.
 *
 * With single sign-on off (no OIDC_* settings) both answer 404.
 */
export function oidcRoutes(config: Config, orm: MikroORM, log: Logger): Router {
  const router = Router();
  const settings = config.oidc;
  if (!settings) {
    router.get([OIDC_LOGIN_PATH, OIDC_CALLBACK_PATH], (_req, res) => {
      res.status(404).json({ error: 'sso_disabled', message: 'Single sign-on is not configured.' });
    });
    return router;
  }
  const oidc = new OidcClient(settings);
  const transactionCookie: CookieOptions = {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.cookieSecure,
    path: COOKIE_PATH,
  };
  // The same options as the session cookie set by the GraphQL sign-in (app.ts).
  const sessionCookie: CookieOptions = { httpOnly: true, sameSite: 'lax', secure: config.cookieSecure, path: '/' };

  const fail = (res: Response, code: string, returnTo?: string) => {
    res.setHeader('cache-control', 'no-store');
    res.redirect(302, signInErrorPath(code, returnTo));
  };
  const unexpected = (res: Response, err: unknown, step: string, returnTo?: string) => {
    const code = isProviderUnavailable(err)
      ? 'provider_unavailable'
      : isDatabaseUnavailable(err)
        ? 'unavailable'
        : 'server_error';
    log[code === 'server_error' ? 'error' : 'warn']({ err, requestId: res.locals.requestId }, `oidc ${step} failed`);
    fail(res, code, returnTo);
  };

  router.get(OIDC_LOGIN_PATH, async (req: Request, res: Response) => {
    const returnTo = safeReturnTo(req.query.returnTo);
    try {
      const { url, checks } = await oidc.start();
      const token = randomBytes(32).toString('base64url');
      const em = orm.em.fork();
      await em.nativeDelete(OidcTransaction, { expiresAt: { $lt: new Date() } });
      const expiresAt = new Date(Date.now() + TRANSACTION_TTL_MS);
      await em.insert(OidcTransaction, {
        id: sha256(token),
        state: checks.state,
        nonce: checks.nonce,
        codeVerifier: checks.codeVerifier,
        returnTo,
        createdAt: new Date(),
        expiresAt,
      });
      res.cookie(OIDC_COOKIE, token, { ...transactionCookie, expires: expiresAt });
      res.setHeader('cache-control', 'no-store');
      res.redirect(302, url.href);
    } catch (err) {
      unexpected(res, err, 'login', returnTo);
    }
  });

  router.get(OIDC_CALLBACK_PATH, async (req: Request, res: Response) => {
    res.clearCookie(OIDC_COOKIE, transactionCookie);
    const token = readCookie(req.headers.cookie, OIDC_COOKIE);
    if (!token || !TOKEN.test(token)) return fail(res, 'invalid_state');
    let tx: PendingSignIn | undefined;
    try {
      // One use: the row is gone whatever happens next.
      const rows = await orm.em
        .fork()
        .getConnection()
        .execute<TransactionRow[]>(CONSUME_SQL, [sha256(token)], 'all');
      tx = rows[0] && {
        state: rows[0].state,
        nonce: rows[0].nonce,
        codeVerifier: rows[0].code_verifier,
        returnTo: rows[0].return_to,
        expiresAt: new Date(rows[0].expires_at),
      };
    } catch (err) {
      return unexpected(res, err, 'callback');
    }
    if (!tx) return fail(res, 'invalid_state');
    const returnTo = safeReturnTo(tx.returnTo);
    if (tx.expiresAt.getTime() <= Date.now()) return fail(res, 'expired', returnTo);
    const query = new URL(req.originalUrl, 'http://callback.invalid').search;
    const params = new URLSearchParams(query);
    if (params.get('state') !== tx.state) return fail(res, 'invalid_state', returnTo);
    if (params.has('error')) return fail(res, 'provider_error', returnTo);
    try {
      const claims = await oidc.finish(query, { state: tx.state, nonce: tx.nonce, codeVerifier: tx.codeVerifier });
      const profile = profileOf(claims, settings.allowedEmailDomains);
      const previous = readCookie(req.headers.cookie, SESSION_COOKIE);
      const signedIn = await signInWithOidc(orm.em, profile, {
        sessionTtlSeconds: config.sessionTtlSeconds,
        replaceSessionId: previous && TOKEN.test(previous) ? sha256(previous) : null,
      });
      log.info({ requestId: res.locals.requestId, userId: signedIn.userId, outcome: signedIn.outcome }, 'oidc sign-in');
      res.cookie(SESSION_COOKIE, signedIn.token, { ...sessionCookie, expires: signedIn.expiresAt });
      res.setHeader('cache-control', 'no-store');
      res.redirect(302, returnTo);
    } catch (err) {
      if (err instanceof OidcSignInError) return fail(res, err.code, returnTo);
      if (isInvalidResponse(err) && !isProviderUnavailable(err)) {
        log.warn({ err, requestId: res.locals.requestId }, 'oidc response refused');
        return fail(res, 'invalid_response', returnTo);
      }
      unexpected(res, err, 'callback', returnTo);
    }
  });
  return router;
}
