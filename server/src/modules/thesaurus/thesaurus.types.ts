import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('SearchConcept', {
  simpleResolvers: true,
  description:
    'A concept of the search thesaurus: its terms in Finnish, Swedish and English. A search for one term ' +
    '(in any inflected form) also finds texts holding the others. Curators keep them.',
})
export class SearchConceptView {
  @Field(() => ID)
  id!: string;

  @Field(() => [String], { description: 'Finnish terms, lower case.' })
  fi!: string[];

  @Field(() => [String], { description: 'Swedish terms, lower case.' })
  sv!: string[];

  @Field(() => [String], { description: 'English terms, lower case.' })
  en!: string[];

  @Field(() => Int, { description: 'Optimistic-locking version: pass it back as expectedVersion when editing.' })
  version!: number;

  @Field(() => String, { description: 'ISO timestamp of the last change.' })
  updatedAt!: string;
}
