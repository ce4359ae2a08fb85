import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/graphql/global-id.js';
import { createApiKey, createUser, type Credentials } from './actors.js';
import { createTestDatabase, type TestDatabase } from './db.js';
import { codes, createExecutor } from './graphql.js';

let db: TestDatabase;
let exec: Awaited<ReturnType<typeof createExecutor>>['execute'];
let stop: () => Promise<unknown>;
let helsinki: string; // organisation uuid
let turku: string;

beforeAll(async () => {
  db = await createTestDatabase('project_mutations');
  ({ execute: exec, stop } = await createExecutor(db.orm));
  const rows = await db.orm.em
    .getConnection()
    .execute<{ id: string }[]>(
      `select id from organisation where municipality_code in ('091', '853') order by municipality_code`,
    );
  [helsinki, turku] = rows.map((r) => r.id);
});
afterAll(async () => {
  await stop?.();
  await db?.close();
});

const as = (c: Credentials) => ({ sessionToken: c.sessionToken, apiKey: c.apiKey });
const count = async (sql: string, params: unknown[] = []) =>
  Number((await db.orm.em.getConnection().execute<{ n: string }[]>(`select count(*) as n from ${sql}`, params))[0].n);

const CREATE = `mutation($input: CreateProjectInput!, $key: String) {
  createProject(input: $input, idempotencyKey: $key) { id slug version status themes name { text } archivedAt
    participants(first: 5) { edges { node { role organisation { id } } } } } }`;
const UPDATE = `mutation($input: UpdateProjectInput!, $key: String) {
  updateProject(input: $input, idempotencyKey: $key) { id version website summary { text } plannedEnd name { text } } }`;
const ARCHIVE = `mutation($input: SetProjectArchivedInput!) { setProjectArchived(input: $input) { id version archivedAt } }`;

async function newProject(creator: Credentials, name = 'Sähköinen lupapalvelu') {
  const r = await exec(
    CREATE,
    {
      input: {
        leadOrganisation: toGlobalId('Organisation', helsinki),
        name: { fi: name },
        themes: ['E_PERMITS_BUILDING_CONTROL'],
      },
    },
    as(creator),
  );
  expect(r.errors).toBeUndefined();
  return r.data!.createProject;
}

describe('createProject', () => {
  it('creates a project for the organisation the user acts for, the user becomes its lead', async () => {
    const member = await createUser(db.orm.em, { memberships: [{ organisationId: helsinki, role: 'MEMBER' }] });
    const p = await newProject(member, 'Rakennusvalvonnan sähköistäminen');
    expect(p.slug).toBe('rakennusvalvonnan-sahkoistaminen');
    expect(p.version).toBe(1);
    expect(p.status).toBe('PLANNED');
    expect(p.themes).toEqual(['BUILT_ENVIRONMENT', 'E_PERMITS_BUILDING_CONTROL']);
    expect(p.participants.edges).toEqual([
      { node: { role: 'LEAD_APPLICANT', organisation: { id: toGlobalId('Organisation', helsinki) } } },
    ]);
    const uuid = Buffer.from(p.id, 'base64url').toString().split(':')[1];
    expect(
      await count(`membership where user_id = ? and project_id = ? and role = 'LEAD'`, [member.userId, uuid]),
    ).toBe(1);
    expect(await count(`audit_event where node_id = ? and action = 'project.create'`, [uuid])).toBe(1);
    // Findable at once: the search index is maintained on write.
    const s = await exec(`{ search(query: "sähköistäminen", first: 5) { edges { node { node { id } } } } }`);
    expect(JSON.stringify(s.data)).toContain(p.id);
  });

  it('refuses a member of another organisation, stores nothing', async () => {
    const outsider = await createUser(db.orm.em, { memberships: [{ organisationId: turku, role: 'ADMIN' }] });
    const before = await count('project');
    const r = await exec(
      CREATE,
      { input: { leadOrganisation: toGlobalId('Organisation', helsinki), name: { fi: 'X' } } },
      as(outsider),
    );
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(await count('project')).toBe(before);
  });

  it('names every bad field and stores nothing', async () => {
    const member = await createUser(db.orm.em, { memberships: [{ organisationId: helsinki, role: 'MEMBER' }] });
    const before = [await count('project'), await count('audit_event')];
    const r = await exec(
      CREATE,
      {
        input: {
          leadOrganisation: toGlobalId('Organisation', helsinki),
          name: { fi: 'x'.repeat(201) },
          website: 'javascript:alert(1)',
          plannedStart: '2021-02-30',
          summary: { fi: 'a\u0000b' },
          slug: '../etc',
        },
      },
      as(member),
    );
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    const fields = (r.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field).sort();
    expect(fields).toEqual(['name.fi', 'plannedStart', 'slug', 'summary.fi', 'website']);
    expect([await count('project'), await count('audit_event')]).toEqual(before);
  });

  it('answers anonymous callers UNAUTHENTICATED and read-only keys FORBIDDEN', async () => {
    const input = { leadOrganisation: toGlobalId('Organisation', helsinki), name: { fi: 'X' } };
    expect(codes(await exec(CREATE, { input }))).toEqual(['UNAUTHENTICATED']);
    const readKey = await createApiKey(db.orm.em, helsinki, ['READ']);
    expect(codes(await exec(CREATE, { input }, as(readKey)))).toEqual(['FORBIDDEN']);
  });
});

