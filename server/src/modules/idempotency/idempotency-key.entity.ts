import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * A mutation run under an idempotency key: a retry with the same key (same principal) gets the
 * first result instead of doing the change twice. Written in the change's own transaction.
 */
@Entity({ tableName: 'idempotency_key' })
@Unique({ properties: ['principal', 'key'] })
export class IdempotencyKey {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** `user:<uuid>` or `key:<uuid>`: keys of different callers never collide. */
  @Property({ type: 'string', length: 60 })
  principal!: string;

  @Property({ type: 'string', length: 100 })
  key!: string;

  /** The mutation's name, e.g. `updateProject`. */
  @Property({ type: 'string', length: 100 })
  operation!: string;

  /** sha256 of the canonical JSON of the mutation's arguments: a reused key with other arguments is refused. */
  @Property({ type: 'string', length: 64 })
  requestHash!: string;

  /** The node the first run returned. */
  @Property({ type: 'uuid', nullable: true })
  resultId?: string | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  @Index()
  createdAt: Date = new Date();
}
