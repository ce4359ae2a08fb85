import { randomUUID } from 'node:crypto';
import { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { toGlobalId } from '../src/graphql/global-id.js';
import { createAppServer } from '../src/http/app-server.js';
import { createLogger } from '../src/logger.js';
import { verifyPassword } from '../src/modules/auth/auth.crypto.js';
import { MembershipRole } from '../src/modules/auth/auth.enums.js';
import { canEditProject, canManageApiKeys, isAdmin } from '../src/modules/auth/auth.policy.js';
import { ensureAdmin } from '../src/modules/auth/auth.service.js';
import type { Viewer } from '../src/modules/auth/auth.viewer.js';
import { createTestDatabase, type TestDatabase } from './db.js';
import { codes, createExecutor, type CookieJar } from './graphql.js';

let db: TestDatabase;
let exec: Awaited<ReturnType<typeof createExecutor>>['execute'];
let stop: () => Promise<unknown>;
/** Two real municipalities (uuid + global id). */
let orgA: { uuid: string; id: string };
let orgB: { uuid: string; id: string };

beforeAll(async () => {
  db = await createTestDatabase('auth');
  const e = await createExecutor(db.orm);
  exec = e.execute;
  stop = e.stop;
  const rows = await db.orm.em
    .getConnection()
    .execute<{ id: string }[]>(
      `select id from organisation where municipality_code in ('091', '853') order by municipality_code`,
    );
  [orgA, orgB] = rows.map((r) => ({ uuid: r.id, id: toGlobalId('Organisation', r.id) }));
});
afterAll(async () => {
  await stop?.();
  await db?.close();
});

const PASSWORD = 'correct horse battery';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { id kind email name isAdmin } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { id email } }`;
const SIGN_OUT = `mutation { signOut }`;
const ME = `{ me { id kind email name isAdmin scopes organisation { id } memberships { role organisation { id } project { id } } } }`;
const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { id } }`;
const CREATE_KEY = `mutation($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { key apiKey { id name prefix scopes createdAt lastUsedAt revokedAt createdByName organisation { id } } } }`;
const REVOKE_KEY = `mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }`;
const LIST_KEYS = `query($organisation: ID!) { apiKeys(organisation: $organisation) { id name prefix scopes revokedAt } }`;

const email = () => `user-${randomUUID().slice(0, 8)}@example.fi`;

/** Signs up a fresh user; returns its cookie jar and email. */
async function signUp(name = 'Testi Käyttäjä') {
  const jar: CookieJar = {};
  const address = email();
  const r = await exec(SIGN_UP, { input: { email: address, password: PASSWORD, name } }, { jar });
  expect(r.errors).toBeUndefined();
  return {
    jar,
    email: address,
    id: r.data!.signUp.id as string,
    uuid: Buffer.from(r.data!.signUp.id, 'base64url').toString().split(':')[1],
  };
}

async function addMembership(userUuid: string, organisationUuid: string, role = MembershipRole.MEMBER) {
  await db.orm.em
    .getConnection()
    .execute(`insert into membership (id, user_id, organisation_id, role) values (?, ?, ?, ?)`, [
      randomUUID(),
      userUuid,
      organisationUuid,
      role,
    ]);
}

async function counts() {
  const rows = await db.orm.em.getConnection().execute<Record<string, string>[]>(
    `select (select count(*) from app_user) as users, (select count(*) from session) as sessions,
            (select count(*) from api_key) as keys, (select count(*) from audit_event) as audits,
            (select count(*) from membership) as memberships`,
  );
  return rows[0];
}

