import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { User } from '../auth/user.entity.js';

/** One change a user is told about: at most one per user and audit event. */
@Entity({ tableName: 'notification' })
@Unique({ properties: ['user', 'auditEvent'] })
@Index({ properties: ['user', 'createdAt'] })
export class Notification {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: Rel<User>;

  @ManyToOne(() => AuditEvent, { index: true, deleteRule: 'cascade' })
  auditEvent!: Rel<AuditEvent>;

  /** The followed node the change concerns (the changed node itself or one of its parents). */
  @Property({ type: 'string', length: 50 })
  nodeType!: string;

  @Property({ type: 'uuid' })
  nodeId!: string;

  @Property({ type: 'datetime', nullable: true })
  readAt?: Date | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
