import { Entity, Enum, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { VersionedEntity } from '../../db/base.entity.js';
import { AdoptionMode, AdoptionStatus, VerificationLevel } from '../../domain/enums.js';
import type { LocalizedText } from '../../domain/localized.js';
import { Deliverable } from '../deliverable/deliverable.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Project } from '../project/project.entity.js';

/** An organisation adopted a deliverable: an edge owned by the adopter, with its evidence. */
@Entity({ tableName: 'adoption' })
@Unique({ properties: ['organisation', 'deliverable'] })
export class Adoption extends VersionedEntity {
  @ManyToOne(() => Organisation, { index: true })
  organisation!: Rel<Organisation>;

  @ManyToOne(() => Deliverable, { index: true, deleteRule: 'cascade' })
  deliverable!: Rel<Deliverable>;

  @Enum({ items: () => AdoptionStatus })
  status!: AdoptionStatus;

  @Enum({ items: () => AdoptionMode, nullable: true })
  mode?: AdoptionMode | null;

  @Property({ type: 'date', nullable: true })
  since?: string | null;

  @Property({ type: 'date', nullable: true })
  until?: string | null;

  @ManyToOne(() => Project, { nullable: true, index: true, deleteRule: 'set null' })
  viaProject?: Rel<Project> | null;

  @Property({ type: 'string', length: 500, nullable: true })
  instanceUrl?: string | null;

  @Property({ type: 'json', defaultRaw: `'{}'` })
  useCase: LocalizedText = {};

  @Property({ type: 'array', defaultRaw: `'{}'` })
  evidenceUrls: string[] = [];

  @Enum({ items: () => VerificationLevel })
  @Index()
  verification!: VerificationLevel;

  @Property({ type: 'uuid', nullable: true })
  declaredBy?: string | null;

  @Property({ type: 'datetime', nullable: true })
  lastConfirmedAt?: Date | null;

  /**
   * The adopter produced the deliverable (its publisher, or in a project of it): its own use,
   * not reuse. Set by the database (Migration20261129180000_adoption_by_producer), never here.
   */
  @Property({ type: 'boolean', default: false })
  byProducer: boolean = false;
}
