import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initOrm } from '../src/db/orm.js';
import { setPreparedStatements } from '../src/graphql/prepared.js';
import { createTestDatabase, type TestDatabase } from './db.js';
import { createProjects } from './factories.js';
import { createExecutor } from './graphql.js';

// The loaders' reads run as named prepared statements with generic plans (graphql/prepared.ts,
// plan_cache_mode in db/mikro-orm.config.ts): planned once per connection, never again.

let db: TestDatabase;
let single: MikroORM;
let gql: Awaited<ReturnType<typeof createExecutor>>;

const PAGE = `{ projects(first: 5, filter: { status: [ONGOING] }) { nodes { slug
  participants(first: 3) { totalCount nodes { role organisation { slug region { code } } } }
  deliverables(first: 2) { nodes { kind title { text } adoptions(first: 2) { nodes { verification } } } } } } }`;

beforeAll(async () => {
  if (!server) return;
  db = await createTestDatabase('prepared');
  await createProjects(db.orm.em.fork(), 10);
  // One connection, so the statements' plans can be read from the session that holds them.
  single = await initOrm({ clientUrl: db.url, poolMax: 1 });
  gql = await createExecutor(single);
});
afterAll(async () => {
  setPreparedStatements(true);
  await gql?.stop();
  await single?.close(true);
  await db?.close();
});

// A second connection (of its own) needs a PostgreSQL server; the embedded one serves one.
const server = Boolean(process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL);

describe.runIf(server)('prepared statements', () => {
  it('are planned once (generic plans) and reused for every request', async () => {
    const first = await gql.execute<any>(PAGE);
    expect(first.errors).toBeUndefined();
    for (let i = 0; i < 4; i++) expect((await gql.execute<any>(PAGE)).data).toEqual(first.data);
    const rows = await single.em
      .getConnection()
      .execute<Array<{ name: string; generic_plans: string; custom_plans: string }>>(
        `select name, generic_plans, custom_plans from pg_prepared_statements where name like 'kg\\_%'`,
      );
    // The page (with the nested lists in it), the regions, the adoptions.
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const r of rows) {
      expect(Number(r.custom_plans)).toBe(0);
      expect(Number(r.generic_plans)).toBeGreaterThanOrEqual(1);
    }
  });

  it('answer exactly as the same statements sent with their values inlined', async () => {
    const prepared = await gql.execute<any>(PAGE);
    setPreparedStatements(false);
    try {
      const inlined = await gql.execute<any>(PAGE);
      expect(inlined.errors).toBeUndefined();
      expect(inlined.data).toEqual(prepared.data);
    } finally {
      setPreparedStatements(true);
    }
  });
});
