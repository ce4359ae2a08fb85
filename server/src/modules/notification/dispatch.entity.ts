import { Entity, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { AuditEvent } from '../audit/audit-event.entity.js';

/**
 * The dispatcher's cursor over the audit log: the newest `at` it has dispatched. One row
 * (id 1), created by the migration, so events from before the feature existed are never sent.
 */
@Entity({ tableName: 'notify_cursor' })
export class NotifyCursor {
  @PrimaryKey({ type: 'smallint', autoincrement: false })
  id: number = 1;

  @Property({ type: 'datetime' })
  lastAt!: Date;
}

/**
 * Audit events already turned into notifications and deliveries. A transaction that commits
 * late can write an event older than the cursor: the dispatcher re-reads a grace window before
 * the cursor and skips the events listed here (rows older than the window are pruned).
 */
@Entity({ tableName: 'dispatched_event' })
export class DispatchedEvent {
  @ManyToOne(() => AuditEvent, { primary: true, deleteRule: 'cascade' })
  auditEvent!: Rel<AuditEvent>;

  /** The event's own `at` (for pruning). */
  @Property({ type: 'datetime', index: true })
  at!: Date;
}
