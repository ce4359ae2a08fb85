import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { User } from './user.entity.js';

/**
 * An account at an external OpenID Connect provider that signs in as a user: the provider's
 * issuer and the subject it gives the person identify it (never the email, which can change).
 */
@Entity({ tableName: 'user_identity' })
@Unique({ name: 'user_identity_issuer_subject_unique', properties: ['issuer', 'subject'] })
export class UserIdentity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { index: true, deleteRule: 'cascade' })
  user!: Rel<User>;

  /** The provider's issuer identifier (`iss`), e.g. `https://login.microsoftonline.com/<tenant>/v2.0`. */
  @Property({ type: 'string', length: 500 })
  issuer!: string;

  /** The provider's stable id of the person (`sub`). */
  @Property({ type: 'string', length: 255 })
  subject!: string;

  /** The (lower-cased) email the provider last gave for the person. */
  @Property({ type: 'string', length: 254 })
  email!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
