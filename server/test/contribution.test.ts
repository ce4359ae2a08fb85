// Contribution flows beyond the authorisation matrix: deliverables and releases, invitations,
// change history, and the bad-input battery (precise code and field, nothing stored).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/graphql/global-id.js';
import { createUser, type TestUser } from './actors.js';
import { createTestDatabase, type TestDatabase } from './db.js';
import { digest, fixture, loadAnchors, type Anchors, type Fixture } from './graph-fixture.js';
import { codes, createExecutor } from './graphql.js';

let db: TestDatabase;
let exec: Awaited<ReturnType<typeof createExecutor>>['execute'];
let stop: () => Promise<unknown>;
let anchors: Anchors;

beforeAll(async () => {
  db = await createTestDatabase('contribution');
  ({ execute: exec, stop } = await createExecutor(db.orm));
  anchors = await loadAnchors(db.orm);
});
afterAll(async () => {
  await stop?.();
  await db?.close();
});

const as = (u: { sessionToken?: string; apiKey?: string }) => ({ sessionToken: u.sessionToken, apiKey: u.apiKey });
const lead = (f: Fixture) => createUser(db.orm.em, { memberships: [{ projectId: f.uuid.p, role: 'LEAD' }] });

describe('deliverables and releases', () => {
  const CREATE = `mutation($input: CreateDeliverableInput!) { createDeliverable(input: $input) {
    id version title { text } licence languages platforms keywords conformsTo { id }
    contacts { name role organisation sourceUrl } projects { id } } }`;

  it('creates a deliverable of the project, conforming to a specification, findable at once', async () => {
    const f = await fixture(db.orm, anchors);
    const me = await lead(f);
    const spec = toGlobalId('Specification', anchors.specId);
    const r = await exec(
      CREATE,
      {
        input: {
          project: f.project,
          kind: 'SOFTWARE',
          title: { fi: 'Rakennuslupien sähköinen arkistointi', sv: 'Elektronisk arkivering av bygglov' },
          licence: 'EUPL-1.2',
          languages: ['fi', 'sv'],
          platforms: ['WEB', 'ANDROID', 'WEB'],
          keywords: ['arkistointi', 'bygglov'],
          repositoryUrl: 'https://github.com/example/arkisto',
          conformsTo: [spec],
          contacts: [
            { name: '  Maija Meikäläinen ', role: 'tuoteomistaja', organisation: 'Helsingin kaupunki' },
            { name: 'Erik Exempel', sourceUrl: 'https://www.example.fi/yhteystiedot' },
          ],
        },
      },
      as(me),
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.createDeliverable.contacts).toEqual([
      { name: 'Maija Meikäläinen', role: 'tuoteomistaja', organisation: 'Helsingin kaupunki', sourceUrl: null },
      { name: 'Erik Exempel', role: null, organisation: null, sourceUrl: 'https://www.example.fi/yhteystiedot' },
    ]);
    expect(r.data!.createDeliverable).toMatchObject({
      version: 1,
      title: { text: 'Rakennuslupien sähköinen arkistointi' },
      licence: 'EUPL-1.2',
      languages: ['fi', 'sv'],
      platforms: ['WEB', 'ANDROID'],
      conformsTo: [{ id: spec }],
      projects: [{ id: f.project }],
    });
    const s = await exec(
      `{ search(query: "bygglov arkivering", lang: sv, first: 5) { edges { node { node { id } } } } }`,
    );
    expect(JSON.stringify(s.data)).toContain(r.data!.createDeliverable.id);
  });

  it('refuses a second release with the same version label with CONFLICT', async () => {
    const f = await fixture(db.orm, anchors);
    const me = await lead(f);
    const CREATE_RELEASE = `mutation($input: CreateReleaseInput!) { createRelease(input: $input) { id version links { url } } }`;
    const ok = await exec(
      CREATE_RELEASE,
      { input: { deliverable: f.deliverable, version: '1.1', links: [{ url: 'https://example.fi/1.1' }] } },
      as(me),
    );
    expect(ok.data!.createRelease).toMatchObject({ version: '1.1', links: [{ url: 'https://example.fi/1.1' }] });
    const dup = await exec(CREATE_RELEASE, { input: { deliverable: f.deliverable, version: '1.0' } }, as(me));
    expect(codes(dup)).toEqual(['CONFLICT']);
    expect(dup.errors![0].extensions!.field).toBe('version');
  });

  it('advances the version when only the conformance list changes, and refuses the stale one', async () => {
    const f = await fixture(db.orm, anchors);
    const me = await lead(f);
    const UPDATE = `mutation($input: UpdateDeliverableInput!) { updateDeliverable(input: $input) { version conformsTo { id } } }`;
    const spec = toGlobalId('Specification', anchors.specId);
    const r = await exec(UPDATE, { input: { id: f.deliverable, expectedVersion: 1, conformsTo: [spec] } }, as(me));
    expect(r.data!.updateDeliverable).toEqual({ version: 2, conformsTo: [{ id: spec }] });
    const stale = await exec(UPDATE, { input: { id: f.deliverable, expectedVersion: 1, conformsTo: [] } }, as(me));
    expect(codes(stale)).toEqual(['CONFLICT']);
  });
});

