import { Entity, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity.js';
import type { LocalizedText } from '../../domain/localized.js';
import { Organisation } from '../organisation/organisation.entity.js';

/** A funding programme, e.g. the Ministry of Finance's municipal digitalisation incentive. */
@Entity({ tableName: 'funding_programme' })
export class FundingProgramme extends BaseEntity {
  @Property({ type: 'string', length: 120 })
  @Unique()
  slug!: string;

  @Property({ type: 'json' })
  name!: LocalizedText;

  @ManyToOne(() => Organisation, { nullable: true, index: true })
  funder?: Rel<Organisation> | null;

  @Property({ type: 'text', nullable: true })
  legalBasis?: string | null;

  @Property({ type: 'integer', nullable: true })
  initialAppropriationEur?: number | null;

  @Property({ type: 'string', length: 500, nullable: true })
  url?: string | null;
}
