import { Entity, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity.js';
import type { LocalizedText } from '../../domain/localized.js';
import { FundingProgramme } from './funding-programme.entity.js';

/** One call (round) of a programme, with the facts its decision announced. */
@Entity({ tableName: 'funding_call' })
@Unique({ properties: ['programme', 'year'] })
export class FundingCall extends BaseEntity {
  @ManyToOne(() => FundingProgramme, { index: true })
  programme!: Rel<FundingProgramme>;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'json' })
  name!: LocalizedText;

  /** The themes as the call announced them, in the source's words. */
  @Property({ type: 'text', nullable: true })
  themesText?: string | null;

  @Property({ type: 'text', nullable: true })
  statedGoals?: string | null;

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'integer', nullable: true })
  appropriationEur?: number | null;

  @Property({ type: 'date', nullable: true })
  applicationOpens?: string | null;

  @Property({ type: 'date', nullable: true })
  applicationCloses?: string | null;

  @Property({ type: 'integer', nullable: true })
  applicationsReceived?: number | null;

  @Property({ type: 'date', nullable: true })
  decisionDate?: string | null;

  @Property({ type: 'integer', nullable: true })
  grantsAwarded?: number | null;

  @Property({ type: 'integer', nullable: true })
  totalAwardedEur?: number | null;

  @Property({ type: 'date', nullable: true })
  implementationDeadline?: string | null;

  @Property({ type: 'string', length: 500, nullable: true })
  sourceUrl?: string | null;
}
