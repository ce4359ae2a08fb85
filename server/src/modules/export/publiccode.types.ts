import { Field, Int, ObjectType } from 'type-graphql';
import { DeliverableKind, DevelopmentStatus, Platform } from '../../domain/enums.js';
import { Contact, LocalizedText } from '../../graphql/common.types.js';

@ObjectType('PubliccodeIssue', {
  simpleResolvers: true,
  description: 'A problem in a publiccode.yml, with where it is.',
})
export class PubliccodeIssue {
  @Field(() => Int, { nullable: true, description: '1-based line, when known.' })
  line!: number | null;

  @Field(() => Int, { nullable: true, description: '1-based column, when known.' })
  column!: number | null;

  @Field(() => String)
  message!: string;

  @Field(() => String, {
    description: 'Dotted key path in the file, e.g. description.fi.shortDescription ("" for the whole file).',
  })
  path!: string;
}

@ObjectType('PubliccodeGap', {
  simpleResolvers: true,
  description: 'Something a software deliverable lacks for a publiccode.yml that the standard accepts.',
})
export class PubliccodeGap {
  @Field(() => String, {
    description:
      'The deliverable field to fill in: description, repositoryUrl, developmentStatus, keywords, licence, languages, platforms, contacts or maintenanceUntil.',
  })
  field!: string;

  @Field(() => String, { description: 'What is needed, in English.' })
  message!: string;
}

@ObjectType('DeliverableDraft', {
  simpleResolvers: true,
  description: 'Values for CreateDeliverableInput read from a publiccode.yml (add the project yourself).',
})
export class DeliverableDraft {
  @Field(() => DeliverableKind) kind!: DeliverableKind;
  @Field(() => LocalizedText) title!: LocalizedText;
  @Field(() => LocalizedText) shortDescription!: LocalizedText;
  @Field(() => LocalizedText) description!: LocalizedText;
  @Field(() => [String]) keywords!: string[];
  @Field(() => String, { nullable: true }) licence!: string | null;
  @Field(() => [String]) languages!: string[];
  @Field(() => [Platform], {
    description: 'From platforms: the standard values (others are left out, with a warning).',
  })
  platforms!: Platform[];
  @Field(() => DevelopmentStatus, { nullable: true }) developmentStatus!: DevelopmentStatus | null;
  @Field(() => String, { nullable: true }) maintenanceType!: string | null;
  @Field(() => String, { nullable: true }) maintenanceUntil!: string | null;
  @Field(() => [Contact], { description: 'From maintenance.contacts: name and affiliation (no e-mail or phone).' })
  contacts!: Contact[];
  @Field(() => String, { nullable: true }) landingUrl!: string | null;
  @Field(() => String, { nullable: true }) repositoryUrl!: string | null;
  @Field(() => String, { nullable: true }) documentationUrl!: string | null;
  @Field(() => String, { nullable: true, description: 'Latest version (for a CreateReleaseInput).' })
  softwareVersion!: string | null;
  @Field(() => String, { nullable: true, description: 'Date of the latest version (ISO date).' })
  releaseDate!: string | null;
}

@ObjectType('PubliccodeDraft', {
  simpleResolvers: true,
  description: 'A deliverable draft read from a publiccode.yml, or the problems that stop it. Nothing is stored.',
})
export class PubliccodeDraft {
  @Field(() => DeliverableDraft, { nullable: true, description: 'Null when there are errors.' })
  draft!: DeliverableDraft | null;

  @Field(() => [PubliccodeIssue], { description: 'Invalid YAML and violations of the standard.' })
  errors!: PubliccodeIssue[];

  @Field(() => [PubliccodeIssue], {
    description: 'Values left out of the draft (e.g. features too long for keywords).',
  })
  warnings!: PubliccodeIssue[];
}
