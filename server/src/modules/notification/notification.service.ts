import type DataLoader from 'dataloader';
import { Lang } from '../../domain/enums.js';
import type { Context } from '../../graphql/context.js';
import { BadUserInputError, NotFoundError } from '../../graphql/errors.js';
import { fromGlobalId, toGlobalId } from '../../graphql/global-id.js';
import { pgArray, type ViewRow } from '../../graphql/loaders.js';
import { connection, decodeKeyCursor, encodeKeyCursor, pageSize } from '../../graphql/relay.js';
import { runWrite, type WriteScope } from '../../graphql/write.js';
import { audit } from '../audit/audit.js';
import { fieldChanges } from '../audit/history.js';
import { requireUser } from '../auth/auth.policy.js';
import { nodeLoaders } from '../node-loaders.js';
import {
  DigestFrequency,
  type EmailDigestView,
  type FollowView,
  type NotificationConnection,
} from './notification.types.js';

// Follows, notifications and the digest setting of the signed-in user.

const ISO_US = (col: string) => `to_char(${col} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

function run(scope: WriteScope) {
  const conn = scope.em.getConnection();
  const trx = scope.em.getTransactionContext();
  return <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    conn.execute<T[]>(text, params, 'all', trx);
}

/** The node a global id names, loaded (NOT_FOUND when there is none). */
export async function loadNode(
  ctx: Context,
  id: string,
  argumentName: string,
): Promise<{ type: string; uuid: string }> {
  const { type, id: uuid } = fromGlobalId(id, argumentName, Object.keys(nodeLoaders));
  const loader: DataLoader<string, ViewRow | null> = nodeLoaders[type](ctx);
  if (!(await loader.load(uuid))) throw new NotFoundError(argumentName, `No ${type} with id ${id}.`);
  return { type, uuid };
}

/** The node of a type and uuid through its loader, or null when it is gone. */
export function nodeOf(ctx: Context, type: string, uuid: string): Promise<ViewRow | null> | null {
  const loader = nodeLoaders[type];
  return loader ? loader(ctx).load(uuid) : null;
}

export async function follow(ctx: Context, node: string, idem: string | null): Promise<string> {
  const user = requireUser(ctx);
  const target = await loadNode(ctx, node, 'node');
  const id = await runWrite(ctx, { operation: 'follow', idempotencyKey: idem, args: { node } }, async (scope) => {
    const sql = run(scope);
    const inserted = await sql<{ id: string }>(
      `insert into follow (id, user_id, node_type, node_id, created_at) values (gen_random_uuid(), ?, ?, ?, now())
       on conflict (user_id, node_id) do nothing returning id`,
      [user.userId, target.type, target.uuid],
    );
    if (inserted[0]) {
      audit(scope.em, scope.actor, {
        action: 'follow.create',
        nodeType: 'Follow',
        nodeId: inserted[0].id,
        after: { nodeType: target.type, node: target.uuid },
      });
      return inserted[0].id;
    }
    const [existing] = await sql<{ id: string }>(`select id from follow where user_id = ? and node_id = ?`, [
      user.userId,
      target.uuid,
    ]);
    return existing.id;
  });
  return id!;
}

/** Stops following; true when the user followed the node. */
export async function unfollow(ctx: Context, node: string, idem: string | null): Promise<boolean> {
  const user = requireUser(ctx);
  const { type, id: uuid } = fromGlobalId(node, 'node', Object.keys(nodeLoaders));
  const removed = await runWrite(
    ctx,
    { operation: 'unfollow', idempotencyKey: idem, args: { node } },
    async (scope) => {
      const [row] = await run(scope)<{ id: string }>(
        `delete from follow where user_id = ? and node_id = ? returning id`,
        [user.userId, uuid],
      );
      if (!row) return 'false';
      audit(scope.em, scope.actor, {
        action: 'follow.delete',
        nodeType: 'Follow',
        nodeId: row.id,
        before: { nodeType: type, node: uuid },
      });
      return 'true';
    },
  );
  return removed === 'true';
}

/** Marks the given notifications (or all) read; returns how many were unread. */
export async function markRead(
  ctx: Context,
  ids: string[] | null | undefined,
  all: boolean | null | undefined,
  idem: string | null,
): Promise<number> {
  const user = requireUser(ctx);
  if (!all && !ids?.length) throw new BadUserInputError('ids', 'Give "ids" or "all: true".', 'ids');
  if (ids && ids.length > 100) throw new BadUserInputError('ids', '"ids" may hold at most 100 ids.', 'ids');
  const uuids = all ? [] : ids!.map((id, i) => fromGlobalId(id, `ids[${i}]`, ['Notification']).id);
  const count = await runWrite(
    ctx,
    { operation: 'markNotificationsRead', idempotencyKey: idem, args: { ids, all } },
    async (scope) => {
      const rows = await run(scope)(
        `update notification set read_at = now() where user_id = ? and read_at is null
         and (? or id = any(?::uuid[])) returning id`,
        [user.userId, !!all, pgArray(uuids)],
      );
      if (rows.length) {
        audit(scope.em, scope.actor, {
          action: 'notification.markRead',
          nodeType: 'User',
          nodeId: user.userId,
          after: { count: rows.length },
        });
      }
      return String(rows.length);
    },
  );
  return Number(count);
}

export async function setEmailDigest(
  ctx: Context,
  frequency: DigestFrequency,
  language: Lang | null | undefined,
  idem: string | null,
): Promise<EmailDigestView> {
  const user = requireUser(ctx);
  await runWrite(
    ctx,
    { operation: 'setEmailDigest', idempotencyKey: idem, args: { frequency, language } },
    async (scope) => {
      const sql = run(scope);
      const [before] = await sql<{ digest_frequency: string; language: string }>(
        `select digest_frequency, language from notification_preference where user_id = ?`,
        [user.userId],
      );
      await sql(
        `insert into notification_preference (user_id, digest_frequency, language, updated_at) values (?, ?, ?, now())
         on conflict (user_id) do update set digest_frequency = excluded.digest_frequency,
           language = coalesce(?, notification_preference.language), updated_at = now()`,
        [user.userId, frequency, language ?? Lang.fi, language ?? null],
      );
      audit(scope.em, scope.actor, {
        action: 'notification.setDigest',
        nodeType: 'User',
        nodeId: user.userId,
        before: before ? { frequency: before.digest_frequency, language: before.language } : null,
        after: { frequency, language: language ?? before?.language ?? Lang.fi },
      });
      return user.userId;
    },
  );
  return (await emailDigest(ctx, user.userId))!;
}

export async function emailDigest(ctx: Context, userId: string): Promise<EmailDigestView> {
  const row = await ctx.sql.one<{ digest_frequency: string; language: string; last: string | null }>(
    `select digest_frequency, language, ${ISO_US('last_digest_at')} as last from notification_preference where user_id = ?`,
    [userId],
  );
  return {
    frequency: (row?.digest_frequency as DigestFrequency) ?? DigestFrequency.NONE,
    language: (row?.language as Lang) ?? Lang.fi,
    lastSentAt: row?.last ?? null,
  };
}

export async function follows(
  ctx: Context,
  userId: string,
  first: number | undefined,
  after: string | null | undefined,
) {
  const n = pageSize(first);
  const cursor = decodeKeyCursor(after, 2);
  const rows = await ctx.sql.all<{ id: string; node_type: string; node_id: string; at: string }>(
    `select id, node_type, node_id, ${ISO_US('created_at')} as at from follow where user_id = ?
     ${cursor ? `and (created_at, id) < (?::timestamptz, ?::uuid)` : ''}
     order by created_at desc, id desc limit ?`,
    [userId, ...(cursor ?? []), n + 1],
  );
  const views: (FollowView & { _at: string; _id: string })[] = rows.map((r) => ({
    id: toGlobalId('Follow', r.id),
    nodeType: r.node_type,
    nodeUuid: r.node_id,
    createdAt: r.at,
    _at: r.at,
    _id: r.id,
  }));
  return connection(
    views,
    n,
    (v) => encodeKeyCursor([v._at, v._id]),
    async () =>
      Number((await ctx.sql.one<{ n: string }>(`select count(*) as n from follow where user_id = ?`, [userId]))!.n),
    cursor !== null,
  );
}

export async function notifications(
  ctx: Context,
  userId: string,
  first: number | undefined,
  after: string | null | undefined,
  unreadOnly: boolean,
): Promise<NotificationConnection> {
  const n = pageSize(first);
  const cursor = decodeKeyCursor(after, 3);
  const rows = await ctx.sql.all<{
    id: string;
    action: string;
    at: string;
    node_type: string;
    node_id: string;
    followed_type: string;
    followed_id: string;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
    read_at: string | null;
    created: string;
    total: string;
    unread: string;
  }>(
    `with mine as (select n.*, e.at as event_at, e.action, e.node_type as event_type, e.node_id as event_node,
                          e.before, e.after
                   from notification n join audit_event e on e.id = n.audit_event_id where n.user_id = ?),
     counts as (select count(*) filter (where ? or read_at is null) as total,
                       count(*) filter (where read_at is null) as unread from mine)
     select n.id, n.action, ${ISO_US('n.event_at')} as at, n.event_type as node_type, n.event_node as node_id,
       n.node_type as followed_type, n.node_id as followed_id, n.before, n.after, ${ISO_US('n.read_at')} as read_at,
       ${ISO_US('n.created_at')} as created, c.total, c.unread
     from counts c left join mine n on (? or n.read_at is null)
       ${cursor ? `and (n.created_at, n.event_at, n.id) < (?::timestamptz, ?::timestamptz, ?::uuid)` : ''}
     order by n.created_at desc, n.event_at desc, n.id desc limit ?`,
    [userId, !unreadOnly, !unreadOnly, ...(cursor ?? []), n + 1],
  );
  const counts = rows[0] ?? { total: '0', unread: '0' };
  const items = rows
    .filter((r) => r.id)
    .map((r) => ({
      id: toGlobalId('Notification', r.id),
      action: r.action,
      at: r.at,
      nodeType: r.node_type,
      nodeUuid: r.node_id,
      followedType: r.followed_type,
      followedUuid: r.followed_id,
      changes: fieldChanges(r.before, r.after, false),
      readAt: r.read_at,
      createdAt: r.created,
      _key: [r.created, r.at, r.id],
    }));
  const conn = connection(
    items,
    n,
    (v) => encodeKeyCursor(v._key),
    () => Number(counts.total),
    cursor !== null,
  );
  // Not a spread: the connection's edges and cursors are getters made on first use.
  return Object.assign(conn, { unreadCount: Number(counts.unread) }) as NotificationConnection;
}
