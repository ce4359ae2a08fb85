import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { LanguageStatus, OrganisationKind } from '../../domain/enums.js';
import { GeoPoint, LocalizedText, Source } from '../../graphql/common.types.js';
import { Node } from '../../graphql/relay.js';

@ObjectType('Organisation', {
  implements: Node,
  simpleResolvers: true,
  description: 'A municipality, joint authority, ministry, agency, company ... keyed by an authoritative id.',
})
export class OrganisationView extends Node {
  @Field(() => String, { description: 'Stable key: kunta-<code> for municipalities, else a slug of the Finnish name.' })
  slug!: string;

  @Field(() => OrganisationKind)
  kind!: OrganisationKind;

  @Field(() => LocalizedText)
  nameTranslations!: LocalizedText;

  @Field(() => String, { nullable: true, description: '3-digit Statistics Finland municipality code.' })
  municipalityCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Business ID (Y-tunnus).' })
  businessId!: string | null;

  @Field(() => Int, { nullable: true, description: 'Population 31.12.2020 (municipalities).' })
  population!: number | null;

  @Field(() => LanguageStatus, { nullable: true })
  languageStatus!: LanguageStatus | null;

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field(() => GeoPoint, { nullable: true, description: 'Label point, always inside the municipality.' })
  location!: GeoPoint | null;

  @Field(() => [String], { description: 'Other names people search with.' })
  aliases!: string[];

  @Field(() => [Source])
  provenance!: Source[];

  @Field(() => Int)
  version!: number;
}

@InputType('OrganisationFilter')
export class OrganisationFilter {
  @Field(() => [OrganisationKind], { nullable: true })
  kind?: OrganisationKind[];

  @Field(() => [String], { nullable: true, description: 'Region codes.' })
  region?: string[];

  @Field(() => [LanguageStatus], { nullable: true })
  languageStatus?: LanguageStatus[];

  @Field(() => Int, { nullable: true, description: 'Minimum population.' })
  populationMin?: number;

  @Field(() => Int, { nullable: true, description: 'Maximum population.' })
  populationMax?: number;
}
