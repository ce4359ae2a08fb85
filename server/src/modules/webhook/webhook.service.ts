import { secretBox } from './secret-box.js';
import { randomBytes } from 'node:crypto';
import type { Context } from '../../graphql/context.js';
import { NotFoundError } from '../../graphql/errors.js';
import { fromGlobalId, toGlobalId } from '../../graphql/global-id.js';
import { connection, decodeKeyCursor, encodeKeyCursor, pageSize } from '../../graphql/relay.js';
import { clean, validateInput } from '../../graphql/validation.js';
import { runWrite } from '../../graphql/write.js';
import { audit } from '../audit/audit.js';
import { ApiKey } from '../auth/api-key.entity.js';
import { authorize, requireViewer } from '../auth/auth.policy.js';
import { User } from '../auth/user.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { idOf } from '../project/project.service.js';
import { Webhook } from './webhook.entity.js';
import type { CreateWebhookInput } from './webhook.inputs.js';
import { canManageWebhooks, canViewWebhooks } from './webhook.policy.js';
import type { CreatedWebhook, WebhookDeliveryStatus, WebhookDeliveryView, WebhookView } from './webhook.types.js';

const ISO_US = (col: string) => `to_char(${col} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

const WEBHOOK_COLUMNS = `w.id, w.organisation_id, w.url, w.events, w.active, ${ISO_US('w.created_at')} as created_at`;

interface WebhookRow {
  id: string;
  organisation_id: string;
  url: string;
  events: string[];
  active: boolean;
  created_at: string;
}

function webhookView(r: WebhookRow): WebhookView {
  return {
    id: toGlobalId('Webhook', r.id),
    organisationId: r.organisation_id,
    url: r.url,
    events: r.events,
    active: r.active,
    createdAt: r.created_at,
  };
}

async function webhookRow(ctx: Context, uuid: string): Promise<WebhookRow | null> {
  return ctx.sql.one<WebhookRow>(`select ${WEBHOOK_COLUMNS} from webhook w where w.id = ?`, [uuid]);
}

/** The webhook of a global id that the caller may see (NOT_FOUND / FORBIDDEN otherwise). */
async function visibleWebhook(ctx: Context, id: string, argumentName: string, manage: boolean): Promise<WebhookRow> {
  const viewer = requireViewer(ctx);
  const uuid = fromGlobalId(id, argumentName, ['Webhook']).id;
  const row = await webhookRow(ctx, uuid);
  if (!row) throw new NotFoundError(argumentName, `No webhook with id ${id}.`);
  const allowed = manage
    ? canManageWebhooks(viewer, row.organisation_id)
    : canViewWebhooks(viewer, row.organisation_id);
  authorize(allowed, "Only the organisation's members and API keys, and curators, can see and manage its webhooks.");
  return row;
}

export async function listWebhooks(ctx: Context, organisation: string): Promise<WebhookView[]> {
  const viewer = requireViewer(ctx);
  const orgId = fromGlobalId(organisation, 'organisation', ['Organisation']).id;
  authorize(
    canViewWebhooks(viewer, orgId),
    "Only the organisation's members and API keys, and curators, can see its webhooks.",
  );
  const rows = await ctx.sql.all<WebhookRow>(
    `select ${WEBHOOK_COLUMNS} from webhook w where w.organisation_id = ? order by w.created_at desc, w.id desc`,
    [orgId],
  );
  return rows.map(webhookView);
}

export async function createWebhook(
  ctx: Context,
  input: CreateWebhookInput,
  idem: string | null,
): Promise<CreatedWebhook> {
  await validateInput('input', input);
  const orgId = idOf(input.organisation, 'organisation', ['Organisation']);
  const url = clean(input.url);
  const events = [...new Set(input.events ?? [])].sort();
  let secret: string | null = null;
  const id = await runWrite(
    ctx,
    { operation: 'createWebhook', idempotencyKey: idem, args: { ...input } },
    async ({ em, viewer, actor }) => {
      const org = await em.findOne(Organisation, orgId, { fields: ['id'] });
      if (!org) throw new NotFoundError('input', 'No organisation with this id (organisation).');
      authorize(
        canManageWebhooks(viewer, orgId),
        'Only members and WRITE API keys of the organisation, and curators, can add its webhooks.',
      );
      const hook = new Webhook();
      hook.organisation = em.getReference(Organisation, orgId);
      hook.createdBy = viewer.userId ? em.getReference(User, viewer.userId) : null;
      hook.createdByApiKey = viewer.apiKey ? em.getReference(ApiKey, viewer.apiKey.id) : null;
      hook.url = url;
      hook.events = events;
      secret = `whsec_${randomBytes(32).toString('base64url')}`;
      hook.secret = secretBox().seal(secret);
      em.persist(hook);
      audit(em, actor, {
        action: 'webhook.create',
        nodeType: 'Webhook',
        nodeId: hook.id,
        after: { organisation: orgId, url, events },
      });
      return hook.id;
    },
  );
  return { webhook: webhookView((await webhookRow(ctx, id!))!), secret };
}

/** Deletes a webhook with its delivery log; returns its id. */
export async function deleteWebhook(ctx: Context, id: string, idem: string | null): Promise<string> {
  const row = await visibleWebhook(ctx, id, 'id', true);
  await runWrite(ctx, { operation: 'deleteWebhook', idempotencyKey: idem, args: { id } }, async ({ em, actor }) => {
    const hook = await em.findOne(Webhook, row.id);
    if (!hook) throw new NotFoundError('id', `No webhook with id ${id}.`);
    em.remove(hook);
    audit(em, actor, {
      action: 'webhook.delete',
      nodeType: 'Webhook',
      nodeId: row.id,
      before: { organisation: row.organisation_id, url: row.url, events: row.events },
    });
    return row.id;
  });
  return id;
}

const DELIVERY_SQL = `select d.id, d.webhook_id, e.action, e.id as event_id, d.status, d.attempts, d.last_status_code,
  d.last_error, ${ISO_US('d.next_attempt_at')} as next_attempt_at, ${ISO_US('d.delivered_at')} as delivered_at,
  ${ISO_US('d.created_at')} as created_at,
  (select coalesce(json_agg(json_build_object('at', ${ISO_US('a.at')}, 'statusCode', a.status_code, 'error', a.error,
     'durationMs', a.duration_ms, 'redelivery', a.redelivery) order by a.at, a.id), '[]') from webhook_delivery_attempt a
   where a.delivery_id = d.id) as attempt_log
  from webhook_delivery d join audit_event e on e.id = d.audit_event_id`;

interface DeliveryRow {
  id: string;
  webhook_id: string;
  action: string;
  event_id: string;
  status: string;
  attempts: number;
  last_status_code: number | null;
  last_error: string | null;
  next_attempt_at: string | null;
  delivered_at: string | null;
  created_at: string;
  attempt_log: WebhookDeliveryView['attemptLog'];
}

function deliveryView(r: DeliveryRow): WebhookDeliveryView {
  return {
    id: toGlobalId('WebhookDelivery', r.id),
    eventType: r.action,
    eventId: toGlobalId('ChangeEvent', r.event_id),
    status: r.status as WebhookDeliveryStatus,
    attempts: r.attempts,
    lastStatusCode: r.last_status_code,
    lastError: r.last_error,
    nextAttemptAt: r.next_attempt_at,
    deliveredAt: r.delivered_at,
    createdAt: r.created_at,
    attemptLog: r.attempt_log,
  };
}

/** A webhook's deliveries, newest first. */
export async function listDeliveries(
  ctx: Context,
  webhook: string,
  first: number | undefined,
  after: string | null | undefined,
) {
  const hook = await visibleWebhook(ctx, webhook, 'webhook', false);
  const n = pageSize(first);
  const cursor = decodeKeyCursor(after, 2);
  const rows = await ctx.sql.all<DeliveryRow>(
    `${DELIVERY_SQL} where d.webhook_id = ? ${cursor ? `and (d.created_at, d.id) < (?::timestamptz, ?::uuid)` : ''}
     order by d.created_at desc, d.id desc limit ?`,
    [hook.id, ...(cursor ?? []), n + 1],
  );
  const views = rows.map((r) => ({ ...deliveryView(r), _key: [r.created_at, r.id] }));
  return connection(
    views,
    n,
    (v) => encodeKeyCursor(v._key),
    async () =>
      Number(
        (await ctx.sql.one<{ n: string }>(`select count(*) as n from webhook_delivery where webhook_id = ?`, [
          hook.id,
        ]))!.n,
      ),
    cursor !== null,
  );
}

/** Sends a delivery once more, now (same delivery id); logged as a redelivery. */
export async function redeliver(ctx: Context, delivery: string, idem: string | null): Promise<WebhookDeliveryView> {
  const viewer = requireViewer(ctx);
  const uuid = fromGlobalId(delivery, 'delivery', ['WebhookDelivery']).id;
  const found = await ctx.sql.one<{ organisation_id: string }>(
    `select w.organisation_id from webhook_delivery d join webhook w on w.id = d.webhook_id where d.id = ?`,
    [uuid],
  );
  if (!found) throw new NotFoundError('delivery', `No webhook delivery with id ${delivery}.`);
  authorize(
    canManageWebhooks(viewer, found.organisation_id),
    'Only members and WRITE API keys of the organisation, and curators, can redeliver its events.',
  );
  await runWrite(
    ctx,
    { operation: 'redeliverWebhook', idempotencyKey: idem, args: { delivery } },
    async ({ em, actor }) => {
      const [row] = await em.getConnection().execute<Array<{ status: string }>>(
        `update webhook_delivery d set status = 'PENDING', next_attempt_at = now(), redeliver = true
           from webhook_delivery old where d.id = ? and old.id = d.id returning old.status`,
        [uuid],
        'all',
        em.getTransactionContext(),
      );
      if (!row) throw new NotFoundError('delivery', `No webhook delivery with id ${delivery}.`);
      audit(em, actor, {
        action: 'webhook.redeliver',
        nodeType: 'WebhookDelivery',
        nodeId: uuid,
        before: { status: row.status },
        after: { status: 'PENDING' },
      });
      return uuid;
    },
  );
  return deliveryView((await ctx.sql.one<DeliveryRow>(`${DELIVERY_SQL} where d.id = ?`, [uuid]))!);
}
