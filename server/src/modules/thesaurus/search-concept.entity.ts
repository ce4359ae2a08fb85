import { Entity, Index, Property } from '@mikro-orm/core';
import { VersionedEntity } from '../../db/base.entity.js';

/**
 * A concept of the search thesaurus: its terms in Finnish, Swedish and English (lower case,
 * NFC). A word of one term also finds the others (search.thesaurus.ts). Curators edit them.
 */
@Entity({ tableName: 'search_concept' })
@Index({ properties: ['createdAt'] })
export class SearchConcept extends VersionedEntity {
  @Property({ type: 'text[]' })
  fi: string[] = [];

  @Property({ type: 'text[]' })
  sv: string[] = [];

  @Property({ type: 'text[]' })
  en: string[] = [];
}
