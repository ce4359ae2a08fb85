import { Entity, Enum, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity.js';
import { GrantStatus } from '../../domain/enums.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Project } from '../project/project.entity.js';
import { FundingCall } from './funding-call.entity.js';

/** A grant awarded in a call to a lead applicant, for a project when a source names it. */
@Entity({ tableName: 'grant' })
@Unique({ properties: ['call', 'ordinal'] })
export class Grant extends BaseEntity {
  @ManyToOne(() => FundingCall, { index: true })
  call!: Rel<FundingCall>;

  /** Position in the decision's list (the source's row number). */
  @Property({ type: 'integer' })
  ordinal!: number;

  @ManyToOne(() => Organisation, { nullable: true, index: true })
  leadApplicant?: Rel<Organisation> | null;

  @ManyToOne(() => Project, { nullable: true, index: true })
  project?: Rel<Project> | null;

  @Property({ type: 'integer', nullable: true })
  maxAmountEur?: number | null;

  @Property({ type: 'string', length: 200, nullable: true })
  decisionReference?: string | null;

  @Enum({ items: () => GrantStatus })
  status: GrantStatus = GrantStatus.AWARDED;

  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