describe('updateProject', () => {
  it('lets the lead edit, bumps the version and audits only what changed', async () => {
    const lead = await createUser(db.orm.em, { memberships: [{ organisationId: helsinki, role: 'MEMBER' }] });
    const p = await newProject(lead);
    const r = await exec(
      UPDATE,
      {
        input: {
          id: p.id,
          expectedVersion: 1,
          website: 'https://www.hel.fi/',
          summary: { fi: 'Tiivistelmä', sv: 'Sammandrag' },
        },
      },
      as(lead),
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateProject).toMatchObject({
      version: 2,
      website: 'https://www.hel.fi/',
      summary: { text: 'Tiivistelmä' },
    });
    const uuid = Buffer.from(p.id, 'base64url').toString().split(':')[1];
    const audits = await db.orm.em
      .getConnection()
      .execute<{ before: object; after: object }[]>(
        `select before, after from audit_event where node_id = ? and action = 'project.update'`,
        [uuid],
      );
    expect(audits).toEqual([
      {
        before: { summary: {}, website: null },
        after: { summary: { fi: 'Tiivistelmä', sv: 'Sammandrag' }, website: 'https://www.hel.fi/' },
      },
    ]);
  });

  it('refuses a stale version (lost update) with CONFLICT and changes nothing', async () => {
    const lead = await createUser(db.orm.em, { memberships: [{ organisationId: helsinki, role: 'MEMBER' }] });
    const p = await newProject(lead);
    expect(
      (await exec(UPDATE, { input: { id: p.id, expectedVersion: 1, website: 'https://a.example/' } }, as(lead))).errors,
    ).toBeUndefined();
    const stale = await exec(
      UPDATE,
      { input: { id: p.id, expectedVersion: 1, website: 'https://b.example/' } },
      as(lead),
    );
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors![0].extensions!.field).toBe('expectedVersion');
    const now = await exec(`query($id: ID!) { project(id: $id) { website version } }`, { id: p.id });
    expect(now.data!.project).toEqual({ website: 'https://a.example/', version: 2 });
  });

  it('lets exactly one of two concurrent edits of the same version win', async () => {
    const lead = await createUser(db.orm.em, { memberships: [{ organisationId: helsinki, role: 'MEMBER' }] });
    const p = await newProject(lead);
    const other = await createUser(db.orm.em, { admin: true });
    const results = await Promise.all([
      exec(UPDATE, { input: { id: p.id, expectedVersion: 1, website: 'https://one.example/' } }, as(lead)),
      exec(UPDATE, { input: { id: p.id, expectedVersion: 1, website: 'https://two.example/' } }, as(other)),
    ]);
    expect(results.map((r) => codes(r)[0] ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const winner = results.find((r) => !r.errors)!.data!.updateProject.website;
    const now = await exec(`query($id: ID!) { project(id: $id) { website version } }`, { id: p.id });
    expect(now.data!.project).toEqual({ website: winner, version: 2 });
  });

  it('returns the first result for a retried idempotency key and changes once', async () => {
    const lead = await createUser(db.orm.em, { memberships: [{ organisationId: helsinki, role: 'MEMBER' }] });
    const p = await newProject(lead);
    const vars = { input: { id: p.id, expectedVersion: 1, plannedEnd: '2023-12-31' }, key: 'retry-0001-abc' };
    const first = await exec(UPDATE, vars, as(lead));
    const again = await exec(UPDATE, vars, as(lead));
    expect(first.errors).toBeUndefined();
    expect(again.errors).toBeUndefined();
    expect(again.data!.updateProject.id).toBe(p.id);
    expect(again.data!.updateProject.version).toBe(2);
    const uuid = Buffer.from(p.id, 'base64url').toString().split(':')[1];
    expect(await count(`audit_event where node_id = ? and action = 'project.update'`, [uuid])).toBe(1);
    const reused = await exec(UPDATE, { ...vars, input: { ...vars.input, plannedEnd: '2024-01-01' } }, as(lead));
    expect(codes(reused)).toEqual(['CONFLICT']);
    expect(reused.errors![0].extensions!.argumentName).toBe('idempotencyKey');
  });

  it('refuses a member of another organisation and a lead of another project', async () => {
    const lead = await createUser(db.orm.em, { memberships: [{ organisationId: helsinki, role: 'MEMBER' }] });
    const p = await newProject(lead);
    const outsider = await createUser(db.orm.em, { memberships: [{ organisationId: turku, role: 'ADMIN' }] });
    const r = await exec(
      UPDATE,
      { input: { id: p.id, expectedVersion: 1, website: 'https://x.example/' } },
      as(outsider),
    );
    expect(codes(r)).toEqual(['FORBIDDEN']);
  });

  it('stops edits of an archived project until it is restored', async () => {
    const lead = await createUser(db.orm.em, { memberships: [{ organisationId: helsinki, role: 'MEMBER' }] });
    const p = await newProject(lead);
    const a = await exec(ARCHIVE, { input: { id: p.id, expectedVersion: 1, archived: true } }, as(lead));
    expect(a.errors).toBeUndefined();
    expect(a.data!.setProjectArchived.archivedAt).toMatch(/^\d{4}-/);
    const r = await exec(UPDATE, { input: { id: p.id, expectedVersion: 2, website: 'https://x.example/' } }, as(lead));
    expect(codes(r)).toEqual(['CONFLICT']);
    const restored = await exec(ARCHIVE, { input: { id: p.id, expectedVersion: 2, archived: false } }, as(lead));
    expect(restored.data!.setProjectArchived.archivedAt).toBeNull();
  });
});
