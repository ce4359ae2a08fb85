import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './db.js';
import { createProjects } from './factories.js';
import { createExecutor } from './graphql.js';

// Nested lists read in their parent's statement (src/graphql/many-embeds.ts) must answer exactly
// as their loaders do, for any arguments; when the operation asks a list with different arguments
// in different places, the loader answers (one statement more, never a wrong page).

let db: TestDatabase;
let embedded: Awaited<ReturnType<typeof createExecutor>>;
let loaders: Awaited<ReturnType<typeof createExecutor>>;

beforeAll(async () => {
  db = await createTestDatabase('many_embeds');
  await createProjects(db.orm.em.fork(), 8);
  embedded = await createExecutor(db.orm);
  // Without the operation's selection nothing is embedded: every list comes from its loader.
  loaders = await createExecutor(db.orm, { pruning: false });
});
afterAll(async () => {
  await embedded?.stop();
  await loaders?.stop();
  await db?.close();
});

async function both(query: string, variables: Record<string, unknown> = {}) {
  const viaLoaders = await loaders.execute<any>(query, variables);
  db.resetStatements();
  const viaParent = await embedded.execute<any>(query, variables);
  const statements = [...db.statements];
  expect(viaLoaders.errors).toBeUndefined();
  expect(viaParent.errors).toBeUndefined();
  expect(viaParent.data).toEqual(viaLoaders.data);
  return { data: viaParent.data, statements };
}

const cursor = (n: number) => Buffer.from(`o:${n}`).toString('base64url');

