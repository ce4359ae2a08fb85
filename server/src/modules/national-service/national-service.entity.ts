import { Entity, Enum, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity.js';
import { NationalServiceKind } from '../../domain/enums.js';
import type { LocalizedText } from '../../domain/localized.js';
import { Organisation } from '../organisation/organisation.entity.js';

/** A national digital service (Suomi.fi services, Lupapiste, Ryhti ...): a hub of the graph. */
@Entity({ tableName: 'national_service' })
export class NationalService extends BaseEntity {
  @Property({ type: 'string', length: 120 })
  @Unique()
  slug!: string;

  @Property({ type: 'json' })
  name!: LocalizedText;

  @Enum({ items: () => NationalServiceKind })
  kind!: NationalServiceKind;

  @ManyToOne(() => Organisation, { nullable: true, index: true })
  provider?: Rel<Organisation> | null;

  /** The provider as the source words it (kept when it names more than one body). */
  @Property({ type: 'json', defaultRaw: `'{}'` })
  providerText: LocalizedText = {};

  @Property({ type: 'json', defaultRaw: `'{}'` })
  description: LocalizedText = {};

  @Property({ type: 'string', length: 500, nullable: true })
  url?: string | null;
}
