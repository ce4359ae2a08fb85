import { Entity, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity.js';
import type { LocalizedText } from '../../domain/localized.js';
import { Deliverable } from './deliverable.entity.js';

/** A link published with a release (download page, repository tag, documentation ...). */
export interface ReleaseLink {
  url: string;
  title?: LocalizedText | null;
}

/** A published version of a deliverable. */
@Entity({ tableName: 'release' })
@Unique({ properties: ['deliverable', 'version'] })
export class Release extends BaseEntity {
  @ManyToOne(() => Deliverable, { index: true, deleteRule: 'cascade' })
  deliverable!: Rel<Deliverable>;

  @Property({ type: 'string', length: 60 })
  version!: string;

  @Property({ type: 'date', nullable: true })
  releasedAt?: string | null;

  @Property({ type: 'json', defaultRaw: `'{}'` })
  notes: LocalizedText = {};

  @Property({ type: 'json', defaultRaw: `'[]'` })
  links: ReleaseLink[] = [];
}
