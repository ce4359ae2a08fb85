import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { ApiKey } from '../auth/api-key.entity.js';
import { User } from '../auth/user.entity.js';

/** One row per change, written in the same transaction as the change. */
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['nodeType', 'nodeId'] })
export class AuditEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { nullable: true, index: true, deleteRule: 'set null' })
  actorUser?: Rel<User> | null;

  @ManyToOne(() => ApiKey, { nullable: true, index: true, deleteRule: 'set null' })
  actorApiKey?: Rel<ApiKey> | null;

  /** E.g. `user.signUp`, `apiKey.create`. */
  @Property({ type: 'string', length: 100 })
  action!: string;

  @Property({ type: 'string', length: 100 })
  nodeType!: string;

  @Property({ type: 'uuid' })
  nodeId!: string;

  @Property({ type: 'json', nullable: true })
  before?: Record<string, unknown> | null;

  @Property({ type: 'json', nullable: true })
  after?: Record<string, unknown> | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  @Index()
  at: Date = new Date();
}
