import { Entity, ManyToOne, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity.js';
import { Project } from '../project/project.entity.js';
import { Deliverable } from './deliverable.entity.js';

/** A project that produced a deliverable (a deliverable may come from several). */
@Entity({ tableName: 'deliverable_project' })
@Unique({ properties: ['deliverable', 'project'] })
export class DeliverableProject extends BaseEntity {
  @ManyToOne(() => Deliverable, { index: true, deleteRule: 'cascade' })
  deliverable!: Rel<Deliverable>;

  @ManyToOne(() => Project, { index: true, deleteRule: 'cascade' })
  project!: Rel<Project>;
}
