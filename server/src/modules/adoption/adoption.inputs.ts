import { IsInt, IsOptional, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, type InputTypeOptions } from 'type-graphql';
import { AdoptionMode, AdoptionStatus } from '../../domain/enums.js';
import { LocalizedTextInput } from '../../graphql/inputs.js';
import { IsHttpUrl, IsIsoDate, isHttpUrl, ListOf } from '../../graphql/validation.js';

// Shared fields only: not a schema type of its own (type-graphql reads isAbstract at run time).
@InputType({ isAbstract: true } as InputTypeOptions)
class AdoptionFields {
  @Field(() => AdoptionMode, { nullable: true })
  @IsOptional()
  mode?: AdoptionMode | null;

  @Field(() => String, { nullable: true, description: 'ISO date the use began.' })
  @IsOptional()
  @IsIsoDate()
  since?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date the use ended.' })
  @IsOptional()
  @IsIsoDate()
  until?: string | null;

  @Field(() => ID, { nullable: true, description: 'The project through which it was adopted.' })
  @IsOptional()
  viaProject?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the adopted instance runs (http/https).' })
  @IsOptional()
  @IsHttpUrl()
  instanceUrl?: string | null;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'What it is used for.' })
  @IsOptional()
  @ValidateNested()
  useCase?: LocalizedTextInput | null;

  @Field(() => [String], { nullable: true, description: 'Public evidence (decisions, news, pages): http(s) URLs.' })
  @IsOptional()
  @ListOf(10, isHttpUrl, 'http(s) URLs')
  evidenceUrls?: string[] | null;
}

@InputType('DeclareAdoptionInput')
export class DeclareAdoptionInput extends AdoptionFields {
  @Field(() => ID)
  deliverable!: string;

  @Field(() => ID, { description: 'The adopting organisation.' })
  organisation!: string;

  @Field(() => AdoptionStatus)
  status!: AdoptionStatus;
}

@InputType('UpdateAdoptionInput', { description: 'Omitted fields stay as they are; null clears a field.' })
export class UpdateAdoptionInput extends AdoptionFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  @IsInt()
  expectedVersion!: number;

  @Field(() => AdoptionStatus, { nullable: true })
  @IsOptional()
  status?: AdoptionStatus | null;
}

@InputType('AdoptionVersionInput')
export class AdoptionVersionInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  @IsInt()
  expectedVersion!: number;
}
