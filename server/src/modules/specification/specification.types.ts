import { Field, ObjectType } from 'type-graphql';
import { ProjectSpecificationRelation, SpecificationKind } from '../../domain/enums.js';
import { LocalizedText, Source } from '../../graphql/common.types.js';
import { Node } from '../../graphql/relay.js';

@ObjectType('Specification', {
  implements: Node,
  simpleResolvers: true,
  description: 'An information specification, data model or standard: a hub of the graph.',
})
export class SpecificationView extends Node {
  @Field(() => String)
  slug!: string;

  @Field(() => LocalizedText)
  nameTranslations!: LocalizedText;

  @Field(() => SpecificationKind)
  kind!: SpecificationKind;

  @Field(() => LocalizedText, { description: 'The maintainer as the source words it.' })
  maintainerText!: LocalizedText;

  @Field(() => LocalizedText)
  descriptionTranslations!: LocalizedText;

  @Field(() => String, { nullable: true })
  specVersion!: string | null;

  @Field(() => String, { nullable: true, description: 'Persistent identifier, e.g. on the interoperability platform.' })
  uri!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => [Source])
  provenance!: Source[];
}

@ObjectType('ProjectSpecification', {
  implements: Node,
  simpleResolvers: true,
  description: 'A project applied or published a specification.',
})
export class ProjectSpecificationView extends Node {
  @Field(() => ProjectSpecificationRelation)
  relation!: ProjectSpecificationRelation;

  @Field(() => [Source])
  provenance!: Source[];
}
