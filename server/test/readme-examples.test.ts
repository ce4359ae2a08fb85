import type { AddressInfo } from 'node:net';
import { type Server } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { getSchema } from '../src/graphql/schema.js';
import { createAppServer } from '../src/http/app-server.js';
import { createLogger } from '../src/logger.js';
import { createTestDatabase, type TestDatabase } from './db.js';

// The README's curl examples are what partners copy first: every one of them must still run
// against the reference data as the README says, and name only what the schema has.

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

interface Example {
  /** The command as written, for the failure message. */
  command: string;
  body: string;
  /** Sent with an API key or a session: checked against the schema only. */
  signedIn: boolean;
  /** The error code the README says the example answers with, if any. */
  expectedCode?: string;
}

/** Every `curl … /graphql … -d '…'`, its body spanning lines, and a `# {"errors"…}` line after it. */
function graphqlExamples(): Example[] {
  const out: Example[] = [];
  const re = /curl -s http:\/\/127\.0\.0\.1:4000\/graphql([^\n]*?)(?:\\\n\s*)?-d '([^']*)'(\n# (\{"errors".*))?/g;
  for (const m of readme.matchAll(re)) {
    out.push({
      command: m[0].slice(0, 160),
      body: m[2],
      signedIn: /authorization|-b '/.test(m[1]),
      expectedCode: m[4] ? /"code":"([A-Z_]+)"/.exec(m[4])?.[1] : undefined,
    });
  }
  return out;
}

/** The export and feed addresses of the README that need no id filled in. */
function getExamples(): string[] {
  const urls = [
    ...readme.matchAll(/curl (?:-OJ |-O |-H '[^']*' )*'?http:\/\/127\.0\.0\.1:4000(\/(?:export|feeds)\/[^\s']+)/g),
  ];
  return urls.map((m) => m[1]).filter((u) => !u.includes('<') && !u.includes('…'));
}

let db: TestDatabase;
let app: App;
let server: Server;
let base: string;

beforeAll(async () => {
  db = await createTestDatabase('readme');
  const clientDist = mkdtempSync(path.join(os.tmpdir(), 'kg-client-'));
  writeFileSync(path.join(clientDist, 'index.html'), '<!doctype html><html lang="fi"><title>Kuntagraph</title></html>');
  const env = { NODE_ENV: 'test', LOG_LEVEL: 'silent', RATE_LIMIT_ENABLED: 'false' };
  app = await createApp({ ...loadConfig(env), clientDist }, db.orm, createLogger('silent'));
  server = createAppServer(app.handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server?.close(r));
  await app?.close();
  await db?.close();
});

describe("the README's API examples", () => {
  const examples = graphqlExamples();

  it('are found', () => {
    expect(examples.length).toBeGreaterThanOrEqual(12);
    expect(examples.filter((e) => !e.signedIn).length).toBeGreaterThanOrEqual(8);
    expect(getExamples().length).toBeGreaterThanOrEqual(8);
  });

  it('name only what the schema has', async () => {
    const schema = await getSchema();
    for (const e of examples) {
      const { query } = JSON.parse(e.body) as { query: string };
      expect([e.command, validate(schema, parse(query)).map((x) => x.message)]).toEqual([e.command, []]);
    }
  });

  it('answer anonymously with data, or with the error the README shows', async () => {
    for (const e of examples.filter((x) => !x.signedIn)) {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: e.body,
      });
      const json = (await res.json()) as {
        data?: Record<string, unknown> | null;
        errors?: Array<{ extensions?: { code?: string } }>;
      };
      if (e.expectedCode) {
        expect([e.command, json.errors?.map((x) => x.extensions?.code)]).toEqual([e.command, [e.expectedCode]]);
      } else {
        expect([e.command, res.status, json.errors]).toEqual([e.command, 200, undefined]);
        // Every top-level field of the example answers with something (not null, not empty).
        for (const [field, value] of Object.entries(json.data ?? {})) {
          expect([e.command, field, value === null || (Array.isArray(value) && value.length === 0)]).toEqual([
            e.command,
            field,
            false,
          ]);
        }
      }
    }
  });

  it('export and feed addresses answer 200 with content', async () => {
    for (const url of getExamples()) {
      const res = await fetch(`${base}${url}`);
      const text = await res.text();
      expect([url, res.status, text.length > 100]).toEqual([url, 200, true]);
    }
  });
});
