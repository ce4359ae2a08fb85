import { Check, Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { VersionedEntity } from '../../db/base.entity.js';
import { DeliverableKind, DevelopmentStatus, Platform } from '../../domain/enums.js';
import type { LocalizedText } from '../../domain/localized.js';
import { Organisation } from '../organisation/organisation.entity.js';
import type { Contact } from '../project/project.entity.js';

/** A typed result of a project, with enough metadata for publiccode.yml and DCAT-AP. */
@Entity({ tableName: 'deliverable' })
@Check({
  name: 'deliverable_platforms_check',
  expression: `platforms <@ array['WEB', 'WINDOWS', 'MAC', 'LINUX', 'IOS', 'ANDROID']`,
})
export class Deliverable extends VersionedEntity {
  @Enum({ items: () => DeliverableKind })
  @Index()
  kind!: DeliverableKind;

  @Property({ type: 'json' })
  title!: LocalizedText;

  @Property({ type: 'json', defaultRaw: `'{}'` })
  shortDescription: LocalizedText = {};

  @Property({ type: 'json', defaultRaw: `'{}'` })
  description: LocalizedText = {};

  @Property({ type: 'array', defaultRaw: `'{}'` })
  keywords: string[] = [];

  /** SPDX licence id. */
  @Property({ type: 'string', length: 100, nullable: true })
  @Index()
  licence?: string | null;

  /** Content languages (ISO 639-1). */
  @Property({ type: 'array', defaultRaw: `'{}'` })
  languages: string[] = [];

  /** Where the software runs (software kinds; publiccode.yml platforms). */
  @Enum({ items: () => Platform, array: true, default: [] })
  platforms: Platform[] = [];

  @Enum({ items: () => DevelopmentStatus, nullable: true })
  developmentStatus?: DevelopmentStatus | null;

  @Property({ type: 'string', length: 40, nullable: true })
  maintenanceType?: string | null;

  @Property({ type: 'date', nullable: true })
  maintenanceUntil?: string | null;

  @Property({ type: 'json', defaultRaw: `'[]'` })
  contacts: Contact[] = [];

  @Property({ type: 'string', length: 500, nullable: true })
  landingUrl?: string | null;

  @Property({ type: 'string', length: 500, nullable: true })
  repositoryUrl?: string | null;

  @Property({ type: 'string', length: 500, nullable: true })
  documentationUrl?: string | null;

  @ManyToOne(() => Organisation, { nullable: true, index: true })
  publisher?: Rel<Organisation> | null;

  @ManyToOne(() => Deliverable, { nullable: true, index: true })
  derivedFrom?: Rel<Deliverable> | null;

  /** Publication date of the first release or the deliverable itself. */
  @Property({ type: 'date', nullable: true })
  publishedAt?: string | null;

  @Property({ type: 'datetime', nullable: true })
  lastVerifiedAt?: Date | null;
}
