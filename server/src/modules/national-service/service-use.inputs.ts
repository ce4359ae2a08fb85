import { IsOptional, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ServiceRelation } from '../../domain/enums.js';
import { LocalizedTextInput } from '../../graphql/inputs.js';
import { IsHttpUrl } from '../../graphql/validation.js';

@InputType('LinkNationalServiceInput', { description: 'Exactly one of project and deliverable.' })
export class LinkNationalServiceInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  project?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  deliverable?: string | null;

  @Field(() => ID)
  service!: string;

  @Field(() => ServiceRelation)
  relation!: ServiceRelation;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'How the service is used.' })
  @IsOptional()
  @ValidateNested()
  description?: LocalizedTextInput | null;

  @Field(() => String, { nullable: true, description: 'Public evidence (http/https).' })
  @IsOptional()
  @IsHttpUrl()
  evidenceUrl?: string | null;
}
