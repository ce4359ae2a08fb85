import { Entity, Enum, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { VersionedEntity } from '../../db/base.entity.js';
import { LanguageStatus, OrganisationKind } from '../../domain/enums.js';
import type { LocalizedText } from '../../domain/localized.js';
import { Region } from '../region/region.entity.js';

/** Any organisation: municipality, joint authority, ministry, company ... keyed by an authoritative id. */
@Entity({ tableName: 'organisation' })
export class Organisation extends VersionedEntity {
  /** Stable key: municipality code, business id, or a slug of the Finnish name. */
  @Property({ type: 'string', length: 120 })
  @Unique()
  slug!: string;

  @Enum({ items: () => OrganisationKind })
  @Index()
  kind!: OrganisationKind;

  @Property({ type: 'json' })
  name!: LocalizedText;

  /** 3-digit Statistics Finland code, municipalities only. */
  @Property({ type: 'string', length: 3, nullable: true })
  @Unique()
  municipalityCode?: string | null;

  /** Y-tunnus (business id). */
  @Property({ type: 'string', length: 9, nullable: true })
  @Unique()
  businessId?: string | null;

  @ManyToOne(() => Region, { nullable: true, index: true })
  region?: Rel<Region> | null;

  @Property({ type: 'integer', nullable: true })
  population?: number | null;

  @Enum({ items: () => LanguageStatus, nullable: true })
  languageStatus?: LanguageStatus | null;

  @ManyToOne(() => Organisation, { nullable: true, index: true })
  parent?: Rel<Organisation> | null;

  @ManyToOne(() => Organisation, { nullable: true, index: true })
  memberOf?: Rel<Organisation> | null;

  @ManyToOne(() => Organisation, { nullable: true, index: true })
  successorOf?: Rel<Organisation> | null;

  @Property({ type: 'string', length: 500, nullable: true })
  website?: string | null;

  @Property({ type: 'double', nullable: true })
  lat?: number | null;

  @Property({ type: 'double', nullable: true })
  lon?: number | null;

  /** Other spellings people search with (e.g. an alternative Swedish name). */
  @Property({ type: 'array', defaultRaw: `'{}'` })
  aliases: string[] = [];
}