describe('sign up, sign in, sign out', () => {
  it('signs up, reads me, signs out, and me is null again', async () => {
    const jar: CookieJar = {};
    const address = email();
    const up = await exec(
      SIGN_UP,
      { input: { email: `  ${address.toUpperCase()} `, password: PASSWORD, name: ' Maija ' } },
      { jar },
    );
    expect(up.errors).toBeUndefined();
    expect(up.data!.signUp).toMatchObject({ kind: 'USER', email: address, name: 'Maija', isAdmin: false });
    expect(jar.token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const me = await exec(ME, {}, { jar });
    expect(me.data!.me).toMatchObject({ id: up.data!.signUp.id, email: address, memberships: [], scopes: null });

    // The table holds the token's sha256 only.
    const stored = await db.orm.em
      .getConnection()
      .execute<{ id: string }[]>(`select id from session where id = ? or id = encode(sha256(?::bytea), 'hex')`, [
        jar.token,
        jar.token,
      ]);
    expect(stored.map((r) => r.id)).toEqual([expect.not.stringMatching(jar.token!)]);

    const audit = await db.orm.em
      .getConnection()
      .execute<{ action: string }[]>(`select action from audit_event where node_id = ?`, [
        Buffer.from(up.data!.signUp.id, 'base64url').toString().split(':')[1],
      ]);
    expect(audit.map((a) => a.action)).toEqual(['user.signUp']);

    // A second sign-in makes a second session; signing out ends only the current one.
    const jar2: CookieJar = {};
    const inAgain = await exec(SIGN_IN, { input: { email: address, password: PASSWORD } }, { jar: jar2 });
    expect(inAgain.data!.signIn.email).toBe(address);
    const token2 = jar2.token!;
    expect(token2).not.toBe(jar.token);

    const out = await exec(SIGN_OUT, {}, { jar: jar2 });
    expect(out.data!.signOut).toBe(true);
    expect(jar2.token).toBeUndefined();
    expect((await exec(ME, {}, { sessionToken: token2 })).data!.me).toBeNull();
    expect((await exec(ME, {}, { jar })).data!.me.email).toBe(address);
  });

  it('answers a wrong password and an unknown email alike, with UNAUTHENTICATED and no session', async () => {
    const { email: address } = await signUp();
    const before = await counts();
    const jar: CookieJar = {};
    const wrong = await exec(SIGN_IN, { input: { email: address, password: 'wrong password 123' } }, { jar });
    const unknown = await exec(SIGN_IN, { input: { email: email(), password: PASSWORD } }, { jar });
    expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
    expect(codes(unknown)).toEqual(['UNAUTHENTICATED']);
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
    expect(jar.token).toBeUndefined();
    expect(await counts()).toEqual(before);
  });

  it('rejects a taken email (any case) with CONFLICT naming email, storing nothing', async () => {
    const { email: address } = await signUp();
    const before = await counts();
    const r = await exec(SIGN_UP, { input: { email: address.toUpperCase(), password: PASSWORD, name: 'Toinen' } });
    expect(codes(r)).toEqual(['CONFLICT']);
    expect(r.errors![0].extensions).toMatchObject({ field: 'email' });
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['email', { email: 'not-an-email', password: PASSWORD, name: 'X' }],
    ['email', { email: `${'a'.repeat(250)}@x.fi`, password: PASSWORD, name: 'X' }],
    ['email', { email: 'a\u0000b@example.fi', password: PASSWORD, name: 'X' }],
    ['password', { email: 'short@example.fi', password: 'short', name: 'X' }],
    ['password', { email: 'long@example.fi', password: 'x'.repeat(201), name: 'X' }],
    ['password', { email: 'nul@example.fi', password: `${PASSWORD}\u0000`, name: 'X' }],
    ['name', { email: 'noname@example.fi', password: PASSWORD, name: '   ' }],
    ['name', { email: 'longname@example.fi', password: PASSWORD, name: 'n'.repeat(201) }],
    ['name', { email: 'ctrl@example.fi', password: PASSWORD, name: 'Bad\u0007Name' }],
    // Text-direction overrides would show another name than the one stored.
    ['name', { email: 'rtl@example.fi', password: PASSWORD, name: '\u202eadmin' }],
    // Long enough, but guessed at once: repeats, common passwords, the person's own address.
    ['password', { email: 'repeat@example.fi', password: 'aaaaaaaaaaaa', name: 'X' }],
    ['password', { email: 'common@example.fi', password: 'password1234', name: 'X' }],
    ['password', { email: 'year@example.fi', password: 'iloveyou2024', name: 'X' }],
    ['password', { email: 'matti.meikalainen@example.fi', password: 'meikalainen1', name: 'Matti' }],
  ])('signUp rejects a bad %s with BAD_USER_INPUT and stores nothing', async (field, input) => {
    const before = await counts();
    const r = await exec(SIGN_UP, { input });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].extensions).toMatchObject({ argumentName: 'input', field });
    expect(await counts()).toEqual(before);
  });

  it('signIn rejects a NUL in the password with BAD_USER_INPUT naming it', async () => {
    const r = await exec(SIGN_IN, { input: { email: email(), password: 'a\u0000b' } });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].extensions).toMatchObject({ field: 'password' });
  });

  it('stores a self-describing scrypt hash, not the password', async () => {
    const { email: address } = await signUp();
    const rows = await db.orm.em
      .getConnection()
      .execute<{ password_hash: string }[]>(`select password_hash from app_user where email = ?`, [address]);
    expect(rows[0].password_hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(rows[0].password_hash).not.toContain(PASSWORD);
    expect(await verifyPassword(PASSWORD, rows[0].password_hash)).toBe(true);
  });
});

