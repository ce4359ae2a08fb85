// Every mutation x every kind of caller: the answer's code, and that a refused call changed nothing
// (no row in any table of the graph, no audit entry). Each cell gets fresh fixtures of its own.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/graphql/global-id.js';
import { createApiKey, createUser, type Credentials } from './actors.js';
import { createTestDatabase, type TestDatabase } from './db.js';
import {
  digest as graphDigest,
  fixture as createFixture,
  loadAnchors,
  type Anchors,
  type Fixture,
} from './graph-fixture.js';
import { codes, createExecutor } from './graphql.js';

let db: TestDatabase;
let exec: Awaited<ReturnType<typeof createExecutor>>['execute'];
let stop: () => Promise<unknown>;
let anchors: Anchors;
let org: Anchors['org'];
let serviceId: string;
let specId: string;

beforeAll(async () => {
  db = await createTestDatabase('authz_matrix');
  ({ execute: exec, stop } = await createExecutor(db.orm));
  anchors = await loadAnchors(db.orm);
  ({ org, serviceId, specId } = anchors);
});
afterAll(async () => {
  await stop?.();
  await db?.close();
});

const fixture = () => createFixture(db.orm, anchors);
const digest = () => graphDigest(db.orm);
const sql = (text: string, params: unknown[] = []) => db.orm.em.getConnection().execute(text, params);

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
  /** The variables; may create what the mutation acts on (before the digest is taken). */
  vars: (f: Fixture) => Record<string, unknown> | Promise<Record<string, unknown>>;
  expect: string[];
}

/** A webhook of Turku (the partner organisation of partnerKey and otherMember), written straight into the database. */
async function turkuWebhook(): Promise<string> {
  const id = randomUUID();
  await sql(
    `insert into webhook (id, organisation_id, url, secret) values (?, ?, 'https://hooks.example.com/kg', 's')`,
    [id, org.turku],
  );
  return id;
}

/** A delivery of a Turku webhook (for a change of the fixture's project). */
async function turkuDelivery(f: Fixture): Promise<string> {
  const hook = await turkuWebhook();
  const event = randomUUID();
  const delivery = randomUUID();
  await sql(`insert into audit_event (id, action, node_type, node_id) values (?, 'project.update', 'Project', ?)`, [
    event,
    f.uuid.p,
  ]);
  await sql(
    `insert into webhook_delivery (id, webhook_id, audit_event_id, status, attempts) values (?, ?, ?, 'DELIVERED', 1)`,
    [delivery, hook, event],
  );
  return delivery;
}

const gid = (type: string, uuid: string) => toGlobalId(type, uuid);

/** A term no concept has: letters, then a number of its own. */
const freshTerm = () => `testikäsite ${randomUUID().slice(0, 8).replace(/-/g, '')}`;

/** A concept of the search thesaurus, written straight into the database. */
async function searchConcept(): Promise<string> {
  const id = randomUUID();
  await sql(`insert into search_concept (id, fi, sv, en) values (?, ?::text[], ?::text[], '{}')`, [
    id,
    `{"${freshTerm()}"}`,
    `{"${freshTerm()}"}`,
  ]);
  return id;
}

