import { ArrayMaxSize, IsInt, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, type InputTypeOptions } from 'type-graphql';
import { ParticipationRole, ProjectLinkRelation, ProjectStatus, Theme } from '../../domain/enums.js';
import { LocalizedNameInput, LocalizedTextInput } from '../../graphql/inputs.js';
import { HasSomeLanguage, IsHttpUrl, IsIsoDate, IsText } from '../../graphql/validation.js';

const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;

/** The editable fields of a project (create and update share them). */
// Shared fields only: not a schema type of its own (type-graphql reads isAbstract at run time).
@InputType({ isAbstract: true } as InputTypeOptions)
class ProjectFields {
  @Field(() => String, { nullable: true, description: 'Short name, at most 60 characters.' })
  @IsOptional()
  @IsText(60)
  acronym?: string | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  summary?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  description?: LocalizedTextInput | null;

  @Field(() => [Theme], { nullable: true, description: 'Themes; a sub-theme adds its parent.' })
  @IsOptional()
  @ArrayMaxSize(16)
  themes?: Theme[] | null;

  @Field(() => ProjectStatus, { nullable: true })
  @IsOptional()
  status?: ProjectStatus | null;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  @IsOptional()
  @IsIsoDate()
  plannedStart?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  @IsOptional()
  @IsIsoDate()
  plannedEnd?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  @IsOptional()
  @IsIsoDate()
  actualStart?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  @IsOptional()
  @IsIsoDate()
  actualEnd?: string | null;

  @Field(() => Int, { nullable: true, description: 'Total budget in euros.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(2_000_000_000)
  budgetEur?: number | null;

  @Field(() => String, { nullable: true, description: 'http(s) URL.' })
  @IsOptional()
  @IsHttpUrl()
  website?: string | null;
}

@InputType('CreateProjectInput')
export class CreateProjectInput extends ProjectFields {
  @Field(() => ID, { description: 'The lead applicant organisation; the caller must act for it.' })
  leadOrganisation!: string;

  @Field(() => LocalizedNameInput, { description: 'The name in at least one language.' })
  @ValidateNested()
  @HasSomeLanguage()
  name!: LocalizedNameInput;

  @Field(() => String, {
    nullable: true,
    description: 'URL name (a-z, 0-9, -); made from the name when omitted.',
  })
  @IsOptional()
  @Matches(SLUG, { message: '"slug" must be 1 to 120 characters of a-z, 0-9 and -.' })
  slug?: string | null;
}

@InputType('UpdateProjectInput', { description: 'Omitted fields stay as they are; null clears a field.' })
export class UpdateProjectInput extends ProjectFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version the edit was made on; another version -> CONFLICT.' })
  @IsInt()
  expectedVersion!: number;

  @Field(() => LocalizedNameInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @HasSomeLanguage()
  name?: LocalizedNameInput | null;
}

@InputType('SetProjectArchivedInput')
export class SetProjectArchivedInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  @IsInt()
  expectedVersion!: number;

  @Field(() => Boolean, { description: 'true archives (edits stop), false restores.' })
  archived!: boolean;
}

@InputType('ParticipantInput')
export class ParticipantInput {
  @Field(() => ID)
  project!: string;

  @Field(() => ID)
  organisation!: string;

  @Field(() => ParticipationRole)
  role!: ParticipationRole;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'What the organisation does in the project.' })
  @IsOptional()
  @ValidateNested()
  contribution?: LocalizedTextInput | null;
}

@InputType('ProjectLinkInput')
export class ProjectLinkInput {
  @Field(() => ID, { description: 'The project that continues / derives from / supersedes `to`.' })
  from!: string;

  @Field(() => ID)
  to!: string;

  @Field(() => ProjectLinkRelation)
  relation!: ProjectLinkRelation;
}

@InputType('LessonLearnedInput')
export class LessonLearnedInput {
  @Field(() => ID)
  project!: string;

  @Field(() => String, { description: 'E.g. PROCUREMENT, DATA, COOPERATION (1..60 characters).' })
  @Matches(/^[A-Z][A-Z0-9_]{0,59}$/, { message: '"category" must be 1 to 60 characters of A-Z, 0-9 and _.' })
  category!: string;

  @Field(() => LocalizedTextInput)
  @ValidateNested()
  @HasSomeLanguage()
  text!: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'How to avoid the trouble.' })
  @IsOptional()
  @ValidateNested()
  mitigation?: LocalizedTextInput | null;
}
