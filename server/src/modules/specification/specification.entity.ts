import { Entity, Enum, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity.js';
import { SpecificationKind } from '../../domain/enums.js';
import type { LocalizedText } from '../../domain/localized.js';
import { Organisation } from '../organisation/organisation.entity.js';

/** An information specification, data model or standard: a hub of the graph. */
@Entity({ tableName: 'specification' })
export class Specification extends BaseEntity {
  @Property({ type: 'string', length: 120 })
  @Unique()
  slug!: string;

  @Property({ type: 'json' })
  name!: LocalizedText;

  @Enum({ items: () => SpecificationKind })
  kind!: SpecificationKind;

  @ManyToOne(() => Organisation, { nullable: true, index: true })
  owner?: Rel<Organisation> | null;

  /** The maintainer as the source words it (often several bodies). */
  @Property({ type: 'json', defaultRaw: `'{}'` })
  maintainerText: LocalizedText = {};

  @Property({ type: 'json', defaultRaw: `'{}'` })
  description: LocalizedText = {};

  @Property({ type: 'string', length: 60, nullable: true })
  specVersion?: string | null;

  /** Persistent identifier, e.g. its address on the interoperability platform. */
  @Property({ type: 'string', length: 500, nullable: true })
  uri?: string | null;

  @Property({ type: 'string', length: 500, nullable: true })
  url?: string | null;
}
