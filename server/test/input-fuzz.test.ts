import { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createAppServer } from '../src/http/app-server.js';
import { createLogger } from '../src/logger.js';
import { createUser } from './actors.js';
import { createTestDatabase, type TestDatabase } from './db.js';

/*
 * Every query field with arguments and every mutation of the schema, sent by an administrator
 * (so that a mutation gets past authorisation to the checks of its input), with each argument
 * and input field in turn set to a hostile value: empty, over-long, NUL, an unpaired surrogate,
 * markup, SQL, ids of nothing or of the wrong type, extreme numbers, long, empty and null lists.
 * Each must be answered as the client's mistake or done, never with a 5xx or an
 * INTERNAL_SERVER_ERROR (QUALITY.md: no 5xx for anything a client can send).
 */

let db: TestDatabase;
let app: App;
let server: Server;
let base: string;
let cookie: string;

beforeAll(async () => {
  db = await createTestDatabase('input_fuzz');
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', RATE_LIMIT_ENABLED: 'false' });
  app = await createApp(config, db.orm, createLogger('silent'));
  server = createAppServer(app.handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  cookie = `kg_session=${(await createUser(db.orm.em, { admin: true })).sessionToken}`;
});
afterAll(async () => {
  await new Promise((r) => server?.close(r));
  await app?.close();
  await db?.close();
});

/** The raw JSON body, so that escapes such as an unpaired surrogate reach the server as a client sends them. */
async function send(query: string, variables: unknown = {}) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }).replaceAll('@LONE@', '\\ud800'),
  });
  const body = (await res.json()) as {
    data?: any;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  return {
    status: res.status,
    data: body.data,
    code: body.errors?.[0]?.extensions?.code,
    message: body.errors?.[0]?.message,
  };
}

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface SchemaType {
  name: string;
  kind: string;
  enumValues: Array<{ name: string }> | null;
  inputFields: Array<{ name: string; type: TypeRef }> | null;
}
interface Field {
  name: string;
  args: Array<{ name: string; type: TypeRef }>;
  type: TypeRef;
}

const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);
const typeText = (t: TypeRef): string =>
  t.kind === 'NON_NULL' ? `${typeText(t.ofType!)}!` : t.kind === 'LIST' ? `[${typeText(t.ofType!)}]` : t.name!;

const HOSTILE: Record<string, unknown[]> = {
  String: [
    '',
    'x'.repeat(20_000),
    'a\u0000b',
    '@LONE@',
    '<script>alert(1)</script>',
    "'; drop table project; --",
    '%_\\',
  ],
  ID: ['', 'x', 'UHJvamVjdDp4', Buffer.from(`Deliverable:${'0'.repeat(36)}`).toString('base64')],
  Int: [-1, 2147483647, -2147483648],
  Float: [-1e308],
};

/** Sends every field of a root type with each hostile value; returns the number sent and the server errors. */
async function fuzz(root: 'queryType' | 'mutationType', skipped: ReadonlySet<string>) {
  const T = 'fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
  const schema = (
    await send(`{ __schema { ${root} { fields { name args { name type { ...T } } type { ...T } } }
      types { name kind enumValues { name } inputFields { name type { ...T } } } } } ${T}`)
  ).data.__schema;
  const types = new Map<string, SchemaType>(schema.types.map((t: SchemaType) => [t.name, t]));
  const [project] = await db.orm.em
    .getConnection()
    .execute<{ id: string }[]>(
      `select encode(convert_to('Project:' || id, 'utf8'), 'base64') as id from project limit 1`,
    );

  /** A plausible value of a type: every field of an input filled, recursively. */
  const plausible = (t: TypeRef, depth = 0): unknown => {
    if (t.kind === 'NON_NULL') return plausible(t.ofType!, depth);
    if (t.kind === 'LIST') return [plausible(t.ofType!, depth)];
    const type = types.get(t.name!)!;
    if (type.kind === 'ENUM') return type.enumValues![0].name;
    if (type.kind === 'INPUT_OBJECT') {
      if (depth > 3) return null;
      return Object.fromEntries(type.inputFields!.map((f) => [f.name, plausible(f.type, depth + 1)]));
    }
    return ({ ID: project.id, Int: 1, Float: 1, Boolean: true } as Record<string, unknown>)[t.name!] ?? 'x';
  };
  /** [path in the value, hostile value] for every leaf and list of a type. */
  const hostile = function* (t: TypeRef, value: any, path: string[] = []): Generator<[string[], unknown]> {
    if (t.kind === 'NON_NULL') return yield* hostile(t.ofType!, value, path);
    if (t.kind === 'LIST') {
      yield [path, []];
      yield [path, Array(500).fill(value?.[0] ?? 'x')];
      return;
    }
    const type = types.get(t.name!)!;
    if (type.kind === 'SCALAR') for (const v of HOSTILE[t.name!] ?? []) yield [path, v];
    if (type.kind === 'INPUT_OBJECT' && value)
      for (const f of type.inputFields!) yield* hostile(f.type, value[f.name], [...path, f.name]);
  };
  const withValue = (value: unknown, path: string[], v: unknown) => {
    if (!path.length) return v;
    const copy = structuredClone(value) as Record<string, any>;
    let at = copy;
    for (const k of path.slice(0, -1)) at = at[k];
    at[path[path.length - 1]] = v;
    return copy;
  };

  const failures: string[] = [];
  let sent = 0;
  for (const f of schema[root].fields as Field[]) {
    if (skipped.has(f.name) || f.args.length === 0) continue;
    const leaf = ['SCALAR', 'ENUM'].includes(types.get(named(f.type).name!)!.kind);
    const decl = f.args.map((a) => `$${a.name}: ${typeText(a.type)}`).join(', ');
    const call = f.args.map((a) => `${a.name}: $${a.name}`).join(', ');
    const query = `${root === 'queryType' ? 'query' : 'mutation'}(${decl}) { r: ${f.name}(${call})${leaf ? '' : ' { __typename }'} }`;
    const good = Object.fromEntries(f.args.map((a) => [a.name, plausible(a.type)]));
    for (const a of f.args) {
      for (const [path, v] of hostile(a.type, good[a.name])) {
        const r = await send(query, { ...good, [a.name]: withValue(good[a.name], path, v) });
        sent++;
        if (r.status >= 500 || r.code === 'INTERNAL_SERVER_ERROR')
          failures.push(
            `${f.name} ${[a.name, ...path].join('.')} = ${JSON.stringify(v).slice(0, 30)}: ${r.status} ${r.code} ${r.message}`,
          );
      }
    }
  }
  return { sent, failures };
}

describe('hostile input to every field with arguments', () => {
  it('answers every query with a client error or a result, never a server error', async () => {
    const { sent, failures } = await fuzz('queryType', new Set());
    expect(sent).toBeGreaterThan(300);
    expect(failures).toEqual([]);
  }, 120_000);

  it('answers every mutation with a client error or a result, never a server error', async () => {
    // Signing in and out, and merging organisations, would end or change the session under test.
    const { sent, failures } = await fuzz(
      'mutationType',
      new Set(['signIn', 'signUp', 'signOut', 'changePassword', 'mergeOrganisations']),
    );
    expect(sent).toBeGreaterThan(500);
    expect(failures).toEqual([]);
  }, 120_000);
});