describe('nested lists read in the parent statement', () => {
  it('a project with its neighbours (W3) and its long texts is one statement', async () => {
    const { data, statements } = await both(`{ projects(first: 1, filter: { status: [ONGOING] }) { nodes { id } } }`);
    const id = data.projects.nodes[0].id;
    const r = await both(
      `query($id: ID!) { project(id: $id) { slug participants(first: 100) { totalCount nodes { role organisation { slug } } }
        grants { ordinal status call { year } } serviceUses(first: 100) { nodes { relation service { slug } } }
        deliverables(first: 100) { pageInfo { hasNextPage } nodes { id kind } } specifications { relation }
        leadOrganisation { slug } lessons { category } linksIn { relation } linksOut { relation }
        summary(lang: fi) { text } provenance { url } } }`,
      { id },
    );
    expect(statements).toHaveLength(1);
    expect(r.statements).toHaveLength(1);
    expect(r.data.project.participants.nodes.length).toBeGreaterThanOrEqual(3);
    expect(r.data.project.participants.totalCount).toBe(r.data.project.participants.nodes.length);
    expect(r.data.project.deliverables.nodes.length).toBeGreaterThanOrEqual(3);
  });

  it('pages, filters and counts from variables as the loader does, past the end too', async () => {
    const q = `query($first: Int, $after: String, $role: ParticipationRole, $kind: DeliverableKind) {
      projects(first: 8) { nodes { slug
        participants(first: $first, after: $after, role: $role) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { role organisation { slug } } }
        deliverables(first: $first, after: $after, kind: $kind) { totalCount pageInfo { hasNextPage endCursor } nodes { kind title { text } } } } } }`;
    for (const variables of [
      { first: 1 },
      { first: 2, after: cursor(1) },
      { first: 100 },
      { first: 1, after: cursor(50) },
      { first: 5, role: 'LEAD_APPLICANT', kind: 'REPORT' },
      { first: 5, role: 'PARTNER', kind: 'SOFTWARE' },
    ]) {
      const r = await both(q, variables);
      expect(r.statements).toHaveLength(1);
    }
  });

  it('reads a deliverable’s and an organisation’s lists in their statement too, as the loaders answer', async () => {
    const { data } = await both(
      `{ projects(first: 1, filter: { status: [ONGOING] }) { nodes { deliverables(first: 1) { nodes { id publisher { id } } } } } }`,
    );
    const deliverable = data.projects.nodes[0].deliverables.nodes[0];
    const d = await both(
      `query($id: ID!) { node(id: $id) { ... on Deliverable { id kind projects { slug } releases { version }
        serviceUses(first: 10) { totalCount nodes { relation } }
        adoptions(first: 2) { totalCount pageInfo { hasNextPage } nodes { verification organisation { slug } } } } } }`,
      { id: deliverable.id },
    );
    expect(d.statements).toHaveLength(1);
    expect(d.data.node.projects.length).toBeGreaterThanOrEqual(1);
    const o = await both(
      `query($id: ID!) { organisation(id: $id) { slug
        participations(first: 3) { totalCount nodes { role project { slug } } }
        publishedDeliverables(first: 2) { pageInfo { hasNextPage } nodes { kind } }
        adoptions(first: 2, verification: VERIFIED) { totalCount nodes { status } } } }`,
      { id: deliverable.publisher.id },
    );
    expect(o.statements).toHaveLength(1);
    expect(o.data.organisation.participations.totalCount).toBeGreaterThanOrEqual(1);
  });

  it('takes the operation’s default for a variable the request does not send', async () => {
    const r =
      await both(`query($first: Int = 2, $role: ParticipationRole = PARTNER) { projects(first: 5, filter: { status: [ONGOING] }) {
      nodes { participants(first: $first, role: $role) { totalCount pageInfo { hasNextPage } nodes { role } } } } }`);
    expect(r.statements).toHaveLength(1);
    expect(r.data.projects.nodes.every((p: any) => p.participants.nodes.length <= 2)).toBe(true);
  });

  it('falls back to the loader when a list is asked with different arguments', async () => {
    const r = await both(`{ projects(first: 8, filter: { status: [ONGOING] }) { nodes {
      one: participants(first: 1) { nodes { organisation { slug } } }
      all: participants(first: 100) { pageInfo { hasNextPage } nodes { organisation { slug } } } } } }`);
    expect(r.data.projects.nodes.every((p: any) => p.one.nodes.length === 1 && p.all.nodes.length >= 3)).toBe(true);
    // The page (one of the two lists may be read in it), then the loader for the other.
    expect(r.statements.length).toBeGreaterThanOrEqual(2);
  });

  it('reads a list one level deeper with its own loader (only the top statement embeds lists)', async () => {
    const r = await both(`{ organisations(first: 5, filter: { kind: [MUNICIPALITY] }) { nodes { slug
      participations(first: 2) { nodes { project { slug participants(first: 2) { nodes { organisation { slug } } } } } } } } }`);
    expect(r.statements.length).toBeGreaterThanOrEqual(2);
  });

  it('reads a page of only ids from the link table, in the parent statement and by the loader', async () => {
    const joined = /deliverable_project dp join deliverable t/;
    const ids = `{ projects(first: 8) { nodes { deliverables(first: 1) { totalCount pageInfo { hasNextPage } nodes { id } } } } }`;
    const r = await both(ids);
    expect(r.statements).toHaveLength(1);
    expect(r.statements[0]).toMatch(/from deliverable_project dp where/);
    expect(r.statements[0]).not.toMatch(joined);
    // The same page with a column of the deliverable joins its table, and gives the same ids.
    const titled = await both(ids.replace('nodes { id }', 'nodes { id kind }'));
    expect(titled.statements[0]).toMatch(joined);
    expect(titled.data.projects.nodes.map((p: any) => p.deliverables.nodes.map((d: any) => d.id))).toEqual(
      r.data.projects.nodes.map((p: any) => p.deliverables.nodes.map((d: any) => d.id)),
    );
    expect(r.data.projects.nodes.some((p: any) => p.deliverables.pageInfo.hasNextPage)).toBe(true);
    // A filter on the deliverable's own column needs its table.
    const filtered = await both(ids.replace('first: 1)', 'first: 1, kind: REPORT)'));
    expect(filtered.statements[0]).toMatch(joined);
    // The loader (a list one level deeper) reads ids from the link table too.
    db.resetStatements();
    const deep = await embedded.execute<any>(
      `{ organisations(first: 5, filter: { kind: [MUNICIPALITY] }) { nodes { participations(first: 2) { nodes { project { deliverables(first: 2) { nodes { id } } } } } } } }`,
    );
    expect(deep.errors).toBeUndefined();
    expect(db.statements.some((s) => /from deliverable_project dp where dp.project_id = any/.test(s))).toBe(true);
    expect(db.statements.some((s) => joined.test(s))).toBe(false);
  });

  it('reports a bad cursor or page size of an embedded list as BAD_USER_INPUT', async () => {
    for (const args of ['first: 0', 'first: 101', 'after: "bm9wZQ"']) {
      const r = await embedded.execute<any>(
        `{ projects(first: 2) { nodes { participants(${args}) { nodes { role } } } } }`,
      );
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
