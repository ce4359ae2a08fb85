import { randomUUID } from 'node:crypto';
import { PrimaryKey, Property } from '@mikro-orm/core';
import type { ProvenanceSource } from '../domain/provenance.js';

/** Common columns of every node: id, provenance and timestamps. */
export abstract class BaseEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'json', defaultRaw: `'[]'` })
  provenance: ProvenanceSource[] = [];

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** Editable nodes carry a version for optimistic locking. */
export abstract class VersionedEntity extends BaseEntity {
  @Property({ type: 'integer', version: true, default: 1 })
  version: number = 1;
}
