import { Entity, OneToOne, Property, type Rel } from '@mikro-orm/core';
import { User } from '../auth/user.entity.js';

/** A user's e-mail digest setting and state (no row = no digest, Finnish). */
@Entity({ tableName: 'notification_preference' })
export class NotificationPreference {
  @OneToOne(() => User, { primary: true, deleteRule: 'cascade' })
  user!: Rel<User>;

  /** NONE, DAILY or WEEKLY. */
  @Property({ type: 'string', length: 10, default: 'NONE' })
  digestFrequency: string = 'NONE';

  /** fi, sv or en: the language of the digest. */
  @Property({ type: 'string', length: 2, default: 'fi' })
  language: string = 'fi';

  /** When the last digest was sent (its notifications are those created before this). */
  @Property({ type: 'datetime', nullable: true })
  lastDigestAt?: Date | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}
