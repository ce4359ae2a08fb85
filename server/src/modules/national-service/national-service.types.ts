import { Field, ObjectType } from 'type-graphql';
import { NationalServiceKind, ServiceRelation } from '../../domain/enums.js';
import { LocalizedText, Source } from '../../graphql/common.types.js';
import { Node } from '../../graphql/relay.js';

@ObjectType('NationalService', {
  implements: Node,
  simpleResolvers: true,
  description: 'A national digital service (Suomi.fi services, Lupapiste, Ryhti ...): a hub of the graph.',
})
export class NationalServiceView extends Node {
  @Field(() => String)
  slug!: string;

  @Field(() => LocalizedText)
  nameTranslations!: LocalizedText;

  @Field(() => NationalServiceKind)
  kind!: NationalServiceKind;

  @Field(() => LocalizedText, { description: 'The provider as the source words it.' })
  providerText!: LocalizedText;

  @Field(() => LocalizedText)
  descriptionTranslations!: LocalizedText;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => [Source])
  provenance!: Source[];
}

@ObjectType('ServiceUse', {
  implements: Node,
  simpleResolvers: true,
  description: 'A project or deliverable using a national service, and how.',
})
export class ServiceUseView extends Node {
  @Field(() => ServiceRelation)
  relation!: ServiceRelation;

  @Field(() => LocalizedText)
  descriptionTranslations!: LocalizedText;

  @Field(() => String, { nullable: true })
  evidenceUrl!: string | null;

  @Field(() => [Source])
  provenance!: Source[];
}
