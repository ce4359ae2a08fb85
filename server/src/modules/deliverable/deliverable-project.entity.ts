import { Entity, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity.js';
import { Project } from '../project/project.entity.js';
import { Deliverable } from './deliverable.entity.js';

/** A project that produced a deliverable (a deliverable may come from several). */
@Entity({ tableName: 'deliverable_project' })
@Unique({ properties: ['deliverable', 'project'] })
@Index({
  name: 'deliverable_project_recent_index',
  expression:
    'create index "deliverable_project_recent_index" on "deliverable_project" ("project_id", "published_sort" desc, "deliverable_id")',
})
export class DeliverableProject extends BaseEntity {
  @ManyToOne(() => Deliverable, { index: true, deleteRule: 'cascade' })
  deliverable!: Rel<Deliverable>;

  @ManyToOne(() => Project, { index: true, deleteRule: 'cascade' })
  project!: Rel<Project>;

  /**
   * The deliverable's publication date (undated: 0001-01-01), so a project's newest deliverables
   * are read from an index without reading all of them: kept by triggers (migration
   * 20261128100000), never written by the application.
   */
  @Property({ type: 'string', columnType: 'date', defaultRaw: `'0001-01-01'`, hidden: true })
  publishedSort?: string;
}
