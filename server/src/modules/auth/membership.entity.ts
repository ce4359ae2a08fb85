import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { Organisation } from '../organisation/organisation.entity.js';
import { Project } from '../project/project.entity.js';
import { MembershipRole } from './auth.enums.js';
import { User } from './user.entity.js';

/** A user's role in one organisation (MEMBER/ADMIN) or one project (LEAD/CONTRIBUTOR). */
@Entity({ tableName: 'membership' })
@Unique({ properties: ['user', 'organisation'] })
@Unique({ properties: ['user', 'project'] })
// Exactly one target. Role vs target (MEMBER/ADMIN for organisations, LEAD/CONTRIBUTOR for projects) is
// checked in code: PostgreSQL rewrites `in (...)` so the migration check would always see a change.
@Check({ name: 'membership_one_target_check', expression: '(organisation_id is null) <> (project_id is null)' })
export class Membership {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { index: true, deleteRule: 'cascade' })
  user!: Rel<User>;

  @ManyToOne(() => Organisation, { nullable: true, index: true, deleteRule: 'cascade' })
  organisation?: Rel<Organisation> | null;

  @ManyToOne(() => Project, { nullable: true, index: true, deleteRule: 'cascade' })
  project?: Rel<Project> | null;

  @Enum({ items: () => MembershipRole })
  role!: MembershipRole;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