describe('invitations', () => {
  const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token invitation { email role } } }`;
  const ACCEPT = `mutation($token: String!) { acceptInvitation(token: $token) { memberships { role project { id } } } }`;

  it('a lead invites by email; that user accepts and may then edit the project', async () => {
    const f = await fixture(db.orm, anchors);
    const me = await lead(f);
    const invitee = await createUser(db.orm.em);
    const inv = await exec(
      INVITE,
      { input: { project: f.project, email: invitee.email.toUpperCase(), role: 'CONTRIBUTOR' } },
      as(me),
    );
    expect(inv.data!.inviteMember.invitation).toEqual({ email: invitee.email, role: 'CONTRIBUTOR' });
    const token = inv.data!.inviteMember.token as string;
    const stranger = await createUser(db.orm.em);
    expect(codes(await exec(ACCEPT, { token }, as(stranger)))).toEqual(['FORBIDDEN']);
    const ok = await exec(ACCEPT, { token }, as(invitee));
    expect(ok.data!.acceptInvitation.memberships).toEqual([{ role: 'CONTRIBUTOR', project: { id: f.project } }]);
    expect(codes(await exec(ACCEPT, { token }, as(invitee)))).toEqual(['CONFLICT']);
    const edit = await exec(
      `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { version } }`,
      { input: { id: f.project, expectedVersion: 1, acronym: 'ARK' } },
      as(invitee),
    );
    expect(edit.data!.updateProject.version).toBe(2);
  });

  it('shows what a token invites to, to whoever holds it, before and after accepting', async () => {
    const f = await fixture(db.orm, anchors);
    const me = await lead(f);
    const invitee = await createUser(db.orm.em);
    const token = (
      await exec(INVITE, { input: { project: f.project, email: invitee.email, role: 'CONTRIBUTOR' } }, as(me))
    ).data!.inviteMember.token as string;
    const PREVIEW = `query($token: String!) { invitation(token: $token) { role state emailHint invitedByName
      project { id name { text } } organisation { id } } }`;
    const before = await exec(PREVIEW, { token });
    expect(before.errors).toBeUndefined();
    const at = invitee.email.indexOf('@');
    expect(before.data!.invitation).toEqual({
      role: 'CONTRIBUTOR',
      state: 'OPEN',
      emailHint: `${invitee.email[0]}…${invitee.email.slice(at)}`,
      invitedByName: expect.stringMatching(/^Test /),
      project: { id: f.project, name: { text: expect.stringMatching(/^Hanke /) } },
      organisation: null,
    });
    await exec(ACCEPT, { token }, as(invitee));
    expect((await exec(PREVIEW, { token })).data!.invitation.state).toBe('ACCEPTED');
    expect((await exec(PREVIEW, { token: `kgi_${'A'.repeat(43)}` })).data!.invitation).toBeNull();
    expect(codes(await exec(PREVIEW, { token: 'not a token' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses roles that do not fit the target and malformed tokens', async () => {
    const f = await fixture(db.orm, anchors);
    const me = await lead(f);
    const r = await exec(INVITE, { input: { project: f.project, email: 'a@example.fi', role: 'ADMIN' } }, as(me));
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].extensions!.field).toBe('role');
    expect(codes(await exec(ACCEPT, { token: "'; drop table invitation; --" }, as(me)))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await exec(ACCEPT, { token: `kgi_${'A'.repeat(43)}` }, as(me)))).toEqual(['NOT_FOUND']);
  });
});

describe('history', () => {
  const HISTORY = `query($id: ID!) { node(id: $id) { ... on Project { history(first: 10) {
    totalCount nodes { action actorName changes { field before after } } } } } }`;

  it('shows who changed what: curators see the actor, everyone sees the public fields', async () => {
    const f = await fixture(db.orm, anchors);
    const me = await createUser(db.orm.em, {
      memberships: [{ projectId: f.uuid.p, role: 'LEAD' }],
      name: 'Liisa Lead',
    });
    const UPDATE = `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { version } }`;
    await exec(UPDATE, { input: { id: f.project, expectedVersion: 1, acronym: 'A1' } }, as(me));
    await exec(
      UPDATE,
      { input: { id: f.project, expectedVersion: 2, acronym: 'A2', website: 'https://a2.example/' } },
      as(me),
    );
    await exec(
      `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`,
      { input: { project: f.project, email: 'salainen@example.fi', role: 'CONTRIBUTOR' } },
      as(me),
    );
    const anon = await exec(HISTORY, { id: f.project });
    expect(anon.data!.node.history.totalCount).toBe(3);
    expect(anon.data!.node.history.nodes).toEqual([
      {
        action: 'invitation.create',
        actorName: null,
        changes: [{ field: 'role', before: null, after: 'CONTRIBUTOR' }],
      },
      {
        action: 'project.update',
        actorName: null,
        changes: [
          { field: 'acronym', before: 'A1', after: 'A2' },
          { field: 'website', before: null, after: 'https://a2.example/' },
        ],
      },
      { action: 'project.update', actorName: null, changes: [{ field: 'acronym', before: null, after: 'A1' }] },
    ]);
    const admin = await createUser(db.orm.em, { admin: true });
    const curated = await exec(HISTORY, { id: f.project }, as(admin));
    const first = curated.data!.node.history.nodes[0];
    expect(first.actorName).toBe('Liisa Lead');
    expect(first.changes.map((c: { field: string }) => c.field)).toEqual(['email', 'invitation', 'role']);
  });

  it('costs one statement for the history of a whole page of projects', async () => {
    const q = `{ projects(first: 20) { nodes { id history(first: 5) { totalCount nodes { action } } } } }`;
    db.resetStatements();
    await exec(q);
    const one = db.statements.length;
    const q2 = q.replace('first: 20', 'first: 3');
    db.resetStatements();
    await exec(q2);
    expect(one).toBe(db.statements.length);
    expect(one).toBeLessThanOrEqual(3);
  });
});

describe('merging duplicate organisations', () => {
  const MERGE = `mutation($input: MergeOrganisationsInput!) { mergeOrganisations(input: $input) {
    id name { text } aliases version publishedDeliverables(first: 5) { totalCount } participations(first: 5) { totalCount } } }`;

  it('moves every link to the record that stays, keeps the old name as an alias and deletes the duplicate', async () => {
    const f = await fixture(db.orm, anchors);
    const admin = await createUser(db.orm.em, { admin: true });
    const r = await exec(MERGE, { input: { keep: f.vendor, duplicate: f.vendorDup } }, as(admin));
    expect(r.errors).toBeUndefined();
    const name = r.data!.mergeOrganisations.name.text as string;
    expect(r.data!.mergeOrganisations).toMatchObject({
      id: f.vendor,
      aliases: [name.replace(/ Oy$/, '')],
      version: 2,
      publishedDeliverables: { totalCount: 1 },
      participations: { totalCount: 1 },
    });
    const gone = await exec(`query($id: ID!) { node(id: $id) { id } }`, { id: f.vendorDup });
    expect(gone.data!.node).toBeNull();
    const history = await exec(
      `query($id: ID!) { node(id: $id) { ... on Organisation { history(first: 5) { nodes { action } } } } }`,
      { id: f.vendor },
    );
    expect(history.data!.node.history.nodes).toEqual([{ action: 'organisation.merge' }]);
  });

  it('never merges two municipalities', async () => {
    const admin = await createUser(db.orm.em, { admin: true });
    const before = await digest(db.orm);
    const r = await exec(MERGE, { input: { keep: org('helsinki'), duplicate: org('espoo') } }, as(admin));
    expect(codes(r)).toEqual(['CONFLICT']);
    expect(await digest(db.orm)).toEqual(before);
  });
});

interface BadCase {
  name: string;
  query: string;
  vars: (f: Fixture) => Record<string, unknown>;
  code: string;
  field?: string;
}

const org = (k: keyof Anchors['org']) => toGlobalId('Organisation', anchors.org[k]);
const CREATE_PROJECT = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`;
const UPDATE_PROJECT = `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id } }`;
const CREATE_DELIVERABLE = `mutation($input: CreateDeliverableInput!) { createDeliverable(input: $input) { id } }`;
const CREATE_RELEASE = `mutation($input: CreateReleaseInput!) { createRelease(input: $input) { id } }`;
const DECLARE = `mutation($input: DeclareAdoptionInput!) { declareAdoption(input: $input) { id } }`;
const project = (extra: object) => () => ({
  input: { leadOrganisation: org('helsinki'), name: { fi: 'Hanke' }, ...extra },
});

