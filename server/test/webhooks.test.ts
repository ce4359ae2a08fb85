// Webhooks: registration (https only, no private targets, secret shown once), signed deliveries to a
// real HTTP receiver, retries with backoff and one delivery id, redelivery, restart safety, the
// owner-only delivery log, and bad input that stores nothing.
import 'reflect-metadata';
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/graphql/global-id.js';
import { NotificationWorker } from '../src/modules/notification/worker.js';
import { postDelivery } from '../src/modules/webhook/deliver.js';
import { configureWebhookTargets } from '../src/modules/webhook/target.js';
import { createApiKey, createUser, type Credentials } from './actors.js';
import { createTestDatabase, type TestDatabase } from './db.js';
import { fixture as createFixture, loadAnchors, type Anchors, type Fixture } from './graph-fixture.js';
import { codes, createExecutor } from './graphql.js';
import { sleep, startReceiver, workerOptions } from './notify-harness.js';

let db: TestDatabase;
let exec: Awaited<ReturnType<typeof createExecutor>>['execute'];
let stop: () => Promise<unknown>;
let anchors: Anchors;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let worker: NotificationWorker;
let f: Fixture;
let lead: Credentials;
let turkuMember: Credentials;

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  db.orm.em.getConnection().execute<T[]>(text, params);
const as = (who: Credentials) => ({ sessionToken: who.sessionToken, apiKey: who.apiKey });

beforeAll(async () => {
  db = await createTestDatabase('webhooks');
  ({ execute: exec, stop } = await createExecutor(db.orm));
  anchors = await loadAnchors(db.orm);
  receiver = await startReceiver();
  worker = new NotificationWorker(db.orm, workerOptions());
  f = await createFixture(db.orm, anchors);
  lead = await createUser(db.orm.em, { memberships: [{ projectId: f.uuid.p, role: 'LEAD' }] });
  turkuMember = await createUser(db.orm.em, { memberships: [{ organisationId: anchors.org.turku, role: 'MEMBER' }] });
});
afterAll(async () => {
  await worker?.stop();
  await receiver?.close();
  await stop?.();
  await db?.close();
});

const hookUuid = (gid: string) => Buffer.from(gid, 'base64url').toString('utf8').split(':')[1];
const CREATE = `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id url events active organisation { id } } } }`;
const DELIVERIES = `query($w: ID!) { webhookDeliveries(webhook: $w) { totalCount nodes { id eventType eventId status attempts lastStatusCode deliveredAt attemptLog { statusCode error redelivery } } } }`;
const UPDATE_PROJECT = `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id version } }`;

let hookId: string;
let secret: string;
let deliveryId: string;

