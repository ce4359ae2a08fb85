// Follows and notifications: one notification per follower and change (never for the actor),
// including changes to a project's deliverables and adoptions; the e-mail digest arrives at a
// real SMTP server once, in the user's language.
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/graphql/global-id.js';
import { NotificationWorker } from '../src/modules/notification/worker.js';
import { createApiKey, createUser, type TestUser } from './actors.js';
import { createTestDatabase, type TestDatabase } from './db.js';
import { fixture as createFixture, loadAnchors, type Anchors, type Fixture } from './graph-fixture.js';
import { codes, createExecutor } from './graphql.js';
import { startSmtpSink, workerOptions } from './notify-harness.js';

let db: TestDatabase;
let exec: Awaited<ReturnType<typeof createExecutor>>['execute'];
let stop: () => Promise<unknown>;
let anchors: Anchors;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let worker: NotificationWorker;
let f: Fixture;
let lead: TestUser;
let anna: TestUser; // follows the project and its deliverable; Finnish digest
let bo: TestUser; // follows the project; Swedish digest
let turku: TestUser; // ADMIN of Turku, the adopter

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  db.orm.em.getConnection().execute<T[]>(text, params);
const as = (who: TestUser) => ({ sessionToken: who.sessionToken });

beforeAll(async () => {
  db = await createTestDatabase('notifications');
  ({ execute: exec, stop } = await createExecutor(db.orm));
  anchors = await loadAnchors(db.orm);
  smtp = await startSmtpSink();
  worker = new NotificationWorker(
    db.orm,
    workerOptions({ smtpUrl: smtp.url, smtpFrom: 'Kuntagraph <noreply@kuntagraph.test>' }),
  );
  f = await createFixture(db.orm, anchors);
  lead = await createUser(db.orm.em, { memberships: [{ projectId: f.uuid.p, role: 'LEAD' }] });
  anna = await createUser(db.orm.em, { name: 'Anna' });
  bo = await createUser(db.orm.em, { name: 'Bo' });
  turku = await createUser(db.orm.em, { memberships: [{ organisationId: anchors.org.turku, role: 'ADMIN' }] });
});
afterAll(async () => {
  await worker?.stop();
  await smtp?.close();
  await stop?.();
  await db?.close();
});

const FOLLOW = `mutation($n: ID!) { follow(node: $n) { id nodeType node { id __typename } } }`;
const NOTIFICATIONS = `query($unread: Boolean) { me { notifications(unreadOnly: $unread) { totalCount unreadCount
  nodes { id action nodeType followedType readAt node { id } followed { id } changes { field before after } } } } }`;
const UPDATE_PROJECT = `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id } }`;

async function notificationsOf(who: TestUser, unread = false) {
  const r = await exec(NOTIFICATIONS, { unread }, as(who));
  expect(r.errors).toBeUndefined();
  return r.data!.me.notifications;
}

const perUser = async () =>
  Object.fromEntries(
    (await sql<{ user_id: string; n: string }>(`select user_id, count(*) as n from notification group by user_id`)).map(
      (r) => [r.user_id, Number(r.n)],
    ),
  );

