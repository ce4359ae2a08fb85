import { ArrayMaxSize, IsIn, IsInt, IsOptional, Matches, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, type InputTypeOptions } from 'type-graphql';
import { DeliverableKind, DevelopmentStatus, Platform } from '../../domain/enums.js';
import { LocalizedNameInput, LocalizedTextInput } from '../../graphql/inputs.js';
import { HasSomeLanguage, IsHttpUrl, IsIsoDate, isLineOfText, IsText, ListOf } from '../../graphql/validation.js';

const KEYWORD = (v: unknown) => isLineOfText(v, 60);
const LANGUAGE = (v: unknown) => typeof v === 'string' && /^[a-z]{2}$/.test(v);
// SPDX licence expression: ids joined by AND / OR / WITH, optional parentheses and "+".
const SPDX = /^[A-Za-z0-9.+-]+(?: (?:AND|OR|WITH) [A-Za-z0-9.+-]+)*$/;

@InputType('ContactInput', {
  description:
    'A contact person as publicly listed for the deliverable (publiccode.yml maintenance.contacts). Work details only: no e-mail or phone; point to a public contact page instead.',
})
export class ContactInput {
  @Field(() => String, { description: '1..120 characters.' })
  @IsText(120)
  name!: string;

  @Field(() => String, { nullable: true, description: 'e.g. product owner; at most 120 characters.' })
  @IsOptional()
  @IsText(120)
  role?: string | null;

  @Field(() => String, { nullable: true, description: 'Affiliation; at most 200 characters.' })
  @IsOptional()
  @IsText(200)
  organisation?: string | null;

  @Field(() => String, { nullable: true, description: 'A public page that lists the contact.' })
  @IsOptional()
  @IsHttpUrl()
  sourceUrl?: string | null;
}

// Shared fields only: not a schema type of its own (type-graphql reads isAbstract at run time).
@InputType({ isAbstract: true } as InputTypeOptions)
class DeliverableFields {
  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  shortDescription?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  description?: LocalizedTextInput | null;

  @Field(() => [String], { nullable: true, description: 'At most 30 keywords of 1..60 characters.' })
  @IsOptional()
  @ListOf(30, KEYWORD, 'keywords of 1..60 characters')
  keywords?: string[] | null;

  @Field(() => String, { nullable: true, description: 'SPDX licence id or expression, e.g. EUPL-1.2 or CC-BY-4.0.' })
  @IsOptional()
  @Matches(SPDX, { message: '"licence" must be an SPDX licence id or expression such as EUPL-1.2.' })
  @IsText(100)
  licence?: string | null;

  @Field(() => [String], { nullable: true, description: 'Content languages (ISO 639-1, e.g. fi, sv, en).' })
  @IsOptional()
  @ListOf(10, LANGUAGE, 'two-letter ISO 639-1 language codes')
  languages?: string[] | null;

  @Field(() => [Platform], {
    nullable: true,
    description: 'Where the software runs (publiccode.yml platforms); duplicates are dropped.',
  })
  @IsOptional()
  @ArrayMaxSize(6, { message: '"platforms" has at most 6 values.' })
  platforms?: Platform[] | null;

  @Field(() => DevelopmentStatus, { nullable: true })
  @IsOptional()
  developmentStatus?: DevelopmentStatus | null;

  @Field(() => String, { nullable: true, description: 'publiccode.yml maintenance type.' })
  @IsOptional()
  @IsIn(['internal', 'contract', 'community', 'none'], {
    message: '"maintenanceType" must be internal, contract, community or none.',
  })
  maintenanceType?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  @IsOptional()
  @IsIsoDate()
  maintenanceUntil?: string | null;

  @Field(() => [ContactInput], {
    nullable: true,
    description:
      'Contact people, at most 10 (replaces the list); needed for a publiccode.yml when maintenance is internal or community.',
  })
  @IsOptional()
  @ArrayMaxSize(10, { message: '"contacts" may hold at most 10 people.' })
  @ValidateNested({ each: true })
  contacts?: ContactInput[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsHttpUrl()
  landingUrl?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsHttpUrl()
  repositoryUrl?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsHttpUrl()
  documentationUrl?: string | null;

  @Field(() => ID, { nullable: true, description: 'The publishing organisation.' })
  @IsOptional()
  publisher?: string | null;

  @Field(() => ID, { nullable: true, description: 'The deliverable this one was derived from.' })
  @IsOptional()
  derivedFrom?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Specifications it conforms to (replaces the list).' })
  @IsOptional()
  @ArrayMaxSize(50)
  conformsTo?: string[] | null;

  @Field(() => String, { nullable: true, description: 'ISO date of publication.' })
  @IsOptional()
  @IsIsoDate()
  publishedAt?: string | null;
}

@InputType('CreateDeliverableInput')
export class CreateDeliverableInput extends DeliverableFields {
  @Field(() => ID, { description: 'The project that produced it; the caller must be able to edit it.' })
  project!: string;

  @Field(() => DeliverableKind)
  kind!: DeliverableKind;

  @Field(() => LocalizedNameInput)
  @ValidateNested()
  @HasSomeLanguage()
  title!: LocalizedNameInput;
}

@InputType('UpdateDeliverableInput', { description: 'Omitted fields stay as they are; null clears a field.' })
export class UpdateDeliverableInput extends DeliverableFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  @IsInt()
  expectedVersion!: number;

  @Field(() => DeliverableKind, { nullable: true })
  @IsOptional()
  kind?: DeliverableKind | null;

  @Field(() => LocalizedNameInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @HasSomeLanguage()
  title?: LocalizedNameInput | null;
}

@InputType('ReleaseLinkInput')
export class ReleaseLinkInput {
  @Field(() => String)
  @IsHttpUrl()
  url!: string;

  @Field(() => LocalizedNameInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  title?: LocalizedNameInput | null;
}

// Shared fields only: not a schema type of its own (type-graphql reads isAbstract at run time).
@InputType({ isAbstract: true } as InputTypeOptions)
class ReleaseFields {
  @Field(() => String, { nullable: true, description: 'ISO date.' })
  @IsOptional()
  @IsIsoDate()
  releasedAt?: string | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  notes?: LocalizedTextInput | null;

  @Field(() => [ReleaseLinkInput], {
    nullable: true,
    description: 'Links (download page, tag, docs); replaces the list.',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  links?: ReleaseLinkInput[] | null;
}

@InputType('CreateReleaseInput')
export class CreateReleaseInput extends ReleaseFields {
  @Field(() => ID)
  deliverable!: string;

  @Field(() => String, { description: 'Version label, e.g. 1.2.0 or 2021-12 (1..60 characters).' })
  @IsText(60)
  version!: string;
}

@InputType('UpdateReleaseInput', { description: 'Omitted fields stay as they are; null clears a field.' })
export class UpdateReleaseInput extends ReleaseFields {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(60)
  version?: string | null;
}
