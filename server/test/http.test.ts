import type { AddressInfo } from 'node:net';
import { type Server } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createAppServer } from '../src/http/app-server.js';
import { createLogger } from '../src/logger.js';
import { createTestDatabase, type TestDatabase } from './db.js';

let db: TestDatabase;
let app: App;
let server: Server;
let base: string;

beforeAll(async () => {
  db = await createTestDatabase('http');
  const clientDist = mkdtempSync(path.join(os.tmpdir(), 'kg-client-'));
  writeFileSync(path.join(clientDist, 'index.html'), '<!doctype html><html lang="fi"><title>Kuntagraph</title></html>');
  const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), clientDist };
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

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('over HTTP', () => {
  it('answers a query with JSON and echoes a request id', async () => {
    const res = await post(JSON.stringify({ query: '{ fundingCall(year: 2021) { grantsAwarded } }' }), {
      'x-request-id': 'test-123',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('test-123');
    expect(await res.json()).toEqual({
      data: { fundingCall: { grantsAwarded: 17 } },
      extensions: { cost: { requested: 1, actual: 1, limit: 25000 } },
    });
  });

  it('uses Accept-Language when a field has no lang argument', async () => {
    const res = await post(JSON.stringify({ query: '{ municipality(code: "853") { name { text lang } } }' }), {
      'accept-language': 'sv-FI,sv;q=0.9',
    });
    expect(await res.json()).toEqual({
      data: { municipality: { name: { text: 'Åbo', lang: 'sv' } } },
      extensions: { cost: { requested: 2, actual: 2, limit: 25000 } },
    });
  });

  it('rejects malformed JSON with 400 and a JSON error, not 500', async () => {
    const res = await post('{"query": "{ regions { code } }"');
    expect(res.status).toBe(400);
    const body = (await res.json()) as any;
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('rejects a batch (JSON array) with 400', async () => {
    const res = await post(JSON.stringify([{ query: '{ regions { code } }' }, { query: '{ regions { code } }' }]));
    expect(res.status).toBe(400);
  });

  it('rejects a body over 64 kB with 413', async () => {
    const res = await post(JSON.stringify({ query: `{ regions { code } } #${'x'.repeat(70_000)}` }));
    expect(res.status).toBe(413);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('rejects a GET query without a CSRF-safe header', async () => {
    const res = await fetch(`${base}/graphql?query=${encodeURIComponent('{ regions { code } }')}`);
    expect(res.status).toBe(400);
  });

  it('answers a syntax error with 400 and GRAPHQL_PARSE_FAILED', async () => {
    const res = await post(JSON.stringify({ query: '{ regions { code }' }));
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('reports health', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('serves the web app at / and its routes', async () => {
    for (const p of ['/', '/fi/projects/kaatio']) {
      const res = await fetch(`${base}${p}`, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<title>Kuntagraph</title>');
    }
  });

  it('never re-parents a request or response (app-server.ts)', async () => {
    const changed: string[] = [];
    const original = Object.setPrototypeOf;
    Object.setPrototypeOf = (o: object, proto: object | null) => {
      if (Object.getPrototypeOf(o) !== proto) changed.push(o?.constructor?.name ?? typeof o);
      return original(o, proto);
    };
    try {
      await post(JSON.stringify({ query: '{ fundingCall(year: 2021) { grantsAwarded } }' }));
      await fetch(`${base}/graphql?query=%7B__typename%7D`, { headers: { 'apollo-require-preflight': '1' } });
      await fetch(`${base}/healthz`);
      await fetch(`${base}/fi/projects/kaatio`, { headers: { accept: 'text/html' } });
      await fetch(`${base}/export/projects.csv?lang=fi`);
      await fetch(`${base}/feeds/projects.atom`);
      await fetch(`${base}/nope`);
      expect(changed).toEqual([]);
    } finally {
      Object.setPrototypeOf = original;
    }
  });

  it('sends ETags for exports, which answer 304 when unchanged, and none for GraphQL', async () => {
    const first = await fetch(`${base}/export/projects.csv?lang=fi`);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/"/);
    // fetch() adds `cache-control: no-cache` to a conditional request unless told otherwise.
    const again = await fetch(`${base}/export/projects.csv?lang=fi`, {
      headers: { 'if-none-match': etag!, 'cache-control': 'max-age=0' },
    });
    expect(again.status).toBe(304);
    const feed = await fetch(`${base}/feeds/projects.atom`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('etag')).toMatch(/^W\/"/);
    const gql = await post(JSON.stringify({ query: '{ fundingCall(year: 2021) { grantsAwarded } }' }));
    expect(gql.status).toBe(200);
    expect(gql.headers.get('etag')).toBeNull();
    expect(gql.headers.get('x-powered-by')).toBeNull();
  });
});
