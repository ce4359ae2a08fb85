import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { Organisation } from '../organisation/organisation.entity.js';
import type { ApiKeyScope } from './auth.enums.js';
import { User } from './user.entity.js';

/** A partner API key of an organisation: shown once, stored as sha256, found by its prefix. */
@Entity({ tableName: 'api_key' })
export class ApiKey {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organisation, { index: true })
  organisation!: Rel<Organisation>;

  @ManyToOne(() => User, { index: true })
  createdBy!: Rel<User>;

  @Property({ type: 'string', length: 200 })
  name!: string;

  /** `kg_` + 8 characters: identifies the key in listings and finds it on use. */
  @Property({ type: 'string', length: 11 })
  @Unique()
  prefix!: string;

  /** Hex sha256 of the whole key. */
  @Property({ type: 'string', length: 64 })
  hash!: string;

  @Property({ type: 'array', defaultRaw: `'{}'` })
  scopes: ApiKeyScope[] = [];

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  lastUsedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;
}
