// Every mutation x every kind of caller: the answer's code, and that a refused call changed nothing
// (no row in any table of the graph, no audit entry). Each cell gets fresh fixtures of its own.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/graphql/global-id.js';
import { createApiKey, createUser, type Credentials } from './actors.js';
import { createTestDatabase, type TestDatabase } from './db.js';
import { codes, createExecutor } from './graphql.js';

let db: TestDatabase;
let exec: Awaited<ReturnType<typeof createExecutor>>['execute'];
let stop: () => Promise<unknown>;
const org: Record<'helsinki' | 'turku' | 'espoo' | 'tampere', string> = {} as never;
let serviceId: string;
let specId: string;

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  db.orm.em.getConnection().execute<T[]>(text, params);

beforeAll(async () => {
  db = await createTestDatabase('authz_matrix');
  ({ execute: exec, stop } = await createExecutor(db.orm));
  const codesByName = { helsinki: '091', turku: '853', espoo: '049', tampere: '837' } as const;
  for (const [name, code] of Object.entries(codesByName)) {
    org[name as keyof typeof org] = (
      await sql<{ id: string }>(`select id from organisation where municipality_code = ?`, [code])
    )[0].id;
  }
  serviceId = (await sql<{ id: string }>(`select id from national_service order by slug limit 1`))[0].id;
  specId = (await sql<{ id: string }>(`select id from specification order by slug limit 1`))[0].id;
});
afterAll(async () => {
  await stop?.();
  await db?.close();
});

/** A project led by Helsinki with Espoo as partner, a deliverable with a release, a claim by Turku and more. */
async function fixture() {
  const tag = randomUUID().slice(0, 8);
  const p = randomUUID();
  const q = randomUUID();
  const d = randomUUID();
  const r = randomUUID();
  const a = randomUUID();
  const lesson = randomUUID();
  const use = randomUUID();
  for (const [id, slug] of [
    [p, `matrix-${tag}`],
    [q, `matrix-${tag}-q`],
  ]) {
    await sql(`insert into project (id, slug, name, status) values (?, ?, ?, 'ONGOING')`, [
      id,
      slug,
      JSON.stringify({ fi: `Hanke ${slug}` }),
    ]);
  }
  await sql(
    `insert into participation (id, project_id, organisation_id, role) values (?, ?, ?, 'LEAD_APPLICANT'), (?, ?, ?, 'PARTNER')`,
    [randomUUID(), p, org.helsinki, randomUUID(), p, org.espoo],
  );
  await sql(`insert into deliverable (id, kind, title) values (?, 'GUIDELINE', ?)`, [
    d,
    JSON.stringify({ fi: `Ohje ${tag}` }),
  ]);
  await sql(`insert into deliverable_project (id, deliverable_id, project_id) values (?, ?, ?)`, [randomUUID(), d, p]);
  await sql(`insert into release (id, deliverable_id, version) values (?, ?, '1.0')`, [r, d]);
  await sql(
    `insert into adoption (id, organisation_id, deliverable_id, status, verification, declared_by, evidence_urls)
     values (?, ?, ?, 'PILOTING', 'CLAIMED', ?, '{https://www.turku.fi/uutiset}')`,
    [a, org.turku, d, randomUUID()],
  );
  await sql(`insert into project_link (id, from_id, to_id, relation) values (?, ?, ?, 'CONTINUES')`, [
    randomUUID(),
    p,
    q,
  ]);
  await sql(`insert into lesson_learned (id, project_id, category, text) values (?, ?, 'PROCUREMENT', ?)`, [
    lesson,
    p,
    JSON.stringify({ fi: 'Opittua' }),
  ]);
  await sql(`insert into service_use (id, project_id, service_id, relation) values (?, ?, ?, 'AUTHENTICATES_WITH')`, [
    use,
    p,
    serviceId,
  ]);
  await sql(
    `insert into project_specification (id, project_id, specification_id, relation) values (?, ?, ?, 'APPLIED')`,
    [randomUUID(), p, specId],
  );
  return {
    uuid: { p, q, d, r, a },
    project: toGlobalId('Project', p),
    other: toGlobalId('Project', q),
    deliverable: toGlobalId('Deliverable', d),
    release: toGlobalId('Release', r),
    adoption: toGlobalId('Adoption', a),
    lesson: toGlobalId('LessonLearned', lesson),
    serviceUse: toGlobalId('ServiceUse', use),
  };
}
type Fixture = Awaited<ReturnType<typeof fixture>>;

