import { Check, Entity, Enum, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity.js';
import { ServiceRelation } from '../../domain/enums.js';
import type { LocalizedText } from '../../domain/localized.js';
import { Deliverable } from '../deliverable/deliverable.entity.js';
import { Project } from '../project/project.entity.js';
import { NationalService } from './national-service.entity.js';

/** A project or a deliverable using a national service, and how. */
@Entity({ tableName: 'service_use' })
@Check({ name: 'service_use_one_user_check', expression: '(project_id is null) <> (deliverable_id is null)' })
@Unique({
  name: 'service_use_project_unique',
  expression:
    'create unique index "service_use_project_unique" on "service_use" ("project_id", "service_id", "relation") where "project_id" is not null',
})
@Unique({
  name: 'service_use_deliverable_unique',
  expression:
    'create unique index "service_use_deliverable_unique" on "service_use" ("deliverable_id", "service_id", "relation") where "deliverable_id" is not null',
})
export class ServiceUse extends BaseEntity {
  @ManyToOne(() => Project, { nullable: true, index: true, deleteRule: 'cascade' })
  project?: Rel<Project> | null;

  @ManyToOne(() => Deliverable, { nullable: true, index: true, deleteRule: 'cascade' })
  deliverable?: Rel<Deliverable> | null;

  @ManyToOne(() => NationalService, { index: true })
  service!: Rel<NationalService>;

  @Enum({ items: () => ServiceRelation })
  relation!: ServiceRelation;

  @Property({ type: 'json', defaultRaw: `'{}'` })
  description: LocalizedText = {};

  @Property({ type: 'string', length: 500, nullable: true })
  evidenceUrl?: string | null;
}
