import { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createAppServer } from '../src/http/app-server.js';
import { createLogger } from '../src/logger.js';
import { createUser } from './actors.js';
import { createTestDatabase, type TestDatabase } from './db.js';
import { fixture, loadAnchors, type Fixture } from './graph-fixture.js';

let db: TestDatabase;
let app: App;
let server: Server;
let base: string;
let f: Fixture;

beforeAll(async () => {
  db = await createTestDatabase('response_cache_http');
  f = await fixture(db.orm, await loadAnchors(db.orm));
  const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', RATE_LIMIT_ENABLED: 'false' }) };
  app = await createApp(config, db.orm, createLogger('silent'));
  server = createAppServer(app.handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server?.close(r));
  await app?.close();
  await db?.close();
});

const post = (query: string, variables: object = {}, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });

const READ = `query($id: ID!) { node(id: $id) { ... on Project { acronym version } } }`;

describe('response cache for anonymous reads', () => {
  it('answers a repeated anonymous query without SQL, and never stale after a write', async () => {
    const first = await post(READ, { id: f.project });
    expect(first.headers.get('x-cache')).toBe('miss');
    db.resetStatements();
    const second = await post(READ, { id: f.project });
    expect(second.headers.get('x-cache')).toBe('hit');
    expect(db.statements).toEqual([]);
    expect(((await second.json()) as any).data).toEqual({ node: { acronym: null, version: 1 } });

    const lead = await createUser(db.orm.em, { memberships: [{ projectId: f.uuid.p, role: 'LEAD' }] });
    const write = await post(
      `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { version } }`,
      { input: { id: f.project, expectedVersion: 1, acronym: 'NEW' } },
      { cookie: `kg_session=${lead.sessionToken}` },
    );
    expect(((await write.json()) as any).data).toEqual({ updateProject: { version: 2 } });

    const after = await post(READ, { id: f.project });
    expect(after.headers.get('x-cache')).toBe('miss');
    expect(((await after.json()) as any).data).toEqual({ node: { acronym: 'NEW', version: 2 } });
  });

  it('never serves signed-in callers from it, and keys by language', async () => {
    const user = await createUser(db.orm.em);
    const q = `{ municipality(code: "091") { name { text } } }`;
    await post(q);
    const signedIn = await post(q, {}, { cookie: `kg_session=${user.sessionToken}` });
    expect(signedIn.headers.get('x-cache')).toBeNull();
    const sv = await post(q, {}, { 'accept-language': 'sv' });
    expect(sv.headers.get('x-cache')).toBe('miss');
    expect(((await sv.json()) as any).data.municipality.name.text).toBe('Helsingfors');
    const fi = await post(q, {}, { 'accept-language': 'fi' });
    expect(((await fi.json()) as any).data.municipality.name.text).toBe('Helsinki');
  });

  it('answers a hit ahead of the route with its request id, and a body it read but could not parse as the route would', async () => {
    const q = `{ regions { code } }`;
    await post(q, {}, { 'x-request-id': 'req-aaaaaaaa' });
    const hit = await post(
      q,
      {},
      { 'x-request-id': 'req-bbbbbbbb', 'content-type': 'application/json; charset=utf-8' },
    );
    expect(hit.headers.get('x-cache')).toBe('hit');
    expect(hit.headers.get('x-request-id')).toBe('req-bbbbbbbb');
    // The same bytes as another type are what the route would refuse: never a hit.
    const other = await post(q, {}, { 'content-type': 'application/graphql-response+json' });
    expect(other.headers.get('x-cache')).not.toBe('hit');
    expect(other.status).not.toBe(200);
    const broken = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ regions { code } }"',
    });
    expect(broken.status).toBe(400);
    const body = (await broken.json()) as { errors: Array<{ extensions: { code: string; requestId?: string } }> };
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    // The request goes on as before: the next one is parsed and answered.
    expect((await post(q)).status).toBe(200);
  });

  it('sends a hit byte for byte as the miss was sent, with its cost, without ETag or X-Powered-By', async () => {
    const q = `query($first: Int) { projects(first: $first) { nodes { slug name { text } } } }`;
    const miss = await post(q, { first: 3 });
    expect(miss.headers.get('x-cache')).toBe('miss');
    const missBody = await miss.text();
    const hit = await post(q, { first: 3 });
    expect(hit.headers.get('x-cache')).toBe('hit');
    expect(await hit.text()).toBe(missBody);
    expect(JSON.parse(missBody).extensions.cost.requested).toBeGreaterThan(0);
    // Other variables: another entry, and a cost of their own.
    const other = await post(q, { first: 1 });
    expect(other.headers.get('x-cache')).toBe('miss');
    const otherBody = JSON.parse(await other.text());
    expect(otherBody.data.projects.nodes).toHaveLength(1);
    expect(otherBody.extensions.cost.requested).toBeLessThan(JSON.parse(missBody).extensions.cost.requested);
    for (const r of [miss, hit, other]) {
      expect(r.headers.get('etag')).toBeNull();
      expect(r.headers.get('x-powered-by')).toBeNull();
    }
  });
});