type Principal = 'anonymous' | 'readKey' | 'partnerKey' | 'otherMember' | 'contributor' | 'lead' | 'admin';
const PRINCIPALS: Principal[] = ['anonymous', 'readKey', 'partnerKey', 'otherMember', 'contributor', 'lead', 'admin'];

/** The caller of each kind for a fixture: keys and memberships relative to its project. */
async function principal(kind: Principal, f: Fixture): Promise<Credentials> {
  const em = db.orm.em;
  switch (kind) {
    case 'anonymous':
      return {};
    case 'readKey': // a key of the lead organisation that may only read
      return createApiKey(em, org.helsinki, ['READ']);
    case 'partnerKey': // a partner's WRITE key of an organisation outside the project (Turku)
      return createApiKey(em, org.turku, ['WRITE']);
    case 'otherMember': // an ADMIN of another organisation (Turku)
      return createUser(em, { memberships: [{ organisationId: org.turku, role: 'ADMIN' }] });
    case 'contributor':
      return createUser(em, { memberships: [{ projectId: f.uuid.p, role: 'CONTRIBUTOR' }] });
    case 'lead':
      return createUser(em, { memberships: [{ projectId: f.uuid.p, role: 'LEAD' }] });
    case 'admin':
      return createUser(em, { admin: true });
  }
}

const U = 'UNAUTHENTICATED';
const F = 'FORBIDDEN';
const OK = 'OK';
/** anonymous, readKey, partnerKey, otherMember, contributor, lead, admin */
const EDITORS = [U, F, F, F, OK, OK, OK];

interface Case {
  name: string;
  query: string;
  vars: (f: Fixture) => Record<string, unknown>;
  expect: string[];
}

const gid = (type: string, uuid: string) => toGlobalId(type, uuid);

