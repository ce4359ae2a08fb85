import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { NO_PASSWORD, verifyPassword } from '../src/modules/auth/auth.crypto.js';
import express from 'express';
import { authProvidersOf } from '../src/modules/auth/oidc/oidc.resolver.js';
import { oidcRoutes } from '../src/modules/auth/oidc/oidc.routes.js';
import { OidcSignInError, profileOf } from '../src/modules/auth/oidc/oidc.service.js';
import { safeReturnTo, signInErrorPath } from '../src/modules/auth/oidc/return-to.js';
import { createTestDatabase, type TestDatabase } from './db.js';

// Single sign-on end to end: a real OpenID Connect provider (oidc-provider, with its development
// login and consent forms) and Kuntagraph, both over real HTTP on loopback; the browser is
// played by fetch with manual redirects and a cookie jar per origin.

const CLIENT_ID = 'kuntagraph-test';
const CLIENT_SECRET = 'a-long-test-client-secret-0123456789';
const LABEL = 'Testikunta (OpenID Connect)';

interface Account {
  email?: string;
  email_verified?: boolean;
  name?: string;
}

/** The provider's people, by subject; tests add their own. */
const accounts = new Map<string, Account>();

let db: TestDatabase;
let app: App;
let kgServer: Server;
let idpServer: Server;
let kg: string;
let issuer: string;

const listen = async (server: Server) => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

beforeAll(async () => {
  db = await createTestDatabase('oidc', { seed: false });
  // Both servers listen first: the provider needs Kuntagraph's callback, Kuntagraph the issuer.
  let idpHandler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
  idpServer = createServer((req, res) => idpHandler(req, res));
  issuer = await listen(idpServer);
  let kgHandler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
  kgServer = createServer((req, res) => kgHandler(req, res));
  kg = await listen(kgServer);

  // oidc-provider ships no type declarations.
  const providerModule = 'oidc-provider';
  const { default: Provider } = (await import(providerModule)) as { default: any };
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [`${kg}/auth/oidc/callback`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    findAccount: async (_ctx: unknown, sub: string) => {
      const account = accounts.get(sub);
      return account ? { accountId: sub, claims: async () => ({ sub, ...account }) } : undefined;
    },
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    cookies: { keys: ['oidc-test-cookie-key'] },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
  });
  idpHandler = provider.callback();

  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    OIDC_ISSUER: issuer,
    OIDC_CLIENT_ID: CLIENT_ID,
    OIDC_CLIENT_SECRET: CLIENT_SECRET,
    OIDC_REDIRECT_URI: `${kg}/auth/oidc/callback`,
    OIDC_LABEL: LABEL,
  });
  app = await createApp(config, db.orm, createLogger('silent'));
  kgHandler = app.handler;
});
afterAll(async () => {
  await new Promise((r) => kgServer?.close(r));
  await new Promise((r) => idpServer?.close(r));
  await app?.close();
  await db?.close();
});

/** Cookies of one origin (name -> value and path), as a browser keeps them. */
class CookieJar {
  private cookies = new Map<string, { value: string; path: string }>();

