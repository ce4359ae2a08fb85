import { Entity, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity.js';
import { Release } from './release.entity.js';

/** Metadata of an uploaded file; the bytes live in the file store under storageKey. */
@Entity({ tableName: 'file' })
export class StoredFile extends BaseEntity {
  @ManyToOne(() => Release, { nullable: true, index: true, deleteRule: 'set null' })
  release?: Rel<Release> | null;

  /** Sanitised display name. */
  @Property({ type: 'string', length: 255 })
  filename!: string;

  /** Sniffed from the bytes, never taken from the client. */
  @Property({ type: 'string', length: 120 })
  mediaType!: string;

  @Property({ type: 'bigint' })
  byteSize!: string;

  @Property({ type: 'string', length: 64 })
  sha256!: string;

  @Property({ type: 'string', length: 200 })
  @Unique()
  storageKey!: string;

  @Property({ type: 'uuid', nullable: true })
  uploadedBy?: string | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  uploadedAt: Date = new Date();
}
