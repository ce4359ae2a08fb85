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
 * Every mutation of the schema, sent by an administrator (so that it gets past authorisation to
 * the checks of its input), with each field of its input in turn set to a hostile value: empty,
 * over-long, NUL, an unpaired surrogate, markup, SQL, ids of nothing or of the wrong type, extreme
 * numbers, long and empty lists. Each must be answered as the client's mistake or done, never
 * with a 5xx or an INTERNAL_SERVER_ERROR (QUALITY.md: no 5xx for anything a client can send).
 */

let db: TestDatabase;
let app: App;
let server: Server;
let base: string;
let cookie: string;

beforeAll(async () => {
  db = await createTestDatabase('mutation_fuzz');
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
async function send(query: string, variables: unknown): Promise<{ status: number; code?: string; message?: string }> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }).replaceAll('@LONE@', '\\ud800'),
  });
  const body = (await res.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
  return { status: res.status, code: body.errors?.[0]?.extensions?.code, message: body.errors?.[0]?.message };
}

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface InputType {
  name: string;
  kind: string;
  enumValues: Array<{ name: string }> | null;
  inputFields: Array<{ name: string; type: TypeRef }> | null;
}

const typeText = (t: TypeRef): string =>
  t.kind === 'NON_NULL' ? `${typeText(t.ofType!)}!` : t.kind === 'LIST' ? `[${typeText(t.ofType!)}]` : t.name!;

describe('every mutation with hostile input', () => {
  it('answers each with a client error or a result, never a server error', async () => {
    const schema = (
      (await (
        await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: `{ __schema { mutationType { fields { name args { name type { ...T } } } }
              types { name kind enumValues { name } inputFields { name type { ...T } } } } }
              fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }`,
          }),
        })
      ).json()) as any
    ).data.__schema;
    const types = new Map<string, InputType>(schema.types.map((t: InputType) => [t.name, t]));
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
    const HOSTILE: Record<string, unknown[]> = {
      String: ['', 'x'.repeat(20_000), 'a\u0000b', '@LONE@', '<script>alert(1)</script>', "'; drop table project; --"],
      ID: ['', 'x', 'UHJvamVjdDp4', Buffer.from(`Deliverable:${'0'.repeat(36)}`).toString('base64')],
      Int: [-1, 2147483647],
      Float: [-1e308],
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
    const withValue = (root: unknown, path: string[], v: unknown) => {
      if (!path.length) return v;
      const copy = structuredClone(root) as Record<string, any>;
      let at = copy;
      for (const k of path.slice(0, -1)) at = at[k];
      at[path[path.length - 1]] = v;
      return copy;
    };

    // Signing in and out, and merging organisations, would end or change the session under test.
    const skipped = new Set(['signIn', 'signUp', 'signOut', 'changePassword', 'mergeOrganisations']);
    const failures: string[] = [];
    let sent = 0;
    for (const m of schema.mutationType.fields as Array<{
      name: string;
      args: Array<{ name: string; type: TypeRef }>;
    }>) {
      if (skipped.has(m.name)) continue;
      const decl = m.args.map((a) => `$${a.name}: ${typeText(a.type)}`).join(', ');
      const call = m.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const query = `mutation${decl ? `(${decl})` : ''} { r: ${m.name}${call ? `(${call})` : ''} { __typename } }`;
      const good = Object.fromEntries(m.args.map((a) => [a.name, plausible(a.type)]));
      for (const a of m.args) {
        for (const [path, v] of hostile(a.type, good[a.name])) {
          const r = await send(query, { ...good, [a.name]: withValue(good[a.name], path, v) });
          sent++;
          if (r.status >= 500 || r.code === 'INTERNAL_SERVER_ERROR')
            failures.push(
              `${m.name} ${[a.name, ...path].join('.')} = ${JSON.stringify(v).slice(0, 30)}: ${r.status} ${r.code} ${r.message}`,
            );
        }
      }
    }
    expect(sent).toBeGreaterThan(500);
    expect(failures).toEqual([]);
  }, 120_000);
});