const BAD: BadCase[] = [
  {
    name: 'a 201-character name',
    query: CREATE_PROJECT,
    vars: project({ name: { fi: 'x'.repeat(201) } }),
    code: 'BAD_USER_INPUT',
    field: 'name.fi',
  },
  {
    name: 'no name in any language',
    query: CREATE_PROJECT,
    vars: project({ name: { fi: '  ' } }),
    code: 'BAD_USER_INPUT',
    field: 'name',
  },
  {
    name: 'NUL in a text',
    query: CREATE_PROJECT,
    vars: project({ summary: { sv: 'a\u0000b' } }),
    code: 'BAD_USER_INPUT',
    field: 'summary.sv',
  },
  {
    name: 'a right-to-left override in a name',
    query: CREATE_PROJECT,
    vars: project({ name: { fi: 'abc\u202Etxt.exe' } }),
    code: 'BAD_USER_INPUT',
    field: 'name.fi',
  },
  {
    name: 'a javascript: URL',
    query: CREATE_PROJECT,
    vars: project({ website: 'javascript:alert(1)' }),
    code: 'BAD_USER_INPUT',
    field: 'website',
  },
  {
    name: 'a slug with ../',
    query: CREATE_PROJECT,
    vars: project({ slug: '../admin' }),
    code: 'BAD_USER_INPUT',
    field: 'slug',
  },
  {
    name: 'an impossible date',
    query: CREATE_PROJECT,
    vars: project({ plannedStart: '2021-02-30' }),
    code: 'BAD_USER_INPUT',
    field: 'plannedStart',
  },
  {
    name: 'an end before the start',
    query: CREATE_PROJECT,
    vars: project({ plannedStart: '2022-01-01', plannedEnd: '2021-01-01' }),
    code: 'BAD_USER_INPUT',
    field: 'plannedEnd',
  },
  {
    name: 'a negative budget',
    query: CREATE_PROJECT,
    vars: project({ budgetEur: -1 }),
    code: 'BAD_USER_INPUT',
    field: 'budgetEur',
  },
  {
    name: 'an id that is not ours',
    query: CREATE_PROJECT,
    vars: project({ leadOrganisation: "1' or '1'='1" }),
    code: 'BAD_USER_INPUT',
    field: 'leadOrganisation',
  },
  {
    name: 'an id of the wrong type',
    query: CREATE_PROJECT,
    vars: (f) => project({ leadOrganisation: f.project })(),
    code: 'BAD_USER_INPUT',
    field: 'leadOrganisation',
  },
  {
    name: 'an unknown organisation',
    query: CREATE_PROJECT,
    vars: project({ leadOrganisation: toGlobalId('Organisation', '00000000-0000-4000-8000-000000000000') }),
    code: 'NOT_FOUND',
  },
  {
    name: 'a variable of the wrong type',
    query: CREATE_PROJECT,
    vars: project({ themes: ['NOT_A_THEME'] }),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a stale version',
    query: UPDATE_PROJECT,
    vars: (f) => ({ input: { id: f.project, expectedVersion: 7, acronym: 'X' } }),
    code: 'CONFLICT',
    field: 'expectedVersion',
  },
  {
    name: 'clearing the name',
    query: UPDATE_PROJECT,
    vars: (f) => ({ input: { id: f.project, expectedVersion: 1, name: null } }),
    code: 'BAD_USER_INPUT',
    field: 'name',
  },
  {
    name: 'a link of a project to itself',
    query: `mutation($input: ProjectLinkInput!) { addProjectLink(input: $input) { id } }`,
    vars: (f) => ({ input: { from: f.project, to: f.project, relation: 'CONTINUES' } }),
    code: 'BAD_USER_INPUT',
    field: 'to',
  },
  {
    name: 'a lower-case lesson category',
    query: `mutation($input: LessonLearnedInput!) { addLessonLearned(input: $input) { id } }`,
    vars: (f) => ({ input: { project: f.project, category: 'data', text: { fi: 'x' } } }),
    code: 'BAD_USER_INPUT',
    field: 'category',
  },
  {
    name: 'removing the lead applicant',
    query: `mutation($input: ParticipantInput!) { removeParticipant(input: $input) { id } }`,
    vars: (f) => ({ input: { project: f.project, organisation: org('helsinki'), role: 'LEAD_APPLICANT' } }),
    code: 'BAD_USER_INPUT',
    field: 'role',
  },
  {
    name: 'a service use without an owner',
    query: `mutation($input: LinkNationalServiceInput!) { linkNationalService(input: $input) { id } }`,
    vars: () => ({ input: { service: toGlobalId('NationalService', anchors.serviceId), relation: 'PAYS_WITH' } }),
    code: 'BAD_USER_INPUT',
    field: 'project',
  },
  {
    name: 'a licence that is not SPDX',
    query: CREATE_DELIVERABLE,
    vars: (f) => ({ input: { project: f.project, kind: 'SOFTWARE', title: { fi: 'T' }, licence: 'free for all!' } }),
    code: 'BAD_USER_INPUT',
    field: 'licence',
  },
  {
    name: 'a three-letter language code',
    query: CREATE_DELIVERABLE,
    vars: (f) => ({ input: { project: f.project, kind: 'SOFTWARE', title: { fi: 'T' }, languages: ['fin'] } }),
    code: 'BAD_USER_INPUT',
    field: 'languages',
  },
  {
    name: 'seven platforms',
    query: CREATE_DELIVERABLE,
    vars: (f) => ({
      input: { project: f.project, kind: 'SOFTWARE', title: { fi: 'T' }, platforms: Array(7).fill('WEB') },
    }),
    code: 'BAD_USER_INPUT',
    field: 'platforms',
  },
  {
    name: 'an ftp repository',
    query: CREATE_DELIVERABLE,
    vars: (f) => ({
      input: { project: f.project, kind: 'SOFTWARE', title: { fi: 'T' }, repositoryUrl: 'ftp://example.fi/x' },
    }),
    code: 'BAD_USER_INPUT',
    field: 'repositoryUrl',
  },
  {
    name: '31 keywords',
    query: CREATE_DELIVERABLE,
    vars: (f) => ({
      input: {
        project: f.project,
        kind: 'SOFTWARE',
        title: { fi: 'T' },
        keywords: Array.from({ length: 31 }, (_, i) => `k${i}`),
      },
    }),
    code: 'BAD_USER_INPUT',
    field: 'keywords',
  },
  {
    name: 'an unknown specification',
    query: CREATE_DELIVERABLE,
    vars: (f) => ({
      input: {
        project: f.project,
        kind: 'SOFTWARE',
        title: { fi: 'T' },
        conformsTo: [toGlobalId('Specification', '00000000-0000-4000-8000-000000000001')],
      },
    }),
    code: 'NOT_FOUND',
  },
  {
    name: 'a contact without a name',
    query: `mutation($input: UpdateDeliverableInput!) { updateDeliverable(input: $input) { id } }`,
    vars: (f) => ({ input: { id: f.deliverable, expectedVersion: 1, contacts: [{ name: ' ', role: 'x' }] } }),
    code: 'BAD_USER_INPUT',
    field: 'contacts.0.name',
  },
  {
    name: 'eleven contacts',
    query: `mutation($input: UpdateDeliverableInput!) { updateDeliverable(input: $input) { id } }`,
    vars: (f) => ({
      input: { id: f.deliverable, expectedVersion: 1, contacts: [...Array(11)].map((_, i) => ({ name: `N${i}` })) },
    }),
    code: 'BAD_USER_INPUT',
    field: 'contacts',
  },
  {
    name: 'a javascript: contact page',
    query: `mutation($input: UpdateDeliverableInput!) { updateDeliverable(input: $input) { id } }`,
    vars: (f) => ({
      input: { id: f.deliverable, expectedVersion: 1, contacts: [{ name: 'N', sourceUrl: 'javascript:alert(1)' }] },
    }),
    code: 'BAD_USER_INPUT',
    field: 'contacts.0.sourceUrl',
  },
  {
    name: 'an empty release version',
    query: CREATE_RELEASE,
    vars: (f) => ({ input: { deliverable: f.deliverable, version: ' ' } }),
    code: 'BAD_USER_INPUT',
    field: 'version',
  },
  {
    name: 'a javascript: release link',
    query: CREATE_RELEASE,
    vars: (f) => ({ input: { deliverable: f.deliverable, version: '9', links: [{ url: 'javascript:void(0)' }] } }),
    code: 'BAD_USER_INPUT',
    field: 'links.0.url',
  },
  {
    name: 'month 13',
    query: CREATE_RELEASE,
    vars: (f) => ({ input: { deliverable: f.deliverable, version: '9', releasedAt: '2021-13-01' } }),
    code: 'BAD_USER_INPUT',
    field: 'releasedAt',
  },
  {
    name: 'evidence that is not a URL',
    query: DECLARE,
    vars: (f) => ({
      input: {
        deliverable: f.deliverable,
        organisation: org('tampere'),
        status: 'PLANNED',
        evidenceUrls: ['see intranet'],
      },
    }),
    code: 'BAD_USER_INPUT',
    field: 'evidenceUrls',
  },
  {
    name: 'use ending before it began',
    query: DECLARE,
    vars: (f) => ({
      input: {
        deliverable: f.deliverable,
        organisation: org('tampere'),
        status: 'PLANNED',
        since: '2023-01-01',
        until: '2022-01-01',
      },
    }),
    code: 'BAD_USER_INPUT',
    field: 'until',
  },
  {
    name: 'a use in production that begins after today',
    query: DECLARE,
    vars: (f) => ({
      input: {
        deliverable: f.deliverable,
        organisation: org('tampere'),
        status: 'IN_PRODUCTION',
        since: `${new Date().getUTCFullYear() + 9}-01-01`,
      },
    }),
    code: 'BAD_USER_INPUT',
    field: 'since',
  },
  {
    name: 'a second adoption by the same organisation',
    query: DECLARE,
    vars: (f) => ({ input: { deliverable: f.deliverable, organisation: org('turku'), status: 'PLANNED' } }),
    code: 'CONFLICT',
    field: 'organisation',
  },
  {
    name: 'a malformed idempotency key',
    query: `mutation($input: UpdateProjectInput!) { updateProject(input: $input, idempotencyKey: "x") { id } }`,
    vars: (f) => ({ input: { id: f.project, expectedVersion: 1, acronym: 'X' } }),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'verifying without evidence',
    query: `mutation($input: AdoptionVersionInput!) { verifyAdoption(input: $input) { id } }`,
    vars: (f) => ({ input: { id: toGlobalId('Adoption', f.uuid.a), expectedVersion: 1 }, _clear: true }),
    code: 'BAD_USER_INPUT',
    field: 'id',
  },
];

