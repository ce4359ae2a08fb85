import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { User } from '../auth/user.entity.js';

/** A user follows a node (any Node type): its changes, and its children's, become notifications. */
@Entity({ tableName: 'follow' })
@Unique({ properties: ['user', 'nodeId'] })
export class Follow {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: Rel<User>;

  /** The GraphQL type name, e.g. `Project`. */
  @Property({ type: 'string', length: 50 })
  nodeType!: string;

  @Property({ type: 'uuid' })
  @Index()
  nodeId!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
