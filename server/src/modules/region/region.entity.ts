import { Entity, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity.js';
import type { LocalizedText } from '../../domain/localized.js';

/** A region (maakunta) by its Statistics Finland code; 19 in 2021 with Åland. */
@Entity({ tableName: 'region' })
export class Region extends BaseEntity {
  @Property({ type: 'string', length: 2 })
  @Unique()
  code!: string;

  @Property({ type: 'json' })
  name!: LocalizedText;
}