describe('webhooks', () => {
  it('registers a hook for the partner organisation and shows the secret only once', async () => {
    const r = await exec(
      CREATE,
      {
        input: {
          organisation: toGlobalId('Organisation', anchors.org.turku),
          url: `${receiver.url}/hook`,
          events: ['project.*', 'adoption.update'],
        },
      },
      as(turkuMember),
    );
    expect(r.errors).toBeUndefined();
    const created = r.data!.createWebhook;
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(created.webhook).toMatchObject({
      url: `${receiver.url}/hook`,
      events: ['adoption.update', 'project.*'],
      active: true,
      organisation: { id: toGlobalId('Organisation', anchors.org.turku) },
    });
    hookId = created.webhook.id;
    secret = created.secret;
    // The secret is never readable again: no field holds it.
    const type = await exec(`{ __type(name: "Webhook") { fields { name } } }`);
    expect((type.data!.__type.fields as { name: string }[]).map((x) => x.name)).not.toContain('secret');
    const list = await exec(
      `query($o: ID!) { webhooks(organisation: $o) { id url } }`,
      { o: toGlobalId('Organisation', anchors.org.turku) },
      as(turkuMember),
    );
    expect(list.data!.webhooks).toEqual([{ id: hookId, url: `${receiver.url}/hook` }]);
    expect(JSON.stringify(list)).not.toContain(secret);
    // Nor is it in the database as such: it is stored encrypted (and the signed deliveries below
    // prove the worker decrypts it).
    const stored = await db.orm.em
      .getConnection()
      .execute(`select secret from webhook where id = ?`, [hookUuid(hookId)]);
    expect(stored[0].secret).toMatch(/^v1:/);
    expect(stored[0].secret).not.toContain(secret.slice(6));
  });

  it('delivers a signed event; 500, then a timeout, then success: 3 attempts with one delivery id', async () => {
    receiver.plan.push('fail', 'hang');
    const r = await exec(
      UPDATE_PROJECT,
      { input: { id: f.project, expectedVersion: 1, website: 'https://hanke.example.fi/' } },
      as(lead),
    );
    expect(r.errors).toBeUndefined();
    // An event the filter leaves out: no delivery.
    const d = await exec(
      `mutation($input: UpdateDeliverableInput!) { updateDeliverable(input: $input) { id } }`,
      { input: { id: f.deliverable, expectedVersion: 1, licence: 'CC-BY-4.0' } },
      as(lead),
    );
    expect(d.errors).toBeUndefined();

    const first = await worker.runOnce();
    expect(first).toMatchObject({ deliveries: 1, attempts: 1 });
    expect(receiver.requests).toHaveLength(1);
    await sleep(60); // first retry after 40 ms
    expect((await worker.runOnce()).attempts).toBe(1); // the receiver never answers: timed out after 400 ms
    expect(receiver.requests).toHaveLength(2);
    expect((await worker.runOnce()).attempts).toBe(0); // second retry not due yet (200 ms)
    await sleep(250);
    expect((await worker.runOnce()).attempts).toBe(1);
    expect(receiver.requests).toHaveLength(3);
    expect((await worker.runOnce()).attempts).toBe(0);

    const ids = receiver.requests.map((q) => q.headers['x-kuntagraph-delivery']);
    expect(new Set(ids).size).toBe(1);
    for (const q of receiver.requests) {
      expect(q.path).toBe('/hook');
      expect(q.headers['content-type']).toBe('application/json');
      expect(q.headers['x-kuntagraph-event']).toBe('project.update');
      expect(q.headers['x-kuntagraph-timestamp']).toMatch(/^\d{10}$/);
      const expected = `sha256=${createHmac('sha256', secret).update(q.body).digest('hex')}`;
      expect(q.headers['x-kuntagraph-signature']).toBe(expected);
      expect(q.headers['x-kuntagraph-signature']).not.toBe(
        `sha256=${createHmac('sha256', 'wrong').update(q.body).digest('hex')}`,
      );
    }
    expect(receiver.requests[0].body).toBe(receiver.requests[2].body);
    const payload = JSON.parse(receiver.requests[2].body);
    expect(payload).toMatchObject({
      type: 'project.update',
      node: { type: 'Project', id: f.project },
      data: { before: { website: null }, after: { website: 'https://hanke.example.fi/' } },
    });
    expect(payload.id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(new Date(payload.at).toString()).not.toBe('Invalid Date');

    const log = await exec(DELIVERIES, { w: hookId }, as(turkuMember));
    expect(log.errors).toBeUndefined();
    const conn = log.data!.webhookDeliveries;
    expect(conn.totalCount).toBe(1);
    const [delivery] = conn.nodes;
    deliveryId = delivery.id;
    expect(Buffer.from(delivery.id, 'base64url').toString()).toBe(`WebhookDelivery:${ids[0]}`);
    expect(delivery).toMatchObject({
      eventType: 'project.update',
      eventId: payload.id,
      status: 'DELIVERED',
      attempts: 3,
      lastStatusCode: 200,
    });
    expect(delivery.deliveredAt).not.toBeNull();
    expect(delivery.attemptLog.map((a: { statusCode: number | null }) => a.statusCode)).toEqual([500, null, 200]);
    expect(delivery.attemptLog[1].error).toMatch(/timed out/);
  });

  it('a restarted dispatcher does not send delivered events again', async () => {
    await worker.stop();
    worker = new NotificationWorker(db.orm, workerOptions());
    const again = await worker.runOnce();
    expect(again).toMatchObject({ events: 0, deliveries: 0, attempts: 0 });
    // Even with the cursor moved back, dispatched events and delivered deliveries stay done.
    await sql(`update notify_cursor set last_at = last_at - interval '1 hour'`);
    expect(await worker.runOnce()).toMatchObject({ events: 0, deliveries: 0, attempts: 0 });
    await sql(`delete from dispatched_event`);
    expect(await worker.runOnce()).toMatchObject({ deliveries: 0, attempts: 0 });
    expect(receiver.requests).toHaveLength(3);
    const [{ n }] = await sql<{ n: string }>(`select count(*) as n from webhook_delivery`);
    expect(Number(n)).toBe(1);
  });

  it('redelivers on request with the same delivery id, logged as a redelivery', async () => {
    const r = await exec(
      `mutation($d: ID!) { redeliverWebhook(delivery: $d) { id status } }`,
      { d: deliveryId },
      as(turkuMember),
    );
    expect(r.data!.redeliverWebhook).toEqual({ id: deliveryId, status: 'PENDING' });
    expect((await worker.runOnce()).attempts).toBe(1);
    expect(receiver.requests).toHaveLength(4);
    expect(receiver.requests[3].headers['x-kuntagraph-delivery']).toBe(
      receiver.requests[0].headers['x-kuntagraph-delivery'],
    );
    const log = (await exec(DELIVERIES, { w: hookId }, as(turkuMember))).data!.webhookDeliveries.nodes[0];
    expect(log).toMatchObject({ status: 'DELIVERED', attempts: 4 });
    expect(log.attemptLog.map((a: { redelivery: boolean }) => a.redelivery)).toEqual([false, false, false, true]);
    const audit = await sql(`select action from audit_event where action = 'webhook.redeliver'`);
    expect(audit).toHaveLength(1);
  });

  it('the delivery log is visible to the owner organisation and curators only', async () => {
    const turkuReadKey = await createApiKey(db.orm.em, anchors.org.turku, ['READ']);
    const helsinkiKey = await createApiKey(db.orm.em, anchors.org.helsinki, ['WRITE']);
    const admin = await createUser(db.orm.em, { admin: true });
    const got: Record<string, unknown> = {};
    for (const [name, who] of Object.entries({ anonymous: {}, lead, helsinkiKey, turkuMember, turkuReadKey, admin })) {
      const r = await exec(DELIVERIES, { w: hookId }, as(who as Credentials));
      got[name] = codes(r)[0] ?? r.data!.webhookDeliveries.totalCount;
    }
    expect(got).toEqual({
      anonymous: 'UNAUTHENTICATED',
      lead: 'FORBIDDEN',
      helsinkiKey: 'FORBIDDEN',
      turkuMember: 1,
      turkuReadKey: 1,
      admin: 1,
    });
    const list = await exec(
      `query($o: ID!) { webhooks(organisation: $o) { id } }`,
      { o: toGlobalId('Organisation', anchors.org.turku) },
      as(lead),
    );
    expect(codes(list)).toEqual(['FORBIDDEN']);
    // A read-only key sees the log but cannot redeliver.
    const redo = await exec(
      `mutation($d: ID!) { redeliverWebhook(delivery: $d) { id } }`,
      { d: deliveryId },
      as(turkuReadKey),
    );
    expect(codes(redo)).toEqual(['FORBIDDEN']);
  });

  it('never follows redirects and refuses private targets when they are not allowed', async () => {
    receiver.plan.push('redirect');
    const redirected = await postDelivery(
      { url: `${receiver.url}/r`, secret: 's', body: '{}', event: 'project.update', deliveryId: 'x' },
      { timeoutMs: 400, allowPrivate: true },
    );
    expect(redirected).toMatchObject({ ok: false, statusCode: 302 });
    const before = receiver.requests.length;
    const refused = await postDelivery(
      { url: `${receiver.url}/r`, secret: 's', body: '{}', event: 'project.update', deliveryId: 'x' },
      { timeoutMs: 400, allowPrivate: false },
    );
    expect(refused.ok).toBe(false);
    expect(refused.error).toMatch(/refused/);
    const mapped = await postDelivery(
      { url: 'https://[::ffff:127.0.0.1]/x', secret: 's', body: '{}', event: 'e', deliveryId: 'x' },
      { timeoutMs: 400, allowPrivate: false },
    );
    expect(mapped.error).toMatch(/refused/);
    expect(receiver.requests.length).toBe(before);
  });

  it('bad input is BAD_USER_INPUT naming the field, and stores nothing', async () => {
    configureWebhookTargets({ allowPrivate: false });
    try {
      const org = toGlobalId('Organisation', anchors.org.turku);
      const count = async () =>
        (
          await sql<{ w: string; a: string }>(
            `select (select count(*) from webhook) as w, (select count(*) from audit_event) as a`,
          )
        )[0];
      const before = await count();
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ url: 'http://hooks.example.com/kg' }, 'url'],
        [{ url: `${receiver.url}/hook` }, 'url'],
        [{ url: 'https://10.1.2.3/hook' }, 'url'],
        [{ url: 'https://192.168.0.10/hook' }, 'url'],
        [{ url: 'https://[::1]/hook' }, 'url'],
        [{ url: 'https://localhost/hook' }, 'url'],
        [{ url: `https://hooks.example.com/${'a'.repeat(2001 - 'https://hooks.example.com/'.length)}` }, 'url'],
        [{ url: 'https://user:pw@hooks.example.com/' }, 'url'],
        [{ url: 'javascript:alert(1)' }, 'url'],
        [{ url: 'https://hooks.example.com/kg', events: ['project.explode'] }, 'events'],
        [{ url: 'https://hooks.example.com/kg', events: ['*'] }, 'events'],
      ];
      expect((cases[6][0].url as string).length).toBe(2001);
      for (const [input, field] of cases) {
        const r = await exec(CREATE, { input: { organisation: org, ...input } }, as(turkuMember));
        expect(codes(r), JSON.stringify(input).slice(0, 80)).toEqual(['BAD_USER_INPUT']);
        expect(r.errors![0].extensions).toMatchObject({ argumentName: 'input', field });
      }
      // Exactly 2,000 characters is accepted.
      const ok = await exec(
        CREATE,
        { input: { organisation: org, url: `https://hooks.example.com/${'a'.repeat(2000 - 26)}` } },
        as(turkuMember),
      );
      expect(ok.errors).toBeUndefined();
      const after = await count();
      expect(Number(after.w)).toBe(Number(before.w) + 1);
      expect(Number(after.a)).toBe(Number(before.a) + 1);
    } finally {
      configureWebhookTargets({ allowPrivate: true });
    }
  });

  it('deleting a hook removes it and its log; others may not', async () => {
    const other = await exec(`mutation($id: ID!) { deleteWebhook(id: $id) }`, { id: hookId }, as(lead));
    expect(codes(other)).toEqual(['FORBIDDEN']);
    const r = await exec(`mutation($id: ID!) { deleteWebhook(id: $id) }`, { id: hookId }, as(turkuMember));
    expect(r.data!.deleteWebhook).toBe(hookId);
    const [{ n }] = await sql<{ n: string }>(`select count(*) as n from webhook_delivery`);
    expect(Number(n)).toBe(0);
    const gone = await exec(DELIVERIES, { w: hookId }, as(turkuMember));
    expect(codes(gone)).toEqual(['NOT_FOUND']);
  });
});
