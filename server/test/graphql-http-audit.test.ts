import { serverAudits } from 'graphql-http';
import { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createAppServer } from '../src/http/app-server.js';
import { createLogger } from '../src/logger.js';
import { prefersLegacyJson, preferredType } from '../src/graphql/http-status.plugin.js';
import { createTestDatabase, type TestDatabase } from './db.js';

let db: TestDatabase;
let app: App;
let server: Server;
let url: string;

beforeAll(async () => {
  db = await createTestDatabase('graphql_http_audit', { seed: false });
  app = await createApp(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), db.orm, createLogger('silent'));
  server = createAppServer(app.handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  await new Promise((r) => server?.close(r));
  await app?.close();
  await db?.close();
});

/**
 * The audit's GET requests carry no content-type, which Apollo's CSRF prevention rightly
 * refuses; a real client sends the preflight header, and so does this fetch.
 */
const fetchWithPreflight = (input: string | URL | Request, init: RequestInit = {}) => {
  const headers = new Headers(init.headers);
  if ((init.method ?? 'GET').toUpperCase() === 'GET') headers.set('apollo-require-preflight', 'true');
  return fetch(input, { ...init, headers });
};

describe('GraphQL over HTTP (graphql-http server audit)', () => {
  it('passes every MUST and SHOULD audit', async () => {
    const audits = serverAudits({ url: () => url, fetchFn: fetchWithPreflight });
    const results = await Promise.all(audits.map(async (a) => ({ name: a.name, result: await a.fn() })));
    const failed = results
      .filter((r) => /^(MUST|SHOULD) /.test(r.name) && r.result.status !== 'ok')
      .map((r) => `${r.name}: ${r.result.status === 'ok' ? '' : r.result.reason}`);
    expect(failed).toEqual([]);
    expect(results.filter((r) => r.name.startsWith('MUST ')).length).toBeGreaterThan(10);
    expect(results.filter((r) => r.name.startsWith('SHOULD ')).length).toBeGreaterThan(10);
  });

  it('keeps CSRF prevention: a GET without a preflight header or JSON content type is refused', async () => {
    const res = await fetch(`${url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(res.status).toBe(400);
    const ok = await fetch(`${url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(ok.status).toBe(200);
  });

  it('answers a validation error 200 to application/json, 400 to graphql-response+json, a wildcard or no Accept', async () => {
    const send = (accept?: string) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) },
        body: JSON.stringify({ query: '{ noSuchField }' }),
      });
    expect((await send('application/json')).status).toBe(200);
    expect((await send('application/graphql-response+json')).status).toBe(400);
    expect((await send('application/graphql-response+json, application/json;q=0.9')).status).toBe(400);
    expect((await send()).status).toBe(400);
    expect((await send('*/*')).status).toBe(400);
  });

  it('negotiates like Apollo', () => {
    expect(preferredType('application/json')).toBe('application/json');
    expect(preferredType('*/*')).toBe('application/json');
    expect(preferredType('application/graphql-response+json, application/json')).toBe(
      'application/graphql-response+json',
    );
    expect(preferredType('application/json, application/graphql-response+json')).toBe('application/json');
    expect(preferredType('application/json;q=0.5, application/graphql-response+json')).toBe(
      'application/graphql-response+json',
    );
    expect(preferredType('application/graphql-response+json;q=0, */*')).toBe('application/json');
    expect(preferredType('text/html')).toBeNull();
    expect(preferredType(undefined)).toBeNull();
    expect(prefersLegacyJson('application/json')).toBe(true);
    expect(prefersLegacyJson('text/plain, application/json;q=0.9')).toBe(true);
    expect(prefersLegacyJson('*/*')).toBe(false);
    expect(prefersLegacyJson('application/graphql-response+json, application/json')).toBe(false);
  });
});
