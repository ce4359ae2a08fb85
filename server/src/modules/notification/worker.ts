import { secretBox } from '../webhook/secret-box.js';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Transporter } from 'nodemailer';
import type { NotifyConfig } from '../../config.js';
import { onDataChanged } from '../../graphql/response-cache/generation.js';
import { lazyImport } from '../../lazy-import.js';
import type { Logger } from '../../logger.js';
import { postDelivery } from '../webhook/deliver.js';
import { configureWebhookTargets } from '../webhook/target.js';
import { composeDigest, digestLang, type DigestItem } from './digest.js';
import { CONCERN_SQL, eventPayload, PUBLIC_EVENT_SQL, type EventRow } from './events.js';

/*
 * The dispatcher: turns committed audit events into notifications and webhook deliveries,
 * attempts due deliveries, and sends e-mail digests. All of its state is in PostgreSQL, so any
 * number of instances can run it:
 *  - dispatch: one transaction under an advisory lock reads the public events after the cursor
 *    (minus a grace window for transactions that committed late), inserts notifications and
 *    deliveries (unique per user/hook and event: never twice), marks the events dispatched and
 *    moves the cursor. A crash before commit dispatches the same events again; after it, never.
 *  - deliveries are a queue in `webhook_delivery`: due rows are claimed with FOR UPDATE SKIP
 *    LOCKED and leased (next_attempt_at moves ahead) in a short transaction, the HTTP attempt runs
 *    outside any transaction, and the result is written back (retry with backoff, or FAILED).
 *  - digests: a user's row is claimed by moving last_digest_at (compare-and-set) before sending.
 * It runs on a timer (NOTIFY_POLL_MS) and right after local writes commit.
 */

export interface WorkerOptions extends NotifyConfig {
  /** How far before the cursor to look for late-committed events (default 10 min). */
  graceMs?: number;
  batchSize?: number;
}

export interface PassResult {
  events: number;
  notifications: number;
  deliveries: number;
  attempts: number;
  digests: number;
}

type Row = Record<string, unknown>;

const DAY_MS = 24 * 3600 * 1000;

/** nodemailer (~15 MiB), loaded when the first digest is sent (never without SMTP_URL). */
const loadNodemailer = lazyImport(() => import('nodemailer'));

export class NotificationWorker {
  private timer: NodeJS.Timeout | null = null;
  private wake: NodeJS.Timeout | null = null;
  private unsubscribe: (() => void) | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private stopped = false;
  /** The SMTP transport, made when the first digest is sent. */
  private mailer: Promise<Transporter> | null = null;
  private readonly graceMs: number;
  private readonly batchSize: number;

  constructor(
    private readonly orm: MikroORM,
    private readonly options: WorkerOptions,
    private readonly log?: Logger,
  ) {
    configureWebhookTargets({ allowPrivate: options.allowPrivateTargets });
    this.graceMs = options.graceMs ?? 10 * 60_000;
    this.batchSize = options.batchSize ?? 500;
  }

  /** Runs a pass every pollMs and shortly after each local write. */
  start(): void {
    this.stopped = false;
    if (this.options.pollMs > 0) {
      this.timer = setInterval(() => void this.runOnce().catch(() => undefined), this.options.pollMs);
      this.timer.unref();
    }
    this.unsubscribe = onDataChanged(() => {
      if (this.wake || this.stopped) return;
      this.wake = setTimeout(() => {
        this.wake = null;
        void this.runOnce().catch(() => undefined);
      }, 20);
      this.wake.unref();
    });
  }

  /** Stops the timers and waits for a running pass. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.wake) clearTimeout(this.wake);
    this.timer = this.wake = null;
    this.unsubscribe?.();
    this.unsubscribe = null;
    await this.chain.catch(() => undefined);
    (await this.mailer?.catch(() => null))?.close();
  }

  /** The SMTP transport (SMTP_URL is set), made on first use. */
  private transport(smtpUrl: string): Promise<Transporter> {
    this.mailer ??= loadNodemailer()
      .then(({ default: nodemailer }) => nodemailer.createTransport(smtpUrl))
      .catch((err: unknown) => {
        this.mailer = null;
        throw err;
      });
    return this.mailer;
  }

  /** One pass: dispatch new events, attempt due deliveries, send due digests (passes never overlap). */
  runOnce(): Promise<PassResult> {
    const pass = this.chain.then(async () => {
      const result: PassResult = { events: 0, notifications: 0, deliveries: 0, attempts: 0, digests: 0 };
      try {
        Object.assign(result, await this.dispatch());
        result.attempts = await this.deliverDue();
        result.digests = await this.sendDigests();
      } catch (err) {
        this.log?.error({ err }, 'notification pass failed');
        throw err;
      }
      return result;
    });
    this.chain = pass.catch(() => undefined);
    return pass;
  }