/** Curators (administrators) only. */
const CURATORS = [U, F, F, F, F, F, OK];

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
    name: 'mergeOrganisations',
    query: `mutation($input: MergeOrganisationsInput!) { mergeOrganisations(input: $input) { id } }`,
    vars: (f) => ({ input: { keep: f.vendor, duplicate: f.vendorDup } }),
    expect: [U, F, F, F, F, F, OK],
  },
  {
    name: 'inviteMember',
    query: `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`,
    vars: (f) => ({ input: { project: f.project, email: 'uusi.jasen@example.fi', role: 'CONTRIBUTOR' } }),
    expect: [U, F, F, F, F, OK, OK],
  },
  {
    name: 'follow',
    query: `mutation($n: ID!) { follow(node: $n) { id } }`,
    vars: (f) => ({ n: f.project }),
    // Signed-in users only (an API key has no one to notify).
    expect: [U, F, F, OK, OK, OK, OK],
  },
  {
    name: 'unfollow',
    query: `mutation($n: ID!) { unfollow(node: $n) }`,
    vars: (f) => ({ n: f.project }),
    expect: [U, F, F, OK, OK, OK, OK],
  },
  {
    name: 'markNotificationsRead',
    query: `mutation { markNotificationsRead(all: true) }`,
    vars: () => ({}),
    expect: [U, F, F, OK, OK, OK, OK],
  },
  {
    name: 'setEmailDigest',
    query: `mutation { setEmailDigest(frequency: DAILY, language: sv) { frequency } }`,
    vars: () => ({}),
    expect: [U, F, F, OK, OK, OK, OK],
  },
  {
    name: 'createWebhook',
    query: `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret } }`,
    vars: () => ({
      input: {
        organisation: gid('Organisation', org.turku),
        url: 'https://hooks.example.com/kg',
        events: ['project.*'],
      },
    }),
    // Those who act for Turku (its WRITE key, its members) and curators.
    expect: [U, F, OK, OK, F, F, OK],
  },
  {
    name: 'deleteWebhook',
    query: `mutation($id: ID!) { deleteWebhook(id: $id) }`,
    vars: async () => ({ id: gid('Webhook', await turkuWebhook()) }),
    expect: [U, F, OK, OK, F, F, OK],
  },
  {
    name: 'redeliverWebhook',
    query: `mutation($d: ID!) { redeliverWebhook(delivery: $d) { id } }`,
    vars: async (f) => ({ d: gid('WebhookDelivery', await turkuDelivery(f)) }),
    expect: [U, F, OK, OK, F, F, OK],
  },
  {
    name: 'createSearchConcept',
    query: `mutation($input: SearchConceptInput!) { createSearchConcept(input: $input) { id } }`,
    vars: () => ({ input: { fi: [freshTerm()], sv: [freshTerm()], en: [] } }),
    expect: CURATORS,
  },
  {
    name: 'updateSearchConcept',
    query: `mutation($input: UpdateSearchConceptInput!) { updateSearchConcept(input: $input) { id } }`,
    vars: async () => ({
      input: {
        id: gid('SearchConcept', await searchConcept()),
        expectedVersion: 1,
        fi: [freshTerm()],
        sv: [freshTerm()],
        en: [],
      },
    }),
    expect: CURATORS,
  },
  {
    name: 'deleteSearchConcept',
    query: `mutation($id: ID!) { deleteSearchConcept(id: $id) }`,
    vars: async () => ({ id: gid('SearchConcept', await searchConcept()) }),
    expect: CURATORS,
  },
];

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
        const vars = await c.vars(f);
        const before = await digest();
        const r = await exec(c.query, vars, { sessionToken: who.sessionToken, apiKey: who.apiKey });
        const code = codes(r)[0] ?? OK;
        got.push(code as string);
        if (code !== OK) expect(await digest(), `${c.name} as ${kind} changed data`).toEqual(before);
        else expect(r.data).not.toBeNull();
      }
      expect(got).toEqual(c.expect);
    });
  }
});

/** Replaces every global id in the variables (at any depth) with text that is no id of ours. */
function withForeignIds(value: unknown): { value: unknown; replaced: number } {
  let replaced = 0;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string' && /^[A-Za-z]+:[0-9a-f-]{36}$/.test(Buffer.from(v, 'base64url').toString('utf8'))) {
      replaced++;
      return "1' or '1'='1";
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return { value: walk(value), replaced };
}