describe('changePassword', () => {
  it('needs a signed-in user', async () => {
    const r = await exec(CHANGE, { input: { currentPassword: PASSWORD, newPassword: 'another long password' } });
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
  });

  it('changes the password and ends every other session, audited', async () => {
    const { jar, email: address, uuid } = await signUp();
    const other: CookieJar = {};
    await exec(SIGN_IN, { input: { email: address, password: PASSWORD } }, { jar: other });
    expect((await exec(ME, {}, { jar: other })).data!.me.email).toBe(address);

    const newPassword = 'a brand new passphrase';
    const r = await exec(CHANGE, { input: { currentPassword: PASSWORD, newPassword } }, { jar });
    expect(r.errors).toBeUndefined();
    expect((await exec(ME, {}, { jar })).data!.me.email).toBe(address);
    expect((await exec(ME, {}, { jar: other })).data!.me).toBeNull();

    expect(codes(await exec(SIGN_IN, { input: { email: address, password: PASSWORD } }))).toEqual(['UNAUTHENTICATED']);
    expect((await exec(SIGN_IN, { input: { email: address, password: newPassword } })).data!.signIn.email).toBe(
      address,
    );
    const audit = await db.orm.em
      .getConnection()
      .execute<{ action: string }[]>(`select action from audit_event where node_id = ? order by at`, [uuid]);
    expect(audit.map((a) => a.action)).toEqual(['user.signUp', 'user.changePassword']);
  });

  it.each([
    ['currentPassword', { currentPassword: 'wrong password here', newPassword: 'a brand new passphrase' }],
    ['newPassword', { currentPassword: PASSWORD, newPassword: 'short' }],
    ['newPassword', { currentPassword: PASSWORD, newPassword: 'qwertyuiop123' }],
    ['newPassword', { currentPassword: PASSWORD, newPassword: `new\u0000password-long` }],
  ])('rejects a bad %s with BAD_USER_INPUT and changes nothing', async (field, input) => {
    const { jar, email: address } = await signUp();
    const before = await counts();
    const r = await exec(CHANGE, { input }, { jar });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].extensions).toMatchObject({ field });
    expect(await counts()).toEqual(before);
    expect((await exec(SIGN_IN, { input: { email: address, password: PASSWORD } })).data!.signIn.email).toBe(address);
  });
});