describe('a hit through Apollo (a GET)', () => {
  it('builds no database session', async () => {
    const url = `${base}/graphql?query=${encodeURIComponent('{ regions { code } }')}`;
    const miss = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(miss.headers.get('x-cache')).toBe('miss');
    const em = db.orm.em;
    const fork = em.fork.bind(em);
    let forks = 0;
    em.fork = ((...args: Parameters<typeof em.fork>) => {
      forks++;
      return fork(...args);
    }) as typeof em.fork;
    try {
      const hit = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
      expect(hit.headers.get('x-cache')).toBe('hit');
      expect(await hit.text()).toBe(await miss.text());
      expect(forks).toBe(0);
      // A miss does fork: the count sees it.
      await fetch(`${base}/graphql?query=${encodeURIComponent('{ regions { name { text } } }')}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(forks).toBeGreaterThan(0);
    } finally {
      em.fork = fork;
    }
  });
});

describe('the response cache in front of Apollo', () => {
  const Q = `query($n: Int) { projects(first: $n) { nodes { slug } } }`;
  const send = (headers: Record<string, string> = {}, n = 2) => post(Q, { n }, headers);
  const requestHits = () => app.responseCache.stats.requestHits;

  it('answers bytes it answered before without Apollo, exactly as Apollo did', async () => {
    const miss = await send({}, 4);
    expect(miss.headers.get('x-cache')).toBe('miss');
    const body = await miss.text();
    const before = requestHits();
    // The first answer registered its bytes as it was sent: from the second on, none reaches Apollo.
    const second = await send({}, 4);
    const third = await send({}, 4);
    expect(requestHits()).toBe(before + 2);
    for (const r of [second, third]) {
      expect(r.status).toBe(200);
      expect(r.headers.get('x-cache')).toBe('hit');
      expect(r.headers.get('content-type')).toBe(miss.headers.get('content-type'));
      expect(r.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(await r.text()).toBe(body);
    }
  });

  it('keys by Accept and language, and leaves signed-in callers and writes to Apollo', async () => {
    await send({ accept: 'application/graphql-response+json' }, 5);
    await send({ accept: 'application/graphql-response+json' }, 5);
    const before = requestHits();
    const typed = await send({ accept: 'application/graphql-response+json' }, 5);
    expect(requestHits()).toBe(before + 1);
    expect(typed.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    // Another language: another answer (nothing found in front of Apollo for it).
    const sv = await send({ 'accept-language': 'sv' }, 5);
    expect(sv.headers.get('x-cache')).toBe('miss');
    expect(requestHits()).toBe(before + 1);

    const user = await createUser(db.orm.em);
    const signedIn = await send(
      { accept: 'application/graphql-response+json', cookie: `kg_session=${user.sessionToken}` },
      5,
    );
    expect(signedIn.headers.get('x-cache')).toBeNull();
    expect(requestHits()).toBe(before + 1);

    const lead = await createUser(db.orm.em, { memberships: [{ projectId: f.uuid.p, role: 'LEAD' }] });
    const current = ((await (await post(READ, { id: f.project })).json()) as any).data.node.version;
    const beforeWrite = requestHits();
    await post(
      `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { version } }`,
      { input: { id: f.project, expectedVersion: current, acronym: 'FRONT' } },
      { cookie: `kg_session=${lead.sessionToken}` },
    );
    const after = await send({ accept: 'application/graphql-response+json' }, 5);
    expect(after.headers.get('x-cache')).toBe('miss');
    expect(requestHits()).toBe(beforeWrite);
  });
});

describe('the response cache in front of Apollo, under a rate limit', () => {
  it('takes the points of every answer, and lets Apollo answer 429 when they do not fit', async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      QUERY_MAX_COST: '1000',
      RATE_LIMIT_BURST: '10',
      RATE_LIMIT_POINTS: '10',
    });
    const limited = await createApp(config, db.orm, createLogger('silent'));
    const srv = createAppServer(limited.handler);
    await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(srv.address() as AddressInfo).port}/graphql`;
      // Asks for 1 + 100 x (1 + 1 + 2) = 401 nodes (5 points of the 10, which must fit to run);
      // returns fewer (some tens of projects), and every answer is charged for what it returns.
      const body = JSON.stringify({
        query: '{ projects(first: 100) { nodes { slug participants(first: 2) { nodes { role } } } } }',
      });
      const ask = () => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const first = await ask();
      const answer = (await first.json()) as any;
      expect(first.status, JSON.stringify(answer)).toBe(200);
      const points = Math.ceil(answer.extensions.cost.actual / 100);
      expect(points).toBeLessThan(5);
      expect(first.headers.get('x-ratelimit-remaining')).toBe(String(10 - points));
      const second = await ask();
      expect(second.headers.get('x-cache')).toBe('hit');
      expect(second.headers.get('x-ratelimit-remaining')).toBe(String(10 - 2 * points));
      // Hits until the points no longer fit; then Apollo answers (it needs the 5 points asked).
      let third = await ask();
      while (third.status === 200) third = await ask();
      expect(third.status).toBe(429);
      expect(third.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(((await third.json()) as any).errors[0].extensions.code).toBe('THROTTLED');
    } finally {
      await new Promise((r) => srv.close(r));
      await limited.close();
    }
  });
});
