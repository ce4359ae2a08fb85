import { Field, Int, ObjectType } from 'type-graphql';
import { LocalizedText, Source } from '../../graphql/common.types.js';
import { Node } from '../../graphql/relay.js';

@ObjectType('Region', {
  implements: Node,
  simpleResolvers: true,
  description: 'A region (maakunta) by its Statistics Finland code; 19 in 2021 including Åland.',
})
export class RegionView extends Node {
  @Field(() => String, { description: 'Two-digit Statistics Finland code, e.g. "12".' })
  code!: string;

  @Field(() => LocalizedText)
  nameTranslations!: LocalizedText;

  @Field(() => Int, { description: 'Municipalities in the region (2021).' })
  municipalityCount!: number;

  @Field(() => Int, { nullable: true, description: 'Population 31.12.2020, summed over its municipalities.' })
  population!: number | null;

  @Field(() => [Source])
  provenance!: Source[];
}