describe('bad input gets a precise error and stores nothing', () => {
  let admin: TestUser;
  beforeAll(async () => {
    admin = await createUser(db.orm.em, { admin: true });
  });
  for (const c of BAD) {
    it(c.name, async () => {
      const f = await fixture(db.orm, anchors);
      const vars = c.vars(f);
      if (vars._clear)
        await db.orm.em.getConnection().execute(`update adoption set evidence_urls = '{}' where id = ?`, [f.uuid.a]);
      delete vars._clear;
      const before = await digest(db.orm);
      const r = await exec(c.query, vars, as(admin));
      expect(codes(r)).toEqual([c.code]);
      if (c.field) expect(r.errors![0].extensions!.field).toBe(c.field);
      expect(await digest(db.orm)).toEqual(before);
    });
  }

  it('says which years a date may have', async () => {
    const r = await exec(CREATE_PROJECT, project({ plannedEnd: '9999-12-31' })(), as(admin));
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].message).toBe('"plannedEnd" must be a date like 2021-06-30, in the years 1900 to 2100.');
  });

  it('takes a planned use that begins after today', async () => {
    const f = await fixture(db.orm, anchors);
    const since = `${new Date().getUTCFullYear() + 1}-01-01`;
    const r = await exec(
      `mutation($input: DeclareAdoptionInput!) { declareAdoption(input: $input) { status since } }`,
      { input: { deliverable: f.deliverable, organisation: org('tampere'), status: 'PLANNED', since } },
      as(admin),
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.declareAdoption).toEqual({ status: 'PLANNED', since });
  });

  it('names every bad field at once', async () => {
    const r = await exec(
      CREATE_PROJECT,
      project({ name: { fi: '' }, website: 'javascript:x', budgetEur: -5, acronym: 'x'.repeat(61) })(),
      as(admin),
    );
    const fields = (r.errors![0].extensions!.fields as { field: string }[]).map((x) => x.field).sort();
    expect(fields).toEqual(['acronym', 'budgetEur', 'name', 'name.fi', 'website']);
  });
});
