import { Entity, Enum, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity.js';
import { ParticipationRole } from '../../domain/enums.js';
import type { LocalizedText } from '../../domain/localized.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Project } from './project.entity.js';

/** An organisation taking part in a project, in a role. */
@Entity({ tableName: 'participation' })
@Unique({ properties: ['project', 'organisation', 'role'] })
export class Participation extends BaseEntity {
  @ManyToOne(() => Project, { index: true, deleteRule: 'cascade' })
  project!: Rel<Project>;

  @ManyToOne(() => Organisation, { index: true })
  organisation!: Rel<Organisation>;

  @Enum({ items: () => ParticipationRole })
  role!: ParticipationRole;

  @Property({ type: 'date', nullable: true })
  fromDate?: string | null;

  @Property({ type: 'date', nullable: true })
  toDate?: string | null;

  @Property({ type: 'json', defaultRaw: `'{}'` })
  contribution: LocalizedText = {};
}