describe('follows and notifications', () => {
  it('signed-in users follow nodes; following twice is the same follow', async () => {
    const a = await exec(FOLLOW, { n: f.project }, as(anna));
    expect(a.data!.follow).toMatchObject({ nodeType: 'Project', node: { id: f.project, __typename: 'Project' } });
    const again = await exec(FOLLOW, { n: f.project }, as(anna));
    expect(again.data!.follow.id).toBe(a.data!.follow.id);
    expect((await exec(FOLLOW, { n: f.deliverable }, as(anna))).errors).toBeUndefined();
    expect((await exec(FOLLOW, { n: f.project }, as(bo))).errors).toBeUndefined();
    // The actor follows too: their own changes do not notify them.
    expect((await exec(FOLLOW, { n: f.project }, as(lead))).errors).toBeUndefined();
    const mine = await exec(`{ me { follows { totalCount nodes { nodeType node { id } } } } }`, {}, as(anna));
    expect(mine.data!.me.follows.totalCount).toBe(2);
    expect(mine.data!.me.follows.nodes.map((n: { node: { id: string } }) => n.node.id).sort()).toEqual(
      [f.project, f.deliverable].sort(),
    );
    const [{ n }] = await sql<{ n: string }>(`select count(*) as n from audit_event where action = 'follow.create'`);
    expect(Number(n)).toBe(4);
  });

  it('refuses API keys, unknown ids and ids of nothing', async () => {
    const key = await createApiKey(db.orm.em, anchors.org.turku, ['WRITE']);
    expect(codes(await exec(FOLLOW, { n: f.project }, { apiKey: key.apiKey }))).toEqual(['FORBIDDEN']);
    expect(codes(await exec(FOLLOW, { n: f.project }))).toEqual(['UNAUTHENTICATED']);
    const bad = await exec(FOLLOW, { n: 'not an id' }, as(anna));
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0].extensions).toMatchObject({ argumentName: 'node' });
    const missing = await exec(FOLLOW, { n: toGlobalId('Project', '00000000-0000-4000-8000-000000000000') }, as(anna));
    expect(codes(missing)).toEqual(['NOT_FOUND']);
    const [{ n }] = await sql<{ n: string }>(`select count(*) as n from follow`);
    expect(Number(n)).toBe(4);
  });

  it('a change notifies each follower once, and not the actor', async () => {
    const r = await exec(
      UPDATE_PROJECT,
      { input: { id: f.project, expectedVersion: 1, website: 'https://hanke.example.fi/' } },
      as(lead),
    );
    expect(r.errors).toBeUndefined();
    expect(await worker.runOnce()).toMatchObject({ events: 1, notifications: 2 });
    expect(await perUser()).toEqual({ [anna.userId]: 1, [bo.userId]: 1 });
    const list = await notificationsOf(anna);
    expect(list).toMatchObject({ totalCount: 1, unreadCount: 1 });
    expect(list.nodes[0]).toMatchObject({
      action: 'project.update',
      nodeType: 'Project',
      followedType: 'Project',
      readAt: null,
      node: { id: f.project },
      changes: [{ field: 'website', before: null, after: 'https://hanke.example.fi/' }],
    });
  });

  it("changes to the project's deliverables and adoptions notify the project's followers, once each", async () => {
    const d = await exec(
      `mutation($input: UpdateDeliverableInput!) { updateDeliverable(input: $input) { id } }`,
      { input: { id: f.deliverable, expectedVersion: 1, licence: 'CC-BY-4.0' } },
      as(lead),
    );
    expect(d.errors).toBeUndefined();
    const a = await exec(
      `mutation($input: UpdateAdoptionInput!) { updateAdoption(input: $input) { id } }`,
      { input: { id: f.adoption, expectedVersion: 1, status: 'IN_PRODUCTION' } },
      as(turku),
    );
    expect(a.errors).toBeUndefined();
    // Anna follows both the project and the deliverable: still one notification per change.
    expect(await worker.runOnce()).toMatchObject({ events: 2, notifications: 5 });
    expect(await perUser()).toEqual({ [anna.userId]: 3, [bo.userId]: 3, [lead.userId]: 1 });
    const bos = (await notificationsOf(bo)).nodes.map((n: Record<string, unknown>) => [n.action, n.followedType]);
    expect(bos).toEqual([
      ['adoption.update', 'Project'],
      ['deliverable.update', 'Project'],
      ['project.update', 'Project'],
    ]);
    const annas = (await notificationsOf(anna)).nodes.map((n: Record<string, unknown>) => [n.action, n.followedType]);
    expect(annas).toEqual([
      ['adoption.update', 'Deliverable'],
      ['deliverable.update', 'Deliverable'],
      ['project.update', 'Project'],
    ]);
    // The lead did not adopt: Turku's change notifies them.
    expect((await notificationsOf(lead)).nodes.map((n: { action: string }) => n.action)).toEqual(['adoption.update']);
  });

  it('nothing is dispatched twice, also after a restart', async () => {
    expect(await worker.runOnce()).toMatchObject({ events: 0, notifications: 0 });
    const restarted = new NotificationWorker(db.orm, workerOptions());
    await sql(`update notify_cursor set last_at = last_at - interval '5 minutes'`);
    expect(await restarted.runOnce()).toMatchObject({ events: 0, notifications: 0 });
    await restarted.stop();
    expect(await perUser()).toEqual({ [anna.userId]: 3, [bo.userId]: 3, [lead.userId]: 1 });
  });

  it('sends one digest per user to the SMTP server, in their language, and not twice', async () => {
    const none = await exec(`{ me { emailDigest { frequency language lastSentAt } } }`, {}, as(anna));
    expect(none.data!.me.emailDigest).toEqual({ frequency: 'NONE', language: 'fi', lastSentAt: null });
    expect((await worker.runOnce()).digests).toBe(0);
    const SET = `mutation($f: DigestFrequency!, $l: Lang) { setEmailDigest(frequency: $f, language: $l) { frequency language } }`;
    expect((await exec(SET, { f: 'DAILY' }, as(anna))).data!.setEmailDigest).toEqual({
      frequency: 'DAILY',
      language: 'fi',
    });
    expect((await exec(SET, { f: 'WEEKLY', l: 'sv' }, as(bo))).data!.setEmailDigest).toEqual({
      frequency: 'WEEKLY',
      language: 'sv',
    });
    expect((await worker.runOnce()).digests).toBe(2);
    expect(smtp.mails).toHaveLength(2);
    const annaMail = smtp.mails.find((m) => m.to.includes(anna.email))!;
    const boMail = smtp.mails.find((m) => m.to.includes(bo.email))!;
    expect(annaMail.to).toEqual([anna.email]);
    expect(annaMail.from).toBe('noreply@kuntagraph.test');
    expect(annaMail.subject).toBe('Kuntagraph: 3 uutta muutosta seuraamissasi kohteissa');
    expect(annaMail.text).toContain('Seuraamissasi kohteissa on tapahtunut muutoksia:');
    expect(annaMail.text).toMatch(
      /- Hanke matrix-[0-9a-f]{8}: hanke muutettu \(project\.update\), \d{4}-\d\d-\d\d \d\d:\d\d UTC/,
    );
    expect(annaMail.text).toMatch(/Ohje [0-9a-f]{8}: käyttöönotto muutettu \(adoption\.update\)/);
    expect(annaMail.raw).toMatch(/content-type:\s*text\/html/i);
    expect(boMail.subject).toBe('Kuntagraph: 3 nya ändringar i det du följer');
    expect(boMail.text).toMatch(/projekt ändrad \(project\.update\)/);

    // Not again: the next pass finds nothing due.
    expect((await worker.runOnce()).digests).toBe(0);
    const r = await exec(UPDATE_PROJECT, { input: { id: f.project, expectedVersion: 2, acronym: 'HK' } }, as(lead));
    expect(r.errors).toBeUndefined();
    expect(await worker.runOnce()).toMatchObject({ notifications: 2, digests: 0 });
    expect(smtp.mails).toHaveLength(2);
    const digest = await exec(`{ me { emailDigest { frequency lastSentAt } } }`, {}, as(anna));
    expect(digest.data!.me.emailDigest.lastSentAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('sends nothing when SMTP is not configured', async () => {
    await sql(`update notification_preference set last_digest_at = null`);
    const noMail = new NotificationWorker(db.orm, workerOptions({ smtpUrl: undefined }));
    expect((await noMail.runOnce()).digests).toBe(0);
    await noMail.stop();
    expect(smtp.mails).toHaveLength(2);
  });

  it('marks notifications read, one by one or all', async () => {
    const before = await notificationsOf(anna);
    expect(before).toMatchObject({ totalCount: 4, unreadCount: 4 });
    const MARK = `mutation($ids: [ID!], $all: Boolean) { markNotificationsRead(ids: $ids, all: $all) }`;
    expect((await exec(MARK, { ids: [before.nodes[0].id] }, as(anna))).data!.markNotificationsRead).toBe(1);
    // Someone else's notification is not theirs to mark.
    expect((await exec(MARK, { ids: [before.nodes[1].id] }, as(bo))).data!.markNotificationsRead).toBe(0);
    expect(await notificationsOf(anna, true)).toMatchObject({ totalCount: 3, unreadCount: 3 });
    expect(codes(await exec(MARK, {}, as(anna)))).toEqual(['BAD_USER_INPUT']);
    expect((await exec(MARK, { all: true }, as(anna))).data!.markNotificationsRead).toBe(3);
    expect(await notificationsOf(anna)).toMatchObject({ totalCount: 4, unreadCount: 0 });
    expect(await notificationsOf(anna, true)).toMatchObject({ totalCount: 0, unreadCount: 0 });
  });

  it('pages notifications newest first', async () => {
    const q = `query($after: String) { me { notifications(first: 3, after: $after) { pageInfo { hasNextPage endCursor } nodes { action } } } }`;
    const p1 = (await exec(q, {}, as(bo))).data!.me.notifications;
    expect(p1.nodes).toHaveLength(3);
    expect(p1.pageInfo.hasNextPage).toBe(true);
    const p2 = (await exec(q, { after: p1.pageInfo.endCursor }, as(bo))).data!.me.notifications;
    expect(p2.nodes.map((n: { action: string }) => n.action)).toEqual(['project.update']);
    expect(p2.pageInfo.hasNextPage).toBe(false);
  });

  it('after unfollowing, changes no longer notify', async () => {
    const r = await exec(`mutation($n: ID!) { unfollow(node: $n) }`, { n: f.project }, as(bo));
    expect(r.data!.unfollow).toBe(true);
    expect((await exec(`mutation($n: ID!) { unfollow(node: $n) }`, { n: f.project }, as(bo))).data!.unfollow).toBe(
      false,
    );
    await exec(UPDATE_PROJECT, { input: { id: f.project, expectedVersion: 3, acronym: 'HK2' } }, as(lead));
    await worker.runOnce();
    expect((await perUser())[bo.userId]).toBe(4);
    expect((await perUser())[anna.userId]).toBe(5);
  });
});