  private em(): EntityManager {
    return this.orm.em.fork() as EntityManager;
  }

  /** New public audit events -> notifications and webhook deliveries, exactly once each. */
  async dispatch(): Promise<Pick<PassResult, 'events' | 'notifications' | 'deliveries'>> {
    const none = { events: 0, notifications: 0, deliveries: 0 };
    return this.em().transactional(async (tx) => {
      const conn = tx.getConnection();
      const trx = tx.getTransactionContext();
      const sql = <T = Row>(text: string, params: unknown[] = []) => conn.execute<T[]>(text, params, 'all', trx);
      const [lock] = await sql<{ locked: boolean }>(
        `select pg_try_advisory_xact_lock(hashtext('kuntagraph.notify.dispatch')) as locked`,
      );
      if (!lock.locked) return none; // another instance is dispatching
      const events = await sql<{ id: string; at: Date }>(
        `select e.id, e.at from audit_event e, notify_cursor c
         where c.id = 1 and e.at > c.last_at - make_interval(secs => ?) and ${PUBLIC_EVENT_SQL}
           and not exists (select 1 from dispatched_event d where d.audit_event_id = e.id)
         order by e.at, e.id limit ?`,
        [this.graceMs / 1000, this.batchSize],
      );
      if (events.length === 0) return none;
      const ids = `{${events.map((e) => e.id).join(',')}}`;
      // One notification per follower and event (the followed node nearest the change), not for the actor.
      const notified = await sql(
        `with ev as (select id, node_type, node_id, before, after, actor_user_id from audit_event where id = any(?::uuid[])),
         ${CONCERN_SQL}
         insert into notification (id, user_id, audit_event_id, node_type, node_id, created_at)
         select gen_random_uuid(), x.user_id, x.event_id, x.node_type, x.node_id, now() from (
           select distinct on (f.user_id, c.event_id) f.user_id, c.event_id, c.node_type, c.node_id
           from concern c join follow f on f.node_id = c.node_id join ev on ev.id = c.event_id
           where f.user_id is distinct from ev.actor_user_id
           order by f.user_id, c.event_id, c.rank) x
         on conflict (user_id, audit_event_id) do nothing returning id`,
        [ids],
      );
      const delivered = await sql(
        `insert into webhook_delivery (id, webhook_id, audit_event_id, status, attempts, next_attempt_at, created_at)
         select gen_random_uuid(), w.id, e.id, 'PENDING', 0, now(), now()
         from audit_event e join webhook w on w.active and w.created_at <= e.at
         where e.id = any(?::uuid[]) and (cardinality(w.events) = 0 or e.action = any(w.events)
           or split_part(e.action, '.', 1) || '.*' = any(w.events))
         on conflict (webhook_id, audit_event_id) do nothing returning id`,
        [ids],
      );
      await sql(
        `insert into dispatched_event (audit_event_id, at) select id, at from audit_event where id = any(?::uuid[])
         on conflict do nothing`,
        [ids],
      );
      await sql(`update notify_cursor set last_at = greatest(last_at, ?) where id = 1`, [events[events.length - 1].at]);
      await sql(
        `delete from dispatched_event where at < (select last_at from notify_cursor where id = 1) - make_interval(secs => ?)`,
        [(2 * this.graceMs) / 1000],
      );
      return { events: events.length, notifications: notified.length, deliveries: delivered.length };
    });
  }

  /** Attempts every due delivery once (in parallel, at most batchSize); returns how many were attempted. */
  async deliverDue(): Promise<number> {
    const leaseSeconds = Math.ceil(this.options.timeoutMs / 1000) + 30;
    const claimed = await this.em()
      .getConnection()
      .execute<
        Array<{
          id: string;
          attempts: number;
          redeliver: boolean;
          url: string;
          secret: string;
          action: string;
          node_type: string;
          node_id: string;
          event_id: string;
          at: Date;
          before: Record<string, unknown> | null;
          after: Record<string, unknown> | null;
        }>
      >(
        `with due as (
           select id, redeliver from webhook_delivery where status = 'PENDING' and next_attempt_at <= now()
           order by next_attempt_at limit ? for update skip locked),
         claimed as (
           update webhook_delivery d set attempts = d.attempts + 1, redeliver = false,
             next_attempt_at = now() + make_interval(secs => ?)
           from due where d.id = due.id
           returning d.id, d.attempts, due.redeliver as was_redeliver, d.webhook_id, d.audit_event_id)
         select c.id, c.attempts, c.was_redeliver as redeliver, w.url, w.secret, e.id as event_id, e.action, e.node_type, e.node_id,
           e.at, e.before, e.after
         from claimed c join webhook w on w.id = c.webhook_id join audit_event e on e.id = c.audit_event_id`,
        [this.batchSize, leaseSeconds],
      );
    await Promise.all(claimed.map((d) => this.attempt(d)));
    return claimed.length;
  }

