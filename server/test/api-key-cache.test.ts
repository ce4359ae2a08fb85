import { createHash, randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.js';
import type { Broadcast } from '../src/cluster/broadcast.js';
import { loadConfig } from '../src/config.js';
import { toGlobalId } from '../src/graphql/global-id.js';
import { createAppServer } from '../src/http/app-server.js';
import { createLogger } from '../src/logger.js';
import { ApiKeyCache, apiKeyRevoked } from '../src/modules/auth/api-key-cache.js';
import { ApiKeyScope } from '../src/modules/auth/auth.enums.js';
import type { Viewer } from '../src/modules/auth/auth.viewer.js';
import { createApiKey, createUser } from './actors.js';
import { createTestDatabase, type TestDatabase } from './db.js';

const keyViewer = (id: string): Viewer => ({
  kind: 'API_KEY',
  userId: null,
  email: null,
  name: `key ${id}`,
  isAdmin: false,
  memberships: [],
  apiKey: { id, organisationId: 'org', prefix: 'kg_abcdefgh', scopes: [ApiKeyScope.READ] },
  sessionId: null,
});

describe('ApiKeyCache', () => {
  it('trusts a checked key for the time to live, then asks for a lookup again', () => {
    let now = 1_000;
    const cache = new ApiKeyCache({ ttlMs: 60_000, now: () => now });
    cache.set('h1', keyViewer('k1'));
    expect(cache.get('h1')?.apiKey?.id).toBe('k1');
    expect(cache.get('h2')).toBeUndefined();
    now += 59_999;
    expect(cache.get('h1')).toBeDefined();
    now += 1;
    expect(cache.get('h1')).toBeUndefined();
    expect(cache.size).toBe(0);
    cache.close();
  });

  it('shares a frozen viewer: a request cannot change what the next one sees', () => {
    const cache = new ApiKeyCache();
    cache.set('h1', keyViewer('k1'));
    const v = cache.get('h1')!;
    expect(Object.isFrozen(v) && Object.isFrozen(v.apiKey) && Object.isFrozen(v.apiKey!.scopes)).toBe(true);
    expect(() => (v.apiKey!.scopes as string[]).push('WRITE')).toThrow(TypeError);
    cache.close();
  });

  it('keeps at most maxEntries, dropping the oldest; a time to live of 0 keeps nothing', () => {
    const cache = new ApiKeyCache({ maxEntries: 2 });
    for (const k of ['a', 'b', 'c']) cache.set(k, keyViewer(k));
    expect([cache.get('a'), cache.get('b'), cache.get('c')].map((v) => v?.apiKey?.id)).toEqual([undefined, 'b', 'c']);
    const off = new ApiKeyCache({ ttlMs: 0 });
    off.set('a', keyViewer('a'));
    expect(off.get('a')).toBeUndefined();
    cache.close();
    off.close();
  });

  it('drops a key revoked here and tells the other instances; drops one revoked there', () => {
    let remote: (keyId: string) => void = () => {};
    const published: string[] = [];
    const broadcast: Broadcast = {
      publish: (m) => void published.push(m ?? ''),
      subscribe: (cb) => void (remote = cb),
    };
    const cache = new ApiKeyCache({ broadcast });
    cache.set('h1', keyViewer('k1'));
    cache.set('h2', keyViewer('k2'));
    apiKeyRevoked('k1');
    expect(cache.get('h1')).toBeUndefined();
    expect(published).toEqual(['k1']);
    remote('k2');
    expect(cache.get('h2')).toBeUndefined();
    expect(published).toEqual(['k1']); // a remote revocation is not sent back
    cache.close();
    apiKeyRevoked('k3');
    expect(published).toEqual(['k1']); // closed: no longer listening
  });
});

describe('API keys over HTTP, with Redis (127.0.0.1:6379) between instances', () => {
  let db: TestDatabase;
  let app: App;
  let server: Server;
  let base: string;
  const other = new Redis('redis://127.0.0.1:6379'); // stands for another instance

  const post = (query: string, variables: object, headers: Record<string, string>) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
  const me = `{ me { id kind } }`;
  const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

  beforeAll(async () => {
    db = await createTestDatabase('api_key_cache');
    const c = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
    const config = {
      ...c,
      rateLimit: { ...c.rateLimit, redisUrl: 'redis://127.0.0.1:6379', redisKeyPrefix: `kg-test:${randomUUID()}:` },
    };
    app = await createApp(config, db.orm, createLogger('silent'));
    server = createAppServer(app.handler);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await new Promise((r) => setTimeout(r, 300)); // the instance's subscription is up
  });
  afterAll(async () => {
    await new Promise((done) => server?.close(done));
    await app?.close();
    other.disconnect();
    await db?.close();
  });

  const keyOf = async () => {
    const em = db.orm.em.fork();
    const [{ id: org }] = await em.getConnection().execute<{ id: string }[]>(`select id from organisation limit 1`);
    const member = await createUser(em, { memberships: [{ organisationId: org, role: 'MEMBER' }] });
    const { apiKey, apiKeyId } = await createApiKey(em, org, ['READ']);
    return { member, apiKey: apiKey!, apiKeyId };
  };

  it('a key checked once is not looked up again; revoked here, it is refused at once', async () => {
    const { member, apiKey, apiKeyId } = await keyOf();
    expect((await post(me, {}, bearer(apiKey))).status).toBe(200);
    db.resetStatements();
    const again = await post(me, {}, bearer(apiKey));
    expect(((await again.json()) as any).data.me).toEqual({ id: toGlobalId('ApiKey', apiKeyId), kind: 'API_KEY' });
    expect(db.statements.filter((s) => /api_key/.test(s))).toEqual([]);

    const revoked = await post(
      `mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`,
      { id: toGlobalId('ApiKey', apiKeyId) },
      { cookie: `kg_session=${member.sessionToken}` },
    );
    expect(((await revoked.json()) as any).data.revokeApiKey.revokedAt).toMatch(/^\d{4}-/);
    const refused = await post(me, {}, bearer(apiKey));
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('a key revoked on another instance is refused here as soon as its message arrives', async () => {
    const { apiKey, apiKeyId } = await keyOf();
    const hash = createHash('sha256').update(apiKey).digest('hex');
    expect((await post(me, {}, bearer(apiKey))).status).toBe(200);
    expect(app.apiKeys.get(hash)).toBeDefined();
    // The other instance commits the revocation, then publishes it.
    await db.orm.em.getConnection().execute(`update api_key set revoked_at = now() where id = ?`, [apiKeyId]);
    await other.publish('kuntagraph:api-key-revoked', `another-instance ${apiKeyId}`);
    await expect.poll(() => app.apiKeys.get(hash), { timeout: 3000 }).toBeUndefined();
    expect((await post(me, {}, bearer(apiKey))).status).toBe(401);
  });
});
