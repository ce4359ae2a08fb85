import { Entity, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity.js';
import type { LocalizedText } from '../../domain/localized.js';
import { Project } from './project.entity.js';

/** Something a project learned that others should know, and how to avoid the trouble. */
@Entity({ tableName: 'lesson_learned' })
export class LessonLearned extends BaseEntity {
  @ManyToOne(() => Project, { index: true, deleteRule: 'cascade' })
  project!: Rel<Project>;

  @Property({ type: 'string', length: 60 })
  category!: string;

  @Property({ type: 'json' })
  text!: LocalizedText;

  @Property({ type: 'json', defaultRaw: `'{}'` })
  mitigation: LocalizedText = {};
}