const CASES: Case[] = [
  {
    name: 'createProject',
    query: `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
    vars: () => ({ input: { leadOrganisation: gid('Organisation', org.turku), name: { fi: 'Uusi hanke' } } }),
    // Only those who act for Turku (its WRITE key, its members) and curators.
    expect: [U, F, OK, OK, F, F, OK],
  },
  {
    name: 'updateProject',
    query: `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id } }`,
    vars: (f) => ({ input: { id: f.project, expectedVersion: 1, website: 'https://example.fi/' } }),
    expect: EDITORS,
  },
  {
    name: 'setProjectArchived',
    query: `mutation($input: SetProjectArchivedInput!) { setProjectArchived(input: $input) { id } }`,
    vars: (f) => ({ input: { id: f.project, expectedVersion: 1, archived: true } }),
    expect: [U, F, F, F, F, OK, OK],
  },
  {
    name: 'addParticipant',
    query: `mutation($input: ParticipantInput!) { addParticipant(input: $input) { id } }`,
    vars: (f) => ({ input: { project: f.project, organisation: gid('Organisation', org.tampere), role: 'PILOT' } }),
    expect: EDITORS,
  },
  {
    name: 'removeParticipant',
    query: `mutation($input: ParticipantInput!) { removeParticipant(input: $input) { id } }`,
    vars: (f) => ({ input: { project: f.project, organisation: gid('Organisation', org.espoo), role: 'PARTNER' } }),
    expect: EDITORS,
  },
  {
    name: 'addProjectLink',
    query: `mutation($input: ProjectLinkInput!) { addProjectLink(input: $input) { id } }`,
    vars: (f) => ({ input: { from: f.project, to: f.other, relation: 'DERIVED_FROM' } }),
    expect: EDITORS,
  },
  {
    name: 'removeProjectLink',
    query: `mutation($input: ProjectLinkInput!) { removeProjectLink(input: $input) { id } }`,
    vars: (f) => ({ input: { from: f.project, to: f.other, relation: 'CONTINUES' } }),
    expect: EDITORS,
  },
  {
    name: 'addLessonLearned',
    query: `mutation($input: LessonLearnedInput!) { addLessonLearned(input: $input) { id } }`,
    vars: (f) => ({
      input: { project: f.project, category: 'DATA', text: { fi: 'Tietomalli ensin', sv: 'Datamodellen först' } },
    }),
    expect: EDITORS,
  },
  {
    name: 'removeLessonLearned',
    query: `mutation($id: ID!) { removeLessonLearned(id: $id) { id } }`,
    vars: (f) => ({ id: f.lesson }),
    expect: EDITORS,
  },
  {
    name: 'linkNationalService',
    query: `mutation($input: LinkNationalServiceInput!) { linkNationalService(input: $input) { id } }`,
    vars: (f) => ({
      input: { project: f.project, service: gid('NationalService', serviceId), relation: 'NOTIFIES_VIA' },
    }),
    expect: EDITORS,
  },
  {
    name: 'unlinkNationalService',
    query: `mutation($id: ID!) { unlinkNationalService(id: $id) }`,
    vars: (f) => ({ id: f.serviceUse }),
    expect: EDITORS,
  },
  {
    name: 'linkSpecification',
    query: `mutation($input: ProjectSpecificationInput!) { linkSpecification(input: $input) { id } }`,
    vars: (f) => ({
      input: { project: f.project, specification: gid('Specification', specId), relation: 'PUBLISHED' },
    }),
    expect: EDITORS,
  },
  {
    name: 'unlinkSpecification',
    query: `mutation($input: ProjectSpecificationInput!) { unlinkSpecification(input: $input) { id } }`,
    vars: (f) => ({ input: { project: f.project, specification: gid('Specification', specId), relation: 'APPLIED' } }),
    expect: EDITORS,
  },
  {
    name: 'createDeliverable',
    query: `mutation($input: CreateDeliverableInput!) { createDeliverable(input: $input) { id } }`,
    vars: (f) => ({ input: { project: f.project, kind: 'REPORT', title: { fi: 'Loppuraportti' } } }),
    expect: EDITORS,
  },
  {
    name: 'updateDeliverable',
    query: `mutation($input: UpdateDeliverableInput!) { updateDeliverable(input: $input) { id } }`,
    vars: (f) => ({ input: { id: f.deliverable, expectedVersion: 1, licence: 'CC-BY-4.0' } }),
    expect: EDITORS,
  },
  {
    name: 'createRelease',
    query: `mutation($input: CreateReleaseInput!) { createRelease(input: $input) { id } }`,
    vars: (f) => ({ input: { deliverable: f.deliverable, version: '2.0', releasedAt: '2022-05-01' } }),
    expect: EDITORS,
  },
  {
    name: 'updateRelease',
    query: `mutation($input: UpdateReleaseInput!) { updateRelease(input: $input) { id } }`,
    vars: (f) => ({ input: { id: f.release, notes: { fi: 'Korjauksia' } } }),
    expect: EDITORS,
  },
  {
    name: 'declareAdoption',
    query: `mutation($input: DeclareAdoptionInput!) { declareAdoption(input: $input) { id verification } }`,
    vars: (f) => ({
      input: { deliverable: f.deliverable, organisation: gid('Organisation', org.tampere), status: 'EVALUATING' },
    }),
    // Anyone signed in may say so; how much it counts is tested below.
    expect: [U, F, OK, OK, OK, OK, OK],
  },
  {
    name: 'updateAdoption',
    query: `mutation($input: UpdateAdoptionInput!) { updateAdoption(input: $input) { id } }`,
    vars: (f) => ({ input: { id: f.adoption, expectedVersion: 1, status: 'IN_PRODUCTION' } }),
    // The adopter is Turku: its WRITE key and its members, and curators.
    expect: [U, F, OK, OK, F, F, OK],
  },
  {
    name: 'withdrawAdoption',
    query: `mutation($input: AdoptionVersionInput!) { withdrawAdoption(input: $input) { id } }`,
    vars: (f) => ({ input: { id: f.adoption, expectedVersion: 1 } }),
    expect: [U, F, OK, OK, F, F, OK],
  },
  {
    name: 'confirmAdoption',
    query: `mutation($input: AdoptionVersionInput!) { confirmAdoption(input: $input) { id } }`,
    vars: (f) => ({ input: { id: f.adoption, expectedVersion: 1 } }),
    expect: [U, F, OK, OK, F, F, F],
  },
  {
    name: 'verifyAdoption',
    query: `mutation($input: AdoptionVersionInput!) { verifyAdoption(input: $input) { id } }`,
    vars: (f) => ({ input: { id: f.adoption, expectedVersion: 1 } }),
    expect: [U, F, F, F, F, F, OK],
  },
  {
    name: 'inviteMember',
    query: `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`,
    vars: (f) => ({ input: { project: f.project, email: 'uusi.jasen@example.fi', role: 'CONTRIBUTOR' } }),
    expect: [U, F, F, F, F, OK, OK],
  },
];

const TABLES = [
  'project',
  'participation',
  'project_link',
  'lesson_learned',
  'service_use',
  'project_specification',
  'deliverable',
  'deliverable_project',
  'conformance',
  'release',
  'adoption',
  'membership',
  'invitation',
  'audit_event',
  'idempotency_key',
];

/** A digest of every row of the graph's tables: equal digests mean nothing changed. */
async function digest(): Promise<Record<string, string>> {
  const parts = TABLES.map(
    (t) => `(select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) from ${t} x) as ${t}`,
  );
  return (await sql<Record<string, string>>(`select ${parts.join(', ')}`))[0];
}

describe('authorisation matrix', () => {
  it('covers every mutation of the schema but the account ones', async () => {
    const r = await exec(`{ __type(name: "Mutation") { fields { name } } }`);
    const all = (r.data!.__type.fields as { name: string }[]).map((x) => x.name).sort();
    const account = [
      'signUp',
      'signIn',
      'signOut',
      'changePassword',
      'createApiKey',
      'revokeApiKey',
      'acceptInvitation',
    ];
    expect(all.filter((n) => !account.includes(n))).toEqual(CASES.map((c) => c.name).sort());
  });

  for (const c of CASES) {
    it(`${c.name}: ${PRINCIPALS.map((p, i) => `${p}=${c.expect[i]}`).join(' ')}`, async () => {
      const got: string[] = [];
      for (const kind of PRINCIPALS) {
        const f = await fixture();
        const who = await principal(kind, f);
        const before = await digest();
        const r = await exec(c.query, c.vars(f), { sessionToken: who.sessionToken, apiKey: who.apiKey });
        const code = codes(r)[0] ?? OK;
        got.push(code as string);
        if (code !== OK) expect(await digest(), `${c.name} as ${kind} changed data`).toEqual(before);
        else expect(r.data).not.toBeNull();
      }
      expect(got).toEqual(c.expect);
    });
  }
});

describe('adoption verification levels', () => {
  const DECLARE = `mutation($input: DeclareAdoptionInput!) { declareAdoption(input: $input) { verification countsAsReuse } }`;
  it('counts as reuse only when the adopter says so; the producers and others make claims', async () => {
    const levels: Record<string, unknown> = {};
    for (const kind of ['partnerKey', 'otherMember', 'lead', 'admin'] as const) {
      const f = await fixture();
      const who = await principal(kind, f);
      // Turku adopts (partnerKey and otherMember act for Turku); the fixture's claim by Turku is removed first.
      await sql(`delete from adoption where id = ?`, [f.uuid.a]);
      const r = await exec(
        DECLARE,
        {
          input: { deliverable: f.deliverable, organisation: gid('Organisation', org.turku), status: 'IN_PRODUCTION' },
        },
        { sessionToken: who.sessionToken, apiKey: who.apiKey },
      );
      levels[kind] = r.data!.declareAdoption;
    }
    expect(levels).toEqual({
      partnerKey: { verification: 'DECLARED_BY_ADOPTER', countsAsReuse: true },
      otherMember: { verification: 'DECLARED_BY_ADOPTER', countsAsReuse: true },
      lead: { verification: 'DECLARED_BY_PUBLISHER', countsAsReuse: false },
      admin: { verification: 'CLAIMED', countsAsReuse: false },
    });
  });

  it('a claim becomes reuse when the adopter confirms it, and VERIFIED when a curator checks it', async () => {
    const f = await fixture();
    const member = await principal('otherMember', f);
    const admin = await principal('admin', f);
    const ADOPTION = `query($id: ID!) { node(id: $id) { ... on Adoption { verification countsAsReuse version } } }`;
    expect((await exec(ADOPTION, { id: f.adoption })).data!.node).toEqual({
      verification: 'CLAIMED',
      countsAsReuse: false,
      version: 1,
    });
    const confirmed = await exec(
      `mutation($input: AdoptionVersionInput!) { confirmAdoption(input: $input) { verification countsAsReuse version lastConfirmedAt } }`,
      { input: { id: f.adoption, expectedVersion: 1 } },
      { sessionToken: member.sessionToken },
    );
    expect(confirmed.data!.confirmAdoption).toMatchObject({
      verification: 'DECLARED_BY_ADOPTER',
      countsAsReuse: true,
      version: 2,
    });
    const verified = await exec(
      `mutation($input: AdoptionVersionInput!) { verifyAdoption(input: $input) { verification version } }`,
      { input: { id: f.adoption, expectedVersion: 2 } },
      { sessionToken: admin.sessionToken },
    );
    expect(verified.data!.verifyAdoption).toEqual({ verification: 'VERIFIED', version: 3 });
  });
});
