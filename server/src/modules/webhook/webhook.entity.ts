import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { ApiKey } from '../auth/api-key.entity.js';
import { User } from '../auth/user.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';

/** A partner's HTTPS endpoint receiving signed change events. */
@Entity({ tableName: 'webhook' })
export class Webhook {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The organisation the partner acts for: its members and keys own the hook. */
  @ManyToOne(() => Organisation, { index: true, deleteRule: 'cascade' })
  organisation!: Rel<Organisation>;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  createdBy?: Rel<User> | null;

  @ManyToOne(() => ApiKey, { nullable: true, deleteRule: 'set null' })
  createdByApiKey?: Rel<ApiKey> | null;

  @Property({ type: 'string', length: 2000 })
  url!: string;

  /** HMAC-SHA256 key, encrypted at rest (secret-box.ts): shown once at creation, kept to sign deliveries, never returned again. */
  @Property({ type: 'string', length: 200, lazy: true })
  secret!: string;

  /** Event types (`project.update`) or groups (`project.*`); empty = every public event. */
  @Property({ type: 'array', defaultRaw: `'{}'` })
  events: string[] = [];

  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** One event for one webhook: the de-duplication unit (its id is sent on every attempt). */
@Entity({ tableName: 'webhook_delivery' })
@Unique({ properties: ['webhook', 'auditEvent'] })
@Index({ properties: ['status', 'nextAttemptAt'] })
export class WebhookDelivery {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Webhook, { deleteRule: 'cascade' })
  webhook!: Rel<Webhook>;

  @ManyToOne(() => AuditEvent, { index: true, deleteRule: 'cascade' })
  auditEvent!: Rel<AuditEvent>;

  /** PENDING (an attempt is due at nextAttemptAt), DELIVERED or FAILED (gave up). */
  @Property({ type: 'string', length: 10, default: 'PENDING' })
  status: string = 'PENDING';

  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Property({ type: 'integer', nullable: true })
  lastStatusCode?: number | null;

  @Property({ type: 'string', length: 500, nullable: true })
  lastError?: string | null;

  @Property({ type: 'datetime', nullable: true })
  nextAttemptAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  deliveredAt?: Date | null;

  /** The next attempt was asked for with redeliverWebhook (one attempt, logged as a redelivery). */
  @Property({ type: 'boolean', default: false })
  redeliver: boolean = false;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** One HTTP attempt of a delivery: the log the owner sees. */
@Entity({ tableName: 'webhook_delivery_attempt' })
export class WebhookDeliveryAttempt {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => WebhookDelivery, { index: true, deleteRule: 'cascade' })
  delivery!: Rel<WebhookDelivery>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Date = new Date();

  @Property({ type: 'integer', nullable: true })
  statusCode?: number | null;

  @Property({ type: 'string', length: 500, nullable: true })
  error?: string | null;

  @Property({ type: 'integer' })
  durationMs!: number;

  /** Started by redeliverWebhook rather than by the schedule. */
  @Property({ type: 'boolean', default: false })
  redelivery: boolean = false;
}
