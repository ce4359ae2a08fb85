import { Entity, ManyToOne, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity.js';
import { Deliverable } from '../deliverable/deliverable.entity.js';
import { Specification } from './specification.entity.js';

/** A deliverable conforms to a specification (dct:conformsTo). */
@Entity({ tableName: 'conformance' })
@Unique({ properties: ['deliverable', 'specification'] })
export class Conformance extends BaseEntity {
  @ManyToOne(() => Deliverable, { index: true, deleteRule: 'cascade' })
  deliverable!: Rel<Deliverable>;

  @ManyToOne(() => Specification, { index: true })
  specification!: Rel<Specification>;
}
