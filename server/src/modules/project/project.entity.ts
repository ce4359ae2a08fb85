import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';
import { VersionedEntity } from '../../db/base.entity.js';
import { ProjectStatus } from '../../domain/enums.js';
import type { LocalizedText } from '../../domain/localized.js';

/** A public contact person as a source names them. */
export interface Contact {
  name: string;
  role?: string | null;
  organisation?: string | null;
  sourceUrl?: string | null;
}

/** One reported outcome, activity or plan of a project, with its source. */
export interface Outcome {
  kind:
    | 'OUTCOME'
    | 'PLANNED_DELIVERABLES'
    | 'PLANNED_ACTIVITIES'
    | 'ACTIVITY'
    | 'GOVERNANCE'
    | 'DELIVERABLES_SUMMARY'
    | 'NOTE';
  text: LocalizedText;
  sourceUrl?: string | null;
  note?: string | null;
}

/** A digitalisation project: first-class, linked to its funding and what it produced. */
@Entity({ tableName: 'project' })
export class Project extends VersionedEntity {
  @Property({ type: 'string', length: 120 })
  @Unique()
  slug!: string;

  @Property({ type: 'string', length: 60, nullable: true })
  acronym?: string | null;

  @Property({ type: 'json' })
  name!: LocalizedText;

  @Property({ type: 'json', defaultRaw: `'{}'` })
  summary: LocalizedText = {};

  @Property({ type: 'json', defaultRaw: `'{}'` })
  description: LocalizedText = {};

  /** Themes, both levels (a sub-theme implies its parent, which is stored too). */
  @Property({ type: 'array', defaultRaw: `'{}'` })
  @Index({ type: 'GIN' })
  themes: string[] = [];

  @Enum({ items: () => ProjectStatus })
  @Index()
  status: ProjectStatus = ProjectStatus.PLANNED;

  @Property({ type: 'date', nullable: true })
  plannedStart?: string | null;

  @Property({ type: 'date', nullable: true })
  plannedEnd?: string | null;

  @Property({ type: 'date', nullable: true })
  actualStart?: string | null;

  @Property({ type: 'date', nullable: true })
  actualEnd?: string | null;

  @Property({ type: 'integer', nullable: true })
  budgetEur?: number | null;

  @Property({ type: 'string', length: 500, nullable: true })
  website?: string | null;

  @Property({ type: 'json', defaultRaw: `'[]'` })
  contacts: Contact[] = [];

  @Property({ type: 'json', defaultRaw: `'[]'` })
  outcomes: Outcome[] = [];

  /** Set when a lead or curator archived the project: its page stays, edits stop. */
  @Property({ type: 'datetime', nullable: true })
  archivedAt?: Date | null;

  /** Lower-cased display name for stable alphabetical ordering. */
  @Property({
    type: 'string',
    length: 500,
    generated: `(lower(coalesce(name->>'fi', name->>'sv', name->>'en', slug))) stored`,
    nullable: true,
  })
  @Index({ name: 'project_sort_name_id_index', properties: ['sortName', 'id'] })
  sortName?: string;
}
