import { Entity, Enum, ManyToOne, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity.js';
import { ProjectLinkRelation } from '../../domain/enums.js';
import { Project } from './project.entity.js';

/** `from` CONTINUES / DERIVED_FROM / SUPERSEDES `to`: the edges of reuse chains. */
@Entity({ tableName: 'project_link' })
@Unique({ properties: ['from', 'to', 'relation'] })
export class ProjectLink extends BaseEntity {
  @ManyToOne(() => Project, { index: true, deleteRule: 'cascade' })
  from!: Rel<Project>;

  @ManyToOne(() => Project, { index: true, deleteRule: 'cascade' })
  to!: Rel<Project>;

  @Enum({ items: () => ProjectLinkRelation })
  relation!: ProjectLinkRelation;
}