  private async attempt(d: {
    id: string;
    attempts: number;
    redeliver: boolean;
    url: string;
    secret: string;
    action: string;
    event_id: string;
    node_type: string;
    node_id: string;
    at: Date;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
  }): Promise<void> {
    const event: EventRow = { ...d, id: d.event_id };
    const result = await postDelivery(
      { url: d.url, secret: secretBox().open(d.secret), body: eventPayload(event), event: d.action, deliveryId: d.id },
      { timeoutMs: this.options.timeoutMs, allowPrivate: this.options.allowPrivateTargets },
    );
    const giveUp = d.redeliver || d.attempts >= this.options.maxAttempts;
    const delayMs = Math.min(this.options.retryBaseMs * 5 ** (d.attempts - 1), DAY_MS);
    await this.em()
      .getConnection()
      .execute(
        `with upd as (
           update webhook_delivery set
             status = case when ? then 'DELIVERED' when ? then 'FAILED' else 'PENDING' end,
             delivered_at = case when ? then now() else delivered_at end,
             next_attempt_at = case when ? or ? then null else now() + make_interval(secs => ?) end,
             last_status_code = ?, last_error = ?
           where id = ? returning id)
         insert into webhook_delivery_attempt (id, delivery_id, at, status_code, error, duration_ms, redelivery)
         select gen_random_uuid(), id, now(), ?, ?, ?, ? from upd`,
        [
          result.ok,
          giveUp,
          result.ok,
          result.ok,
          giveUp,
          delayMs / 1000,
          result.statusCode,
          result.error,
          d.id,
          result.statusCode,
          result.error,
          result.durationMs,
          d.redeliver,
        ],
      );
    if (!result.ok)
      this.log?.warn({ delivery: d.id, status: result.statusCode, error: result.error }, 'webhook failed');
  }

  /** Sends every due digest; returns how many were sent. Nothing without SMTP_URL. */
  async sendDigests(): Promise<number> {
    const { smtpUrl } = this.options;
    if (!smtpUrl) return 0;
    const conn = this.em().getConnection();
    const due = await conn.execute<
      Array<{ user_id: string; email: string; language: string; last_digest_at: Date | null }>
    >(
      `select p.user_id, u.email, p.language, p.last_digest_at from notification_preference p
       join app_user u on u.id = p.user_id
       where p.digest_frequency <> 'NONE'
         and (p.last_digest_at is null or p.last_digest_at <= now() -
              case p.digest_frequency when 'WEEKLY' then interval '7 days' else interval '1 day' end)
         and exists (select 1 from notification n where n.user_id = p.user_id and n.read_at is null
                     and n.created_at > coalesce(p.last_digest_at, '-infinity'))
       limit ?`,
      [this.batchSize],
    );
    let sent = 0;
    for (const user of due) {
      // Claim: only the instance that moves last_digest_at sends this digest.
      const [claim] = await conn.execute<Array<{ last_digest_at: Date }>>(
        `update notification_preference set last_digest_at = now()
         where user_id = ? and last_digest_at is not distinct from ? returning last_digest_at`,
        [user.user_id, user.last_digest_at],
      );
      if (!claim) continue;
      const lang = digestLang(user.language);
      const rows = await conn.execute<
        Array<{
          action: string;
          node_type: string;
          followed_type: string;
          label: Record<string, string> | null;
          at: Date;
        }>
      >(
        `select e.action, e.node_type, n.node_type as followed_type, e.at,
           case n.node_type when 'Project' then (select name from project where id = n.node_id)
             when 'Deliverable' then (select title from deliverable where id = n.node_id)
             when 'Organisation' then (select name from organisation where id = n.node_id) end as label
         from notification n join audit_event e on e.id = n.audit_event_id
         where n.user_id = ? and n.read_at is null and n.created_at > coalesce(?, '-infinity'::timestamptz)
           and n.created_at <= ?
         order by e.at, e.id limit 200`,
        [user.user_id, user.last_digest_at, claim.last_digest_at],
      );
      if (rows.length === 0) continue;
      const items: DigestItem[] = rows.map((r) => ({
        action: r.action,
        nodeType: r.node_type,
        followedType: r.followed_type,
        label: r.label,
        at: new Date(r.at),
      }));
      const mail = composeDigest(items, lang);
      try {
        const mailer = await this.transport(smtpUrl);
        await mailer.sendMail({ from: this.options.smtpFrom, to: user.email, ...mail });
        sent++;
      } catch (err) {
        this.log?.warn({ err, user: user.user_id }, 'digest not sent');
        // Give it back, so that the next pass tries again.
        await conn.execute(
          `update notification_preference set last_digest_at = ? where user_id = ? and last_digest_at = ?`,
          [user.last_digest_at, user.user_id, claim.last_digest_at],
        );
      }
    }
    return sent;
  }
}