describe('API keys', () => {
  it('creates a key shown once, usable as Bearer, stored only as its hash, revocable', async () => {
    const { jar, uuid } = await signUp('Avainten Tekijä');
    await addMembership(uuid, orgA.uuid, MembershipRole.ADMIN);
    const created = await exec(
      CREATE_KEY,
      { input: { organisation: orgA.id, name: 'Harvester', scopes: ['READ', 'WRITE', 'READ'] } },
      { jar },
    );
    expect(created.errors).toBeUndefined();
    const { key, apiKey } = created.data!.createApiKey;
    expect(key).toMatch(/^kg_[A-Za-z0-9]{8}_[A-Za-z0-9]{40}$/);
    expect(apiKey).toMatchObject({
      name: 'Harvester',
      prefix: key.slice(0, 11),
      scopes: ['READ', 'WRITE'],
      revokedAt: null,
      lastUsedAt: null,
      createdByName: 'Avainten Tekijä',
      organisation: { id: orgA.id },
    });

    // Only the hash is stored: no column of the row contains the key or its secret part.
    const rows = await db.orm.em
      .getConnection()
      .execute<Record<string, unknown>[]>(`select * from api_key where prefix = ?`, [apiKey.prefix]);
    const text = JSON.stringify(rows);
    expect(text).not.toContain(key);
    expect(text).not.toContain(key.slice(12));
    expect(rows[0].hash).toMatch(/^[0-9a-f]{64}$/);

    // The listing has no secrets either.
    const list = await exec(LIST_KEYS, { organisation: orgA.id }, { jar });
    expect(list.data!.apiKeys).toEqual([
      { id: apiKey.id, name: 'Harvester', prefix: apiKey.prefix, scopes: ['READ', 'WRITE'], revokedAt: null },
    ]);

    const me = await exec(ME, {}, { apiKey: key });
    expect(me.data!.me).toMatchObject({
      id: apiKey.id,
      kind: 'API_KEY',
      email: null,
      name: 'Harvester',
      isAdmin: false,
      scopes: ['READ', 'WRITE'],
      organisation: { id: orgA.id },
    });
    const read = await exec(`{ municipality(code: "091") { id } }`, {}, { apiKey: key });
    expect(read.data!.municipality.id).toBe(orgA.id);
    const used = await db.orm.em
      .getConnection()
      .execute<{ last_used_at: string | null }[]>(`select last_used_at from api_key where prefix = ?`, [apiKey.prefix]);
    expect(used[0].last_used_at).not.toBeNull();

    // A key may not mint or list keys.
    expect(codes(await exec(LIST_KEYS, { organisation: orgA.id }, { apiKey: key }))).toEqual(['FORBIDDEN']);

    const revoked = await exec(REVOKE_KEY, { id: apiKey.id }, { jar });
    expect(revoked.data!.revokeApiKey.revokedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(codes(await exec(ME, {}, { apiKey: key }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await exec(`{ regions { code } }`, {}, { apiKey: key }))).toEqual(['UNAUTHENTICATED']);

    const audit = await db.orm.em
      .getConnection()
      .execute<{ action: string; after: any }[]>(
        `select action, after from audit_event where node_id = ? order by at`,
        [rows[0].id],
      );
    expect(audit.map((a) => a.action)).toEqual(['apiKey.create', 'apiKey.revoke']);
    expect(JSON.stringify(audit)).not.toContain(key);
  });

  it('treats unknown and malformed keys as UNAUTHENTICATED', async () => {
    expect(codes(await exec(ME, {}, { apiKey: `kg_AAAAAAAA_${'B'.repeat(40)}` }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await exec(ME, {}, { authorization: 'Bearer nonsense' }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await exec(ME, {}, { authorization: 'Basic dXNlcjpwYXNz' }))).toEqual(['UNAUTHENTICATED']);
  });

  it('rejects a right prefix with a wrong secret', async () => {
    const { jar, uuid } = await signUp();
    await addMembership(uuid, orgA.uuid);
    const { key } = (await exec(CREATE_KEY, { input: { organisation: orgA.id, name: 'k', scopes: ['READ'] } }, { jar }))
      .data!.createApiKey;
    const forged = `${key.slice(0, 12)}${'Z'.repeat(40)}`;
    expect(codes(await exec(ME, {}, { apiKey: forged }))).toEqual(['UNAUTHENTICATED']);
  });

  it('authorises per role: anonymous, non-member, key, member, admin', async () => {
    const member = await signUp();
    await addMembership(member.uuid, orgA.uuid);
    const outsider = await signUp();
    await addMembership(outsider.uuid, orgB.uuid, MembershipRole.ADMIN);
    const adminEmail = email();
    await ensureAdmin(db.orm.em.fork(), { email: adminEmail, password: PASSWORD });
    const admin: CookieJar = {};
    await exec(SIGN_IN, { input: { email: adminEmail, password: PASSWORD } }, { jar: admin });
    expect((await exec(ME, {}, { jar: admin })).data!.me.isAdmin).toBe(true);

    const input = { organisation: orgA.id, name: 'Partner', scopes: ['READ'] };
    const before = await counts();
    expect(codes(await exec(CREATE_KEY, { input }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await exec(CREATE_KEY, { input }, { jar: outsider.jar }))).toEqual(['FORBIDDEN']);
    expect(codes(await exec(LIST_KEYS, { organisation: orgA.id }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await exec(LIST_KEYS, { organisation: orgA.id }, { jar: outsider.jar }))).toEqual(['FORBIDDEN']);
    expect(await counts()).toEqual(before);

    // A WRITE key acts for the organisation as its ADMINs do: a plain member may not make one.
    const write = { ...input, scopes: ['READ', 'WRITE'] };
    const refused = await exec(CREATE_KEY, { input: write }, { jar: member.jar });
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.errors![0].message).toMatch(/administrators/);
    expect(await counts()).toEqual(before);
    expect(
      codes(await exec(CREATE_KEY, { input: { ...write, organisation: orgB.id } }, { jar: outsider.jar })),
    ).toEqual([]);

    const mine = (await exec(CREATE_KEY, { input }, { jar: member.jar })).data!.createApiKey;
    expect(codes(await exec(CREATE_KEY, { input }, { apiKey: mine.key }))).toEqual(['FORBIDDEN']);
    expect(codes(await exec(REVOKE_KEY, { id: mine.apiKey.id }, { jar: outsider.jar }))).toEqual(['FORBIDDEN']);
    expect(codes(await exec(REVOKE_KEY, { id: mine.apiKey.id }, { apiKey: mine.key }))).toEqual(['FORBIDDEN']);
    expect(codes(await exec(REVOKE_KEY, { id: mine.apiKey.id }))).toEqual(['UNAUTHENTICATED']);

    const byAdmin = await exec(CREATE_KEY, { input: { ...input, organisation: orgB.id } }, { jar: admin });
    expect(byAdmin.data!.createApiKey.apiKey.organisation.id).toBe(orgB.id);
    const adminList = await exec(LIST_KEYS, { organisation: orgA.id }, { jar: admin });
    expect(adminList.data!.apiKeys.map((k: { id: string }) => k.id)).toContain(mine.apiKey.id);
    expect(
      (await exec(REVOKE_KEY, { id: mine.apiKey.id }, { jar: admin })).data!.revokeApiKey.revokedAt,
    ).not.toBeNull();
  });

  it.each([
    ['name', { name: '', scopes: ['READ'] }],
    ['name', { name: 'a\u0000b', scopes: ['READ'] }],
    ['name', { name: 'n'.repeat(201), scopes: ['READ'] }],
    ['scopes', { name: 'ok', scopes: [] }],
    ['organisation', { name: 'ok', scopes: ['READ'], organisation: 'not-an-id' }],
  ])('createApiKey rejects a bad %s with BAD_USER_INPUT and stores nothing', async (field, input) => {
    const { jar, uuid } = await signUp();
    await addMembership(uuid, orgA.uuid);
    const before = await counts();
    const r = await exec(CREATE_KEY, { input: { organisation: orgA.id, ...input } }, { jar });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].extensions).toMatchObject({ field });
    expect(await counts()).toEqual(before);
  });

  it('createApiKey for an organisation that does not exist is NOT_FOUND', async () => {
    const { jar } = await signUp();
    const r = await exec(
      CREATE_KEY,
      { input: { organisation: toGlobalId('Organisation', randomUUID()), name: 'x', scopes: ['READ'] } },
      { jar },
    );
    expect(codes(r)).toEqual(['NOT_FOUND']);
  });

  it('revokeApiKey of an unknown key is NOT_FOUND, of a wrong id type BAD_USER_INPUT', async () => {
    const { jar } = await signUp();
    expect(codes(await exec(REVOKE_KEY, { id: toGlobalId('ApiKey', randomUUID()) }, { jar }))).toEqual(['NOT_FOUND']);
    expect(codes(await exec(REVOKE_KEY, { id: orgA.id }, { jar }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('viewer lookup cost', () => {
  it('sends no statement for the viewer of an anonymous read', async () => {
    const q = `{ municipality(code: "091") { id } }`;
    await exec(q);
    db.resetStatements();
    await exec(q);
    const anonymous = [...db.statements];
    expect(anonymous.length).toBeGreaterThan(0);
    expect(anonymous.some((s) => /session|api_key|app_user/.test(s))).toBe(false);

    const { jar } = await signUp();
    db.resetStatements();
    await exec(q, {}, { jar });
    // Exactly one extra statement: the session lookup.
    expect(db.statements.length).toBe(anonymous.length + 1);
    expect(db.statements.filter((s) => /session/.test(s))).toHaveLength(1);
  });

  it('memberships are read with the viewer in the same statement', async () => {
    const { jar, uuid } = await signUp();
    await addMembership(uuid, orgA.uuid, MembershipRole.ADMIN);
    db.resetStatements();
    const me = await exec(`{ me { memberships { role } } }`, {}, { jar });
    expect(me.data!.me.memberships).toEqual([{ role: 'ADMIN' }]);
    expect(db.statements).toHaveLength(1);
  });
});

describe('policies', () => {
  const user = (memberships: Viewer['memberships'], admin = false): Viewer => ({
    kind: 'USER',
    userId: 'u',
    email: 'u@example.fi',
    name: 'U',
    isAdmin: admin,
    memberships,
    apiKey: null,
    sessionId: null,
  });
  const key = (scopes: any[]): Viewer => ({
    kind: 'API_KEY',
    userId: null,
    email: null,
    name: 'k',
    isAdmin: false,
    memberships: [],
    apiKey: { id: 'k', organisationId: 'o1', prefix: 'kg_x', scopes },
    sessionId: null,
  });

  it('isAdmin and canManageApiKeys', () => {
    expect(isAdmin(null)).toBe(false);
    expect(isAdmin(user([], true))).toBe(true);
    expect(canManageApiKeys(null, 'o1')).toBe(false);
    expect(canManageApiKeys(user([{ organisationId: 'o1', projectId: null, role: MembershipRole.MEMBER }]), 'o1')).toBe(
      true,
    );
    expect(canManageApiKeys(user([{ organisationId: 'o2', projectId: null, role: MembershipRole.ADMIN }]), 'o1')).toBe(
      false,
    );
    expect(canManageApiKeys(user([], true), 'o1')).toBe(true);
    expect(canManageApiKeys(key(['READ', 'WRITE']), 'o1')).toBe(false);
  });

  it('canEditProject', () => {
    expect(canEditProject(null, 'p1', ['o1'])).toBe(false);
    expect(canEditProject(user([], true), 'p1')).toBe(true);
    expect(
      canEditProject(user([{ organisationId: null, projectId: 'p1', role: MembershipRole.CONTRIBUTOR }]), 'p1'),
    ).toBe(true);
    expect(canEditProject(user([{ organisationId: null, projectId: 'p2', role: MembershipRole.LEAD }]), 'p1')).toBe(
      false,
    );
    expect(
      canEditProject(user([{ organisationId: 'o1', projectId: null, role: MembershipRole.ADMIN }]), 'p1', ['o1']),
    ).toBe(true);
    expect(
      canEditProject(user([{ organisationId: 'o1', projectId: null, role: MembershipRole.MEMBER }]), 'p1', ['o1']),
    ).toBe(false);
    expect(canEditProject(key(['WRITE']), 'p1', ['o1'])).toBe(true);
    expect(canEditProject(key(['READ']), 'p1', ['o1'])).toBe(false);
    expect(canEditProject(key(['WRITE']), 'p1', ['o2'])).toBe(false);
  });
});

describe('over HTTP with cookies', () => {
  let app: App;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }) };
    app = await createApp(config, db.orm, createLogger('silent'));
    server = createAppServer(app.handler);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((r) => server?.close(r));
    await app?.close();
  });

  const post = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });

  it('sets an HttpOnly SameSite=Lax cookie on sign-up, accepts it, and clears it on sign-out', async () => {
    const address = email();
    const up = await post(SIGN_UP, { input: { email: address, password: PASSWORD, name: 'Verkko' } });
    expect(up.status).toBe(200);
    const setCookie = up.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^kg_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Secure/i);
    const cookie = setCookie.split(';')[0];

    const me = await post(ME, {}, { cookie });
    expect(((await me.json()) as any).data.me.email).toBe(address);

    const out = await post(SIGN_OUT, {}, { cookie });
    expect(((await out.json()) as any).data.signOut).toBe(true);
    expect(out.headers.get('set-cookie')).toMatch(/^kg_session=;.*Expires=Thu, 01 Jan 1970/);

    const after = await post(ME, {}, { cookie });
    expect(((await after.json()) as any).data.me).toBeNull();
    // The stale cookie is cleared, and the read still works anonymously.
    expect(after.headers.get('set-cookie')).toMatch(/^kg_session=;/);
  });

  it('slides the session expiry at most once a minute and re-sends the cookie', async () => {
    const up = await post(SIGN_UP, { input: { email: email(), password: PASSWORD, name: 'Liukuva' } });
    const cookie = up.headers.get('set-cookie')!.split(';')[0];
    const token = cookie.split('=')[1];
    const fresh = await post(ME, {}, { cookie });
    expect(fresh.headers.get('set-cookie')).toBeNull();
    await db.orm.em
      .getConnection()
      .execute(
        `update session set last_seen_at = now() - interval '2 minutes', expires_at = now() + interval '1 hour' where id = encode(sha256(?::bytea), 'hex')`,
        [token],
      );
    const renewed = await post(ME, {}, { cookie });
    const setCookie = renewed.headers.get('set-cookie')!;
    expect(setCookie).toMatch(new RegExp(`^kg_session=${token};`));
    const expires = new Date(/Expires=([^;]+)/.exec(setCookie)![1]).getTime();
    expect(expires).toBeGreaterThan(Date.now() + 13 * 24 * 3600 * 1000);
  });

  it('answers a revoked or unknown API key with HTTP 401 UNAUTHENTICATED', async () => {
    const res = await post(`{ regions { code } }`, {}, { authorization: `Bearer kg_AAAAAAAA_${'C'.repeat(40)}` });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="kuntagraph", error="invalid_token"');
    const body = (await res.json()) as any;
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(body.errors[0].message).toBe('The API key is unknown or revoked.');
    // A key cut short or with a character too many is named for what it is, not as a bad header.
    for (const key of [`kg_AAAAAAAA_${'C'.repeat(41)}`, 'kg_AAAAAAAA']) {
      const bad = await post(`{ regions { code } }`, {}, { authorization: `Bearer ${key}` });
      expect([bad.status, ((await bad.json()) as any).errors[0].message]).toEqual([
        401,
        expect.stringMatching(/^This is not a Kuntagraph API key/),
      ]);
    }
    const basic = await post(`{ regions { code } }`, {}, { authorization: 'Basic dXNlcjpwYXNz' });
    expect(((await basic.json()) as any).errors[0].message).toBe(
      'The Authorization header must be "Bearer <API key>".',
    );
  });

  it('keeps CSRF prevention on for mutations', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: SIGN_OUT }),
    });
    expect(res.status).toBe(400);
  });

  it('marks the cookie Secure in production', async () => {
    const config = { ...loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent' }) };
    expect(config.cookieSecure).toBe(true);
    const prod = await createApp(config, db.orm, createLogger('silent'));
    const s = createAppServer(prod.handler);
    await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
    try {
      const res = await fetch(`http://127.0.0.1:${(s.address() as AddressInfo).port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: SIGN_UP,
          variables: { input: { email: email(), password: PASSWORD, name: 'P' } },
        }),
      });
      expect(res.headers.get('set-cookie')).toMatch(/; Secure/);
    } finally {
      await new Promise((r) => s.close(r));
      await prod.close();
    }
  });
});
