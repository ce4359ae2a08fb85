import { Entity, Enum, ManyToOne, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity.js';
import { ProjectSpecificationRelation } from '../../domain/enums.js';
import { Project } from '../project/project.entity.js';
import { Specification } from './specification.entity.js';

/** A project applied or published a specification. */
@Entity({ tableName: 'project_specification' })
@Unique({ properties: ['project', 'specification', 'relation'] })
export class ProjectSpecification extends BaseEntity {
  @ManyToOne(() => Project, { index: true, deleteRule: 'cascade' })
  project!: Rel<Project>;

  @ManyToOne(() => Specification, { index: true })
  specification!: Rel<Specification>;

  @Enum({ items: () => ProjectSpecificationRelation })
  relation!: ProjectSpecificationRelation;
}