describe('an id that is not ours, for every mutation', () => {
  for (const c of CASES) {
    it(`${c.name}: BAD_USER_INPUT naming the argument, nothing stored`, async () => {
      const f = await fixture();
      const admin = await principal('admin', f);
      const { value, replaced } = withForeignIds(await c.vars(f));
      if (replaced === 0) {
        // Only these take no id at all; any other mutation must be tested here.
        expect(['setEmailDigest', 'markNotificationsRead', 'createSearchConcept']).toContain(c.name);
        return;
      }
      const before = await digest();
      const r = await exec(c.query, value as Record<string, unknown>, { sessionToken: admin.sessionToken });
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors![0].extensions!.argumentName).toBeTruthy();
      expect(await digest()).toEqual(before);
    });
  }
});

/** Puts a NUL character into every text of the variables that is not an id (enums turn invalid too). */
function withNul(value: unknown): { value: unknown; replaced: number } {
  let replaced = 0;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      if (/^[A-Za-z]+:[0-9a-f-]{36}$/.test(Buffer.from(v, 'base64url').toString('utf8'))) return v;
      replaced++;
      return `${v}\u0000`;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return { value: walk(value), replaced };
}

describe('bad input for every mutation stores nothing', () => {
  for (const c of CASES) {
    it(`${c.name}: NUL in its texts, and variables of the wrong type -> BAD_USER_INPUT`, async () => {
      const f = await fixture();
      const admin = await principal('admin', f);
      const vars = (await c.vars(f)) as Record<string, unknown>;
      const before = await digest();
      const wrongType = Object.fromEntries(Object.keys(vars).map((k) => [k, 12345]));
      if (Object.keys(vars).length) {
        const r = await exec(c.query, wrongType, { sessionToken: admin.sessionToken });
        expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      }
      const { value, replaced } = withNul(vars);
      if (replaced) {
        const r = await exec(c.query, value as Record<string, unknown>, { sessionToken: admin.sessionToken });
        expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      }
      expect(await digest()).toEqual(before);
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

  it("a producer's own use is not reuse, and stays so as the project's participants change", async () => {
    const f = await fixture();
    const ADOPTION = `query($id: ID!) { node(id: $id) { ... on Adoption { verification countsAsReuse } } }`;
    const reuse = async () => (await exec(ADOPTION, { id: f.adoption })).data!.node;
    // Turku's adoption, declared by Turku: reuse.
    await sql(`update adoption set verification = 'DECLARED_BY_ADOPTER' where id = ?`, [f.uuid.a]);
    expect(await reuse()).toEqual({ verification: 'DECLARED_BY_ADOPTER', countsAsReuse: true });
    // Turku joins the project that made the deliverable: its use is its own.
    const project = f.uuid.p;
    await sql(`insert into participation (id, project_id, organisation_id, role) values (?, ?, ?, 'PARTNER')`, [
      randomUUID(),
      project,
      org.turku,
    ]);
    expect(await reuse()).toEqual({ verification: 'DECLARED_BY_ADOPTER', countsAsReuse: false });
    const stats = async () => (await exec(`{ stats { reuseAdoptionCount } }`)).data!.stats.reuseAdoptionCount;
    const without = await stats();
    await sql(`delete from participation where project_id = ? and organisation_id = ?`, [project, org.turku]);
    expect(await reuse()).toEqual({ verification: 'DECLARED_BY_ADOPTER', countsAsReuse: true });
    expect(await stats()).toBe(without + 1);
    // The lead applicant declaring its own use, through the API: not reuse either.
    const publisherAdmin = await createUser(db.orm.em, {
      memberships: [{ organisationId: org.helsinki, role: 'ADMIN' }],
    });
    const own = await exec(
      `mutation($input: DeclareAdoptionInput!) { declareAdoption(input: $input) { verification countsAsReuse byProducer } }`,
      {
        input: { deliverable: f.deliverable, organisation: gid('Organisation', org.helsinki), status: 'IN_PRODUCTION' },
      },
      { sessionToken: publisherAdmin.sessionToken },
    );
    expect(own.data!.declareAdoption).toEqual({
      verification: 'DECLARED_BY_ADOPTER',
      countsAsReuse: false,
      byProducer: true,
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