  store(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';').map((p) => p.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      const attr = (key: string) =>
        attrs.find((a) => a.toLowerCase().startsWith(`${key}=`))?.slice(key.length + 1) ?? undefined;
      const expires = attr('expires');
      const maxAge = attr('max-age');
      const gone = value === '' || (expires && Date.parse(expires) <= Date.now()) || (maxAge && Number(maxAge) <= 0);
      if (gone) this.cookies.delete(name);
      else this.cookies.set(name, { value, path: attr('path') ?? '/' });
    }
  }

  header(url: URL): string {
    return [...this.cookies]
      .filter(
        ([, c]) => url.pathname === c.path || url.pathname.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`),
      )
      .map(([name, c]) => `${name}=${c.value}`)
      .join('; ');
  }

  get(name: string): string | undefined {
    return this.cookies.get(name)?.value;
  }
}

/** A browser: one cookie jar per origin. */
class Browser {
  private jars = new Map<string, CookieJar>();

  jar(origin: string): CookieJar {
    let jar = this.jars.get(origin);
    if (!jar) this.jars.set(origin, (jar = new CookieJar()));
    return jar;
  }

  async request(url: URL, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    const jar = this.jar(url.origin);
    const headers: Record<string, string> = { accept: 'text/html' };
    const cookie = jar.header(url);
    if (cookie) headers.cookie = cookie;
    if (init.form) headers['content-type'] = 'application/x-www-form-urlencoded';
    const res = await fetch(url, {
      method: init.method ?? (init.form ? 'POST' : 'GET'),
      headers,
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
      redirect: 'manual',
    });
    jar.store(res);
    return res;
  }
}

interface FlowOptions {
  /** Called with the callback URL before the browser follows it: may change it or the database. */
  beforeCallback?: (url: URL) => Promise<URL | void> | URL | void;
  /** Abort at the provider's login form instead of signing in. */
  abort?: boolean;
}

interface FlowResult {
  /** Where Kuntagraph's callback sent the browser (a path). */
  location: string;
  /** Status of the callback's answer. */
  status: number;
  /** The provider URL the login redirected to. */
  authorizeUrl: URL;
}

/**
 * Signs in at Kuntagraph through the provider: login route, authorize, the provider's login
 * form (as `subject`) and consent form, then the callback. Stops at the callback's answer.
 */
async function ssoSignIn(browser: Browser, subject: string, returnTo?: string, opts: FlowOptions = {}) {
  const start = new URL('/auth/oidc/login', kg);
  if (returnTo !== undefined) start.searchParams.set('returnTo', returnTo);
  let res = await browser.request(start);
  expect(res.status).toBe(302);
  let url = new URL(res.headers.get('location')!, start);
  const authorizeUrl = url;
  for (let step = 0; step < 20; step++) {
    if (url.origin === kg && url.pathname === '/auth/oidc/callback') {
      const changed = await opts.beforeCallback?.(url);
      if (changed) url = changed;
      res = await browser.request(url);
      return { location: res.headers.get('location')!, status: res.status, authorizeUrl } satisfies FlowResult;
    }
    res = await browser.request(url);
    if (res.status >= 300 && res.status < 400) {
      url = new URL(res.headers.get('location')!, url);
      continue;
    }
    expect(res.status, `${url.href}: ${await res.clone().text()}`).toBe(200);
    const html = await res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    expect(action).toBeTruthy();
    const target = new URL(action!.replace(/&amp;/g, '&'), url);
    if (prompt === 'login' && opts.abort) {
      res = await browser.request(new URL(`${target.pathname}/abort`, url));
    } else if (prompt === 'login') {
      res = await browser.request(target, { form: { prompt: 'login', login: subject, password: 'any password' } });
    } else {
      expect(prompt).toBe('consent');
      res = await browser.request(target, { form: { prompt: 'consent' } });
    }
    expect(res.status).toBeGreaterThanOrEqual(300);
    expect(res.status).toBeLessThan(400);
    url = new URL(res.headers.get('location')!, url);
  }
  throw new Error('too many redirects');
}

/** Runs a GraphQL operation at Kuntagraph with the browser's cookies. */
async function graphql(browser: Browser, query: string, variables?: Record<string, unknown>) {
  const url = new URL('/graphql', kg);
  const jar = browser.jar(url.origin);
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: jar.header(url) },
    body: JSON.stringify({ query, variables }),
  });
  jar.store(res);
  // Data and errors only (extensions carry the query cost).
  const { data, errors } = (await res.json()) as {
    data?: any;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  return errors ? { data, errors } : { data };
}

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  db.orm.em.getConnection().execute<T[]>(text, params, 'all');

async function usersWithEmail(email: string) {
  return sql<{ id: string; display_name: string; password_hash: string }>(
    `select id, display_name, password_hash from app_user where email = ?`,
    [email],
  );
}

async function counts() {
  const [row] = await sql<Record<string, string>>(
    `select (select count(*) from app_user) as users, (select count(*) from session) as sessions,
            (select count(*) from user_identity) as identities, (select count(*) from audit_event) as audits,
            (select count(*) from oidc_transaction) as transactions`,
  );
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)]));
}

/** A new person at the provider: subject, lower-case email. */
function person(account: Partial<Account> = {}) {
  const subject = `sub-${randomUUID()}`;
  const email = `sso-${randomUUID().slice(0, 8)}@testikunta.fi`;
  accounts.set(subject, { email, email_verified: true, name: 'Sanna Sso-Käyttäjä', ...account });
  return { subject, email: account.email?.toLowerCase() ?? email };
}

const ME = `{ me { email name } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { email } }`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { id email } }`;

describe('single sign-on with OpenID Connect', () => {
  it('offers the provider to the web app', async () => {
    const res = await graphql(
      new Browser(),
      `
        {
          authProviders {
            id
            label
            loginUrl
          }
        }
      `,
    );
    expect(res).toEqual({ data: { authProviders: [{ id: 'oidc', label: LABEL, loginUrl: '/auth/oidc/login' }] } });
  });

  it('signs up a new user through the provider, with state, nonce and PKCE, and starts a session', async () => {
    const { subject, email } = person({ name: 'Sanna Sso-Käyttäjä' });
    const browser = new Browser();
    const before = await counts();
    const flow = await ssoSignIn(browser, subject, '/fi/projects?sort=new');

    // The authorization request carried the checks.
    const params = flow.authorizeUrl.searchParams;
    expect(flow.authorizeUrl.origin).toBe(issuer);
    expect(params.get('client_id')).toBe(CLIENT_ID);
    expect(params.get('response_type')).toBe('code');
    expect(params.get('redirect_uri')).toBe(`${kg}/auth/oidc/callback`);
    expect(params.get('scope')).toBe('openid email profile');
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(params.get('state')).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(params.get('nonce')).toMatch(/^[A-Za-z0-9_-]{20,}$/);

    expect(flow.status).toBe(302);
    expect(flow.location).toBe('/fi/projects?sort=new');
    const token = browser.jar(kg).get('kg_session');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(browser.jar(kg).get('kg_oidc')).toBeUndefined();

    expect(await graphql(browser, ME)).toEqual({ data: { me: { email, name: 'Sanna Sso-Käyttäjä' } } });

    const [user] = await usersWithEmail(email);
    expect(user.password_hash).toBe(NO_PASSWORD);
    const identities = await sql(`select user_id, issuer, subject, email from user_identity where user_id = ?`, [
      user.id,
    ]);
    expect(identities).toEqual([{ user_id: user.id, issuer, subject, email }]);
    const sessions = await sql<{ id: string }>(`select id from session where user_id = ?`, [user.id]);
    expect(sessions).toHaveLength(1);
    expect(sessions[0].id).not.toBe(token);
    const audits = await sql<{ action: string; actor_user_id: string; after: Record<string, unknown> }>(
      `select action, actor_user_id, after from audit_event where node_id = ?`,
      [user.id],
    );
    expect(audits).toEqual([
      {
        action: 'user.signUpOidc',
        actor_user_id: user.id,
        after: { email, name: 'Sanna Sso-Käyttäjä', issuer, subject },
      },
    ]);
    expect(await counts()).toEqual({
      ...before,
      users: before.users + 1,
      identities: before.identities + 1,
      sessions: before.sessions + 1,
      audits: before.audits + 1,
    });
  });

  it('signs the same person in again as the same user (no duplicate), from a new browser', async () => {
    const { subject, email } = person();
    const first = new Browser();
    expect((await ssoSignIn(first, subject, '/fi')).location).toBe('/fi');
    const [user] = await usersWithEmail(email);
    const before = await counts();

    const second = new Browser();
    const flow = await ssoSignIn(second, subject, '/sv/');
    expect(flow.location).toBe('/sv/');
    expect((await graphql(second, ME)).data.me.email).toBe(email);
    expect(await usersWithEmail(email)).toHaveLength(1);
    expect(await sql(`select id from user_identity where subject = ?`, [subject])).toHaveLength(1);
    expect(await sql(`select id from session where user_id = ?`, [user.id])).toHaveLength(2);
    const actions = await sql<{ action: string }>(`select action from audit_event where node_id = ? order by at`, [
      user.id,
    ]);
    expect(actions.map((a) => a.action)).toEqual(['user.signUpOidc', 'user.signInOidc']);
    expect(await counts()).toEqual({ ...before, sessions: before.sessions + 1, audits: before.audits + 1 });

    // Signing in again in the first browser replaces its session rather than adding one.
    const oldToken = first.jar(kg).get('kg_session');
    await ssoSignIn(first, subject, '/fi');
    expect(first.jar(kg).get('kg_session')).not.toBe(oldToken);
    expect(await sql(`select id from session where user_id = ?`, [user.id])).toHaveLength(2);
  });

  it('links to an existing password account with the same verified email', async () => {
    const email = `linked-${randomUUID().slice(0, 8)}@testikunta.fi`;
    const passwordBrowser = new Browser();
    const up = await graphql(passwordBrowser, SIGN_UP, {
      input: { email, password: 'correct horse battery', name: 'Salasana Käyttäjä' },
    });
    expect(up.errors).toBeUndefined();
    const [user] = await usersWithEmail(email);
    const before = await counts();

    // The provider gives the address in another case: it is the same account.
    const { subject } = person({ email: email.toUpperCase(), name: 'Toinen Nimi' });
    const browser = new Browser();
    expect((await ssoSignIn(browser, subject, '/en/')).location).toBe('/en/');
    // Linking keeps the account as it was (name, password).
    expect(await graphql(browser, ME)).toEqual({ data: { me: { email, name: 'Salasana Käyttäjä' } } });
    expect(await usersWithEmail(email)).toEqual([{ ...user }]);
    expect(await sql(`select user_id, issuer, subject from user_identity where user_id = ?`, [user.id])).toEqual([
      { user_id: user.id, issuer, subject },
    ]);
    const audits = await sql<{ action: string; after: Record<string, unknown> }>(
      `select action, after from audit_event where node_id = ? order by at`,
      [user.id],
    );
    expect(audits.map((a) => a.action)).toEqual(['user.signUp', 'user.signInOidc']);
    expect(audits[1].after).toEqual({ issuer, subject, linked: true });
    expect(await counts()).toEqual({
      ...before,
      identities: before.identities + 1,
      sessions: before.sessions + 1,
      audits: before.audits + 1,
    });

    // The password still works.
    const signIn = await graphql(new Browser(), SIGN_IN, { input: { email, password: 'correct horse battery' } });
    expect(signIn).toEqual({ data: { signIn: { email } } });
  });

  it('refuses an unverified email: no user, identity or session', async () => {
    const { subject, email } = person({ email_verified: false });
    const browser = new Browser();
    const before = await counts();
    const flow = await ssoSignIn(browser, subject, '/sv/projekt');
    expect(flow).toMatchObject({ status: 302, location: '/sv/sign-in?error=email_unverified' });
    expect(browser.jar(kg).get('kg_session')).toBeUndefined();
    expect(await usersWithEmail(email)).toEqual([]);
    expect(await counts()).toEqual({ ...before });
    expect((await graphql(browser, ME)).data.me).toBeNull();
  });

  it('refuses an unverified email even when an account with it exists (no linking)', async () => {
    const email = `victim-${randomUUID().slice(0, 8)}@testikunta.fi`;
    expect(
      (await graphql(new Browser(), SIGN_UP, { input: { email, password: 'correct horse battery', name: 'Uhri' } }))
        .errors,
    ).toBeUndefined();
    const before = await counts();
    const { subject } = person({ email, email_verified: false });
    const flow = await ssoSignIn(new Browser(), subject);
    expect(flow.location).toBe('/fi/sign-in?error=email_unverified');
    expect(await sql(`select id from user_identity where subject = ?`, [subject])).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it('refuses an account without an email address', async () => {
    const subject = `sub-${randomUUID()}`;
    accounts.set(subject, { name: 'Ei Sähköpostia' });
    const before = await counts();
    expect((await ssoSignIn(new Browser(), subject)).location).toBe('/fi/sign-in?error=email_missing');
    expect(await counts()).toEqual(before);
  });

  it('refuses a tampered state: no session, no user', async () => {
    const { subject, email } = person();
    const browser = new Browser();
    const before = await counts();
    const flow = await ssoSignIn(browser, subject, '/fi', {
      beforeCallback: (url) => {
        const tampered = new URL(url);
        tampered.searchParams.set('state', `${url.searchParams.get('state')}x`);
        return tampered;
      },
    });
    expect(flow).toMatchObject({ status: 302, location: '/fi/sign-in?error=invalid_state' });
    expect(browser.jar(kg).get('kg_session')).toBeUndefined();
    expect(await usersWithEmail(email)).toEqual([]);
    // The transaction is used up too.
    expect(await counts()).toEqual(before);
  });

  it('refuses a callback without the browser’s transaction cookie, and a replayed callback', async () => {
    const { subject, email } = person();
    const before = await counts();
    let callback!: URL;
    // Another browser (an attacker's victim) opens the callback: it has no transaction.
    const flow = await ssoSignIn(new Browser(), subject, '/fi', {
      beforeCallback: async (url) => {
        callback = url;
        const res = await new Browser().request(url);
        expect(res.headers.get('location')).toBe('/fi/sign-in?error=invalid_state');
      },
    });
    // The real browser then completes; replaying its callback URL fails (the transaction is used up).
    expect(flow.location).toBe('/fi');
    const browser2 = new Browser();
    const replay = await browser2.request(callback);
    expect(replay.headers.get('location')).toBe('/fi/sign-in?error=invalid_state');
    expect(await usersWithEmail(email)).toHaveLength(1);
    expect(await counts()).toMatchObject({ users: before.users + 1, sessions: before.sessions + 1 });
  });

  it('refuses an expired transaction', async () => {
    const { subject, email } = person();
    const before = await counts();
    const flow = await ssoSignIn(new Browser(), subject, '/en/projects', {
      beforeCallback: async () => {
        await sql(`update oidc_transaction set expires_at = now() - interval '1 second'`);
      },
    });
    expect(flow.location).toBe('/en/sign-in?error=expired');
    expect(await usersWithEmail(email)).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it('answers a provider error (the person cancels) with a redirect, not a session', async () => {
    const { subject } = person();
    const before = await counts();
    const flow = await ssoSignIn(new Browser(), subject, '/fi', { abort: true });
    expect(flow.location).toBe('/fi/sign-in?error=provider_error');
    expect(await counts()).toEqual(before);
  });

  it('refuses a code redeemed with the wrong PKCE verifier', async () => {
    const { subject, email } = person();
    const before = await counts();
    const flow = await ssoSignIn(new Browser(), subject, '/fi', {
      beforeCallback: async () => {
        await sql(`update oidc_transaction set code_verifier = ?`, ['x'.repeat(43)]);
      },
    });
    expect(flow.location).toBe('/fi/sign-in?error=invalid_response');
    expect(await usersWithEmail(email)).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it('refuses an ID token with the wrong nonce', async () => {
    const { subject, email } = person();
    const before = await counts();
    const flow = await ssoSignIn(new Browser(), subject, '/fi', {
      beforeCallback: async () => {
        await sql(`update oidc_transaction set nonce = ?`, ['wrong-nonce-0123456789']);
      },
    });
    expect(flow.location).toBe('/fi/sign-in?error=invalid_response');
    expect(await usersWithEmail(email)).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it('ignores a returnTo that leaves the site', async () => {
    for (const returnTo of ['https://evil.example', '//evil.example/fi', '/\\evil.example', 'javascript:alert(1)']) {
      const { subject } = person();
      const flow = await ssoSignIn(new Browser(), subject, returnTo);
      expect(flow, returnTo).toMatchObject({ status: 302, location: '/' });
    }
    const rows = await sql<{ return_to: string }>(`select return_to from oidc_transaction`);
    expect(rows).toEqual([]);
  });

  it('never lets a user created by single sign-on sign in with a password', async () => {
    const { subject, email } = person();
    await ssoSignIn(new Browser(), subject);
    const [user] = await usersWithEmail(email);
    expect(user.password_hash).toBe(NO_PASSWORD);
    const before = await counts();
    for (const password of [NO_PASSWORD, '', 'correct horse battery', 'no-password', 'scrypt']) {
      const browser = new Browser();
      const res = await graphql(browser, SIGN_IN, { input: { email, password } });
      expect(res.data?.signIn ?? null).toBeNull();
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      expect(browser.jar(kg).get('kg_session')).toBeUndefined();
      expect(await verifyPassword(password, user.password_hash)).toBe(false);
    }
    expect(await counts()).toEqual(before);
  });

  it('answers a bare callback (no transaction cookie, no parameters) with a redirect, not 500', async () => {
    const res = await new Browser().request(new URL('/auth/oidc/callback?code=x&state=y', kg));
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/fi/sign-in?error=invalid_state');
  });
});

describe('claims, returnTo and configuration', () => {
  const claims = (c: Record<string, unknown>) => ({
    issuer,
    subject: 'sub-1',
    email: undefined,
    emailVerified: undefined,
    name: undefined,
    ...c,
  });
  const refusal = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      return e instanceof OidcSignInError ? e.code : e;
    }
    return null;
  };

  it('requires a usable, not unverified email of an allowed domain, and cleans the name', () => {
    expect(profileOf(claims({ email: ' Liisa@Hel.FI ', name: 'Liisa\u0000 Virtanen' }), [])).toEqual({
      issuer,
      subject: 'sub-1',
      email: 'liisa@hel.fi',
      name: 'Liisa  Virtanen',
    });
    // No name: the email's local part.
    expect(profileOf(claims({ email: 'matti@hel.fi', emailVerified: true }), ['hel.fi']).name).toBe('matti');
    expect(refusal(() => profileOf(claims({}), []))).toBe('email_missing');
    expect(refusal(() => profileOf(claims({ email: 'x@hel.fi', emailVerified: false }), []))).toBe('email_unverified');
    expect(refusal(() => profileOf(claims({ email: 'x@hel.fi', emailVerified: 'false' }), []))).toBe(
      'email_unverified',
    );
    expect(refusal(() => profileOf(claims({ email: 'not an email' }), []))).toBe('email_invalid');
    expect(refusal(() => profileOf(claims({ email: 'x@evil.example' }), ['hel.fi', 'espoo.fi']))).toBe(
      'email_domain_not_allowed',
    );
    // Sub-domains are not the domain.
    expect(refusal(() => profileOf(claims({ email: 'x@hel.fi.evil.example' }), ['hel.fi']))).toBe(
      'email_domain_not_allowed',
    );
  });

  it('answers 404 on the routes when single sign-on is off', async () => {
    const off = express().use(oidcRoutes(loadConfig({}), db.orm, createLogger('silent')));
    const server = createServer(off);
    const base = await listen(server);
    try {
      for (const p of ['/auth/oidc/login?returnTo=/fi', '/auth/oidc/callback?code=x&state=y']) {
        const res = await fetch(`${base}${p}`, { redirect: 'manual' });
        expect(res.status).toBe(404);
        expect(await res.json()).toEqual({ error: 'sso_disabled', message: 'Single sign-on is not configured.' });
      }
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  it('keeps same-origin paths and drops everything else', () => {
    expect(safeReturnTo('/fi/projects/kaatio?x=1#y')).toBe('/fi/projects/kaatio?x=1#y');
    expect(safeReturnTo('/')).toBe('/');
    for (const bad of [
      undefined,
      '',
      'fi/projects',
      'https://evil.example/',
      '//evil.example',
      '/\\evil.example',
      '/fi\n/x',
      'javascript:alert(1)',
      ['/fi'],
      `/${'x'.repeat(2001)}`,
    ]) {
      expect(safeReturnTo(bad), String(bad)).toBe('/');
    }
    expect(signInErrorPath('expired', '/sv/projekt')).toBe('/sv/sign-in?error=expired');
    expect(signInErrorPath('expired', '/de/')).toBe('/fi/sign-in?error=expired');
  });

  const full = {
    OIDC_ISSUER: 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0',
    OIDC_CLIENT_ID: 'client',
    OIDC_CLIENT_SECRET: 'secret',
    OIDC_REDIRECT_URI: 'https://kuntagraph.example/auth/oidc/callback',
  };

  it('turns single sign-on on only with the whole configuration', () => {
    expect(loadConfig({}).oidc).toBeUndefined();
    expect(authProvidersOf(loadConfig({}))).toEqual([]);
    expect(loadConfig({ ...full, OIDC_ALLOWED_EMAIL_DOMAINS: ' Hel.fi, @espoo.fi ,' }).oidc).toEqual({
      issuer: full.OIDC_ISSUER,
      clientId: 'client',
      clientSecret: 'secret',
      redirectUri: full.OIDC_REDIRECT_URI,
      scopes: 'openid email profile',
      label: 'Single sign-on',
      allowedEmailDomains: ['hel.fi', 'espoo.fi'],
    });
    expect(() => loadConfig({ OIDC_ISSUER: full.OIDC_ISSUER, OIDC_CLIENT_ID: 'client' })).toThrow(
      /missing OIDC_CLIENT_SECRET, OIDC_REDIRECT_URI/,
    );
    expect(() => loadConfig({ ...full, OIDC_ISSUER: 'http://idp.example' })).toThrow(/OIDC_ISSUER must be an https/);
    expect(() => loadConfig({ ...full, OIDC_SCOPES: 'email profile' })).toThrow(/must include openid/);
    expect(() => loadConfig({ ...full, OIDC_ALLOWED_EMAIL_DOMAINS: 'hel fi' })).toThrow(/not a domain name/);
  });
});
