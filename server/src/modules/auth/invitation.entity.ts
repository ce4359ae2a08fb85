import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { Organisation } from '../organisation/organisation.entity.js';
import { Project } from '../project/project.entity.js';
import { MembershipRole } from './auth.enums.js';
import { User } from './user.entity.js';

/**
 * An invitation to become a member of an organisation or a project: the token is shown once to
 * the inviter (to send on); only its sha256 is stored. Accepting it creates the membership.
 */
@Entity({ tableName: 'invitation' })
@Check({ name: 'invitation_one_target_check', expression: '(organisation_id is null) <> (project_id is null)' })
export class Invitation {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 64 })
  @Unique()
  tokenHash!: string;

  /** The address the invitation is for; accepting requires a user with this email. */
  @Property({ type: 'string', length: 254 })
  email!: string;

  @ManyToOne(() => Organisation, { nullable: true, index: true, deleteRule: 'cascade' })
  organisation?: Rel<Organisation> | null;

  @ManyToOne(() => Project, { nullable: true, index: true, deleteRule: 'cascade' })
  project?: Rel<Project> | null;

  @Enum({ items: () => MembershipRole })
  role!: MembershipRole;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  invitedBy?: Rel<User> | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  acceptedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;
}
