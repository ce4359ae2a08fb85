import { MikroORM } from '@mikro-orm/postgresql';
import { type Server } from 'node:http';
import {
  createServer as createTcpServer,
  connect,
  type AddressInfo,
  type Server as TcpServer,
  type Socket,
} from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.js';
import { loadConfig, type Config } from '../src/config.js';
import { createOrmOptions } from '../src/db/mikro-orm.config.js';
import { createAppServer } from '../src/http/app-server.js';
import { createLogger } from '../src/logger.js';
import { createTestDatabase, type TestDatabase } from './db.js';

let db: TestDatabase;
const running: { app: App; server: Server }[] = [];
const baseConfig = (): Config => loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });

async function start(config: Config, orm: MikroORM = db.orm): Promise<string> {
  const app = await createApp(config, orm, createLogger('silent'));
  const server = createAppServer(app.handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  running.push({ app, server });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const post = (base: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const errorOf = async (res: Response) => ((await res.json()) as any).errors?.[0];

let base: string;
beforeAll(async () => {
  db = await createTestDatabase('http_hardening');
  base = await start(baseConfig());
});
afterAll(async () => {
  for (const r of running) {
    r.server.closeAllConnections();
    await new Promise((done) => r.server.close(done));
    await r.app.close();
  }
  await db?.close();
});

describe('query limits over HTTP', () => {
  /** projects > nodes > 4 x (deliverables > nodes > projects) > leaf: 14 levels + the leaf's. */
  const nest = (leaf: string) => {
    let q = leaf;
    for (let i = 0; i < 4; i++) q = `deliverables(first: 1) { nodes { projects { ${q} } } }`;
    return `{ projects(first: 1) { nodes { ${q} } } }`;
  };

  it('rejects 16 levels of nesting with 400 QUERY_TOO_COMPLEX and accepts 15', async () => {
    const ok = await post(base, { query: nest('slug') });
    expect(ok.status).toBe(200);
    const res = await post(base, { query: nest('name { text }') });
    expect(res.status).toBe(400);
    const e = await errorOf(res);
    expect(e.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth', max: 15, actual: 16 });
    expect(e.message).toMatch(/16 levels of nesting.*at most 15/);
  });

  it('rejects 16 aliases and 21 directives', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: __typename`).join(' ');
    const a = await post(base, { query: `{ ${aliases} }` });
    expect(a.status).toBe(400);
    expect((await errorOf(a)).extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases', actual: 16 });
    let nested = '__typename';
    for (let i = 0; i < 21; i++) nested = `... @include(if: true) { ${nested} }`;
    const d = await post(base, { query: `{ ${nested} }` });
    expect(d.status).toBe(400);
    expect((await errorOf(d)).extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'directives', actual: 21 });
  });

  it('rejects a query estimated over 25,000 nodes before it runs, and reports the cost', async () => {
    const query =
      '{ projects(first: 100) { nodes { participants(first: 100) { nodes { organisation { slug } project { slug } } } } } }';
    const res = await post(base, { query });
    expect(res.status).toBe(400);
    const body = (await res.json()) as any;
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', max: 25_000 });
    // Nothing ran, so nothing was returned.
    expect(body.extensions.cost).toEqual({ requested: 1 + 100 * (1 + 1 + 100 * 3), actual: 0, limit: 25_000 });
    // Sent again (its measure is remembered per document and variables): rejected the same way.
    const again = await post(base, { query });
    expect(again.status).toBe(400);
    expect(((await again.json()) as any).errors[0].extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'cost',
    });
    // The same shape with a size from a variable is costed with the value sent.
    const small = await post(base, {
      query:
        'query($n: Int) { projects(first: $n) { nodes { participants(first: $n) { nodes { organisation { slug } project { slug } } } } } }',
      variables: { n: 3 },
    });
    expect(small.status).toBe(200);
    const answered = (await small.json()) as any;
    // Returned: the connection, and per project its node, its participants' connection and
    // per participant its node, organisation and project.
    const returned =
      1 + answered.data.projects.nodes.reduce((n: number, p: any) => n + 2 + 3 * p.participants.nodes.length, 0);
    expect(answered.extensions.cost).toEqual({ requested: 1 + 3 * (1 + 1 + 3 * 3), actual: returned, limit: 25_000 });
  });

  it('rejects a subscription, which the schema does not have, in validation', async () => {
    const res = await post(base, { query: 'subscription { projects { totalCount } }' });
    expect(res.status).toBe(400);
    const e = await errorOf(res);
    expect(e.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(e.message).toBe('The subscription operation is not supported by the schema.');
  });

  it('answers circular fragments with a clean 400 validation error', async () => {
    const res = await post(base, {
      query:
        '{ projects { nodes { ...A } } } fragment A on Project { leadOrganisation { slug } ...B } fragment B on Project { ...A }',
    });
    expect(res.status).toBe(400);
    const e = await errorOf(res);
    expect(e.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(e.message).toMatch(/Cannot spread fragment "A" within itself/);
  });
});

describe('HTTP hardening', () => {
  it("tells a persisted query's wrong hash as the client's mistake", async () => {
    const res = await post(base, {
      query: '{ __typename }',
      extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } },
    });
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toEqual({
      message: 'provided sha does not match query',
      extensions: { code: 'BAD_REQUEST' },
    });
  });

  it('answers an operation name the document lacks as a client error, however often it is sent', async () => {
    // The response cache and the compiling executor read the operation: both must expect none.
    for (let i = 0; i < 3; i++) {
      const res = await post(base, { query: 'query A { __typename }', operationName: 'Nope' });
      expect(res.status, `request ${i + 1}`).toBe(400);
      expect((await errorOf(res)).message).toBe('Unknown operation named "Nope".');
    }
  });

  it('rejects a body that is not valid UTF-8 with 400', async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"query":"{ regions { code } }","x":"'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('"}'),
    ]);
    // Raw bytes: a string body would be re-encoded by fetch.
    const raw = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: bytes,
    });
    expect(raw.status).toBe(400);
    const e = await errorOf(raw);
    expect(e.extensions.code).toBe('BAD_REQUEST');
    expect(e.message).toMatch(/not valid UTF-8/);
  });

  it('rejects a lone UTF-16 surrogate escaped in the JSON with 400, and takes an escaped pair', async () => {
    const SEARCH = 'query($q: String) { search(query: $q, lang: fi) { totalCount } }';
    // As written by a client: JSON.stringify would escape nothing here.
    const send = (q: string) => post(base, `{"query":${JSON.stringify(SEARCH)},"variables":{"q":"${q}"}}`);
    const lone = await send('kaava \\ud800');
    expect(lone.status).toBe(400);
    const e = await errorOf(lone);
    expect(e.extensions.code).toBe('BAD_REQUEST');
    expect(e.message).toMatch(/unpaired UTF-16 surrogate/);
    const pair = await send('kaava \\ud83d\\ude00');
    expect(pair.status).toBe(200);
    expect(((await pair.json()) as any).data.search.totalCount).toBeGreaterThanOrEqual(0);
  });

  it('answers a GET mutation with 405 and Allow: POST', async () => {
    const q = encodeURIComponent('mutation { signOut }');
    const res = await fetch(`${base}/graphql?query=${q}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
  });

  it('keeps the batching and body-size limits', async () => {
    expect((await post(base, [{ query: '{ __typename }' }])).status).toBe(400);
    expect((await post(base, { query: `{ __typename } #${'x'.repeat(70_000)}` })).status).toBe(413);
  });
});

describe('slow requests and database outages', () => {
  /** Holds an exclusive lock on a table so that statements reading it wait. */
  async function lockTable(table: string) {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    await client.query('begin');
    await client.query(`lock table ${table} in access exclusive mode`);
    return async () => {
      await client.query('rollback');
      await client.end();
    };
  }

  it('answers 503 UNAVAILABLE when a request has no answer within the request timeout', async () => {
    const slowBase = await start({ ...baseConfig(), requestTimeoutMs: 300 });
    const release = await lockTable('project');
    try {
      const res = await post(slowBase, { query: '{ projects(first: 1) { nodes { slug } } }' });
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect((await errorOf(res)).extensions).toMatchObject({ code: 'UNAVAILABLE', retryable: true });
    } finally {
      await release();
    }
    // The late answer of the released statement is dropped; the server goes on serving.
    await new Promise((r) => setTimeout(r, 200));
    expect((await post(slowBase, { query: '{ __typename }' })).status).toBe(200);
  });

  it('answers 503 UNAVAILABLE at the request timeout to a body that is sent too slowly', async () => {
    const slowBase = await start({ ...baseConfig(), requestTimeoutMs: 300 });
    const { port } = new URL(slowBase);
    const socket = connect(Number(port), '127.0.0.1');
    const answer = new Promise<string>((resolve) => {
      let text = '';
      socket.on('data', (d) => (text += d.toString()));
      socket.on('end', () => resolve(text));
      socket.on('close', () => resolve(text));
    });
    const body = '{"query":"{ __typename }"}';
    // The headers and half of the body; the rest never comes.
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body.slice(0, 10)}`,
    );
    const started = Date.now();
    const text = await Promise.race([answer, new Promise<string>((r) => setTimeout(() => r('no answer'), 3000))]);
    socket.destroy();
    expect(text).toMatch(/^HTTP\/1.1 503/);
    expect(text).toMatch(/"code":"UNAVAILABLE"/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('turns a statement timeout into UNAVAILABLE, not INTERNAL_SERVER_ERROR', async () => {
    const orm = await MikroORM.init(createOrmOptions({ clientUrl: db.url, poolMax: 2, statementTimeoutMs: 200 }));
    const timeoutBase = await start(baseConfig(), orm);
    const release = await lockTable('project');
    try {
      const res = await post(timeoutBase, { query: '{ projects(first: 1) { nodes { slug } } }' });
      const e = await errorOf(res);
      expect(e.extensions).toEqual({ code: 'UNAVAILABLE', retryable: true, requestId: expect.any(String) });
      expect(e.message).toMatch(/took too long/);
    } finally {
      await release();
      await orm.close(true);
    }
  });

  it('during an outage: UNAVAILABLE for queries, 503 for health and signed-in requests; recovers after', async () => {
    const proxy = await tcpProxy(Number(new URL(db.url).port || 5432));
    const u = new URL(db.url);
    u.port = String(proxy.port);
    const orm = await MikroORM.init(createOrmOptions({ clientUrl: u.toString(), poolMax: 2 }));
    const outageBase = await start(baseConfig(), orm);
    const query = { query: '{ fundingCall(year: 2021) { grantsAwarded } }' };
    try {
      expect((await fetch(`${outageBase}/healthz`)).status).toBe(200);
      expect(((await (await post(outageBase, query)).json()) as any).data).toEqual({
        fundingCall: { grantsAwarded: 17 },
      });

      await proxy.down();
      for (const path of ['/healthz', '/readyz']) {
        const health = await fetch(`${outageBase}${path}`);
        expect(health.status).toBe(503);
        expect(await health.json()).toEqual({ status: 'unavailable', database: 'down' });
      }
      // An anonymous answer already in the response cache is still served; anything else needs the database.
      const cached = await post(outageBase, query);
      expect(cached.headers.get('x-cache')).toBe('hit');
      const res = await post(outageBase, { query: '{ fundingCall(year: 2020) { grantsAwarded } }' });
      expect(res.status).toBeLessThan(500);
      const e = await errorOf(res);
      expect(e.extensions).toMatchObject({ code: 'UNAVAILABLE', retryable: true });
      // A well-formed session token makes the context look the session up: no database, no context.
      const signedIn = await post(outageBase, query, { cookie: `kg_session=${'a'.repeat(43)}` });
      expect(signedIn.status).toBe(503);
      expect((await errorOf(signedIn)).extensions).toMatchObject({ code: 'UNAVAILABLE', retryable: true });

      await proxy.up();
      const again = await post(outageBase, query);
      expect(((await again.json()) as any).data).toEqual({ fundingCall: { grantsAwarded: 17 } });
      expect((await fetch(`${outageBase}/healthz`)).status).toBe(200);
    } finally {
      await proxy.down();
      await orm.close(true).catch(() => undefined);
    }
  });
});

/** A TCP proxy to PostgreSQL that can be cut (connections reset, new ones refused) and restored on the same port. */
async function tcpProxy(targetPort: number) {
  const sockets = new Set<Socket>();
  let server: TcpServer | undefined;
  let port = 0;
  const up = () =>
    new Promise<void>((resolve) => {
      server = createTcpServer((client) => {
        const upstream = connect(targetPort, '127.0.0.1');
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
        client.on('close', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as AddressInfo).port;
        resolve();
      });
    });
  await up();
  return {
    get port() {
      return port;
    },
    up,
    down: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        if (!server?.listening) return resolve();
        server.close(() => resolve());
      }),
  };
}
