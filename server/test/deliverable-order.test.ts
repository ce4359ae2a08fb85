import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './db.js';
import { createProjects } from './factories.js';
import { createExecutor } from './graphql.js';

// A project's deliverables, newest first, are read from the link table's copy of each
// deliverable's date (deliverable_project.published_sort, kept by triggers: migration
// 20261128100000). The copy must follow every change, or the list would be out of order.

let db: TestDatabase;
let gql: Awaited<ReturnType<typeof createExecutor>>;
const sql = <T = any>(q: string, p: unknown[] = []) => db.orm.em.getConnection().execute<T[]>(q, p);

beforeAll(async () => {
  db = await createTestDatabase('deliverable_order');
  await createProjects(db.orm.em.fork(), 3, 5);
  gql = await createExecutor(db.orm);
});
afterAll(async () => {
  await gql?.stop();
  await db?.close();
});

/** The project's deliverable ids as the API lists them, and as the deliverables' own dates order them. */
async function orders(slug: string) {
  const r = await gql.execute<any>(
    `query($slug: String!) { project(slug: $slug) { deliverables(first: 100) { nodes { id } } } }`,
    { slug },
  );
  expect(r.errors).toBeUndefined();
  const api = r.data.project.deliverables.nodes.map(
    (n: any) => Buffer.from(n.id, 'base64url').toString().split(':')[1],
  );
  const truth = (
    await sql<{ id: string }>(
      `select d.id from deliverable_project dp join deliverable d on d.id = dp.deliverable_id
        join project p on p.id = dp.project_id where p.slug = ?
        order by coalesce(d.published_at, '0001-01-01') desc, d.id`,
      [slug],
    )
  ).map((x) => x.id);
  return { api, truth };
}

describe('a project’s deliverables, newest first', () => {
  it('follow a changed or removed publication date, and a new link takes its deliverable’s date', async () => {
    const [{ slug, id: projectId }] = await sql<{ slug: string; id: string }>(
      `select p.slug, p.id from project p where p.slug like 'fixture-%' order by p.slug limit 1`,
    );
    let o = await orders(slug);
    expect(o.api.length).toBeGreaterThanOrEqual(5);
    expect(o.api).toEqual(o.truth);

    // The oldest becomes the newest; the newest loses its date.
    const last = o.api[o.api.length - 1];
    const first = o.api[0];
    await sql(`update deliverable set published_at = '2031-01-01' where id = ?`, [last]);
    await sql(`update deliverable set published_at = null where id = ?`, [first]);
    o = await orders(slug);
    expect(o.api[0]).toBe(last);
    expect(o.api).toEqual(o.truth);

    // A deliverable of another project, linked to this one too, keeps its place by date.
    const [{ id: other }] = await sql<{ id: string }>(
      `update deliverable set published_at = '2030-06-01' where id = (select dp.deliverable_id from deliverable_project dp
         where dp.project_id <> ? order by dp.deliverable_id limit 1) returning id`,
      [projectId],
    );
    await sql(`insert into deliverable_project (id, deliverable_id, project_id) values (gen_random_uuid(), ?, ?)`, [
      other,
      projectId,
    ]);
    o = await orders(slug);
    expect(o.api.slice(0, 2)).toEqual([last, other]);
    expect(o.api).toEqual(o.truth);
  });
});
