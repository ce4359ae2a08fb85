import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AdoptionMode, AdoptionStatus, VerificationLevel } from '../../domain/enums.js';
import { LocalizedText, Source } from '../../graphql/common.types.js';
import { Node } from '../../graphql/relay.js';

@ObjectType('Adoption', {
  implements: Node,
  simpleResolvers: true,
  description:
    'An organisation adopted a deliverable: an edge owned by the adopter, with status, evidence and verification.',
})
export class AdoptionView extends Node {
  @Field(() => AdoptionStatus)
  status!: AdoptionStatus;

  @Field(() => AdoptionMode, { nullable: true })
  mode!: AdoptionMode | null;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  since!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  until!: string | null;

  @Field(() => String, { nullable: true })
  instanceUrl!: string | null;

  @Field(() => LocalizedText)
  useCaseTranslations!: LocalizedText;

  @Field(() => [String])
  evidenceUrls!: string[];

  @Field(() => VerificationLevel)
  verification!: VerificationLevel;

  @Field(() => Boolean, {
    description:
      'True when declared by the adopter or verified by a curator, and the adopter is not one of its producers: ' +
      "only these count as reuse; the rest are claims, or the producers' own use (byProducer).",
  })
  countsAsReuse!: boolean;

  @Field(() => Boolean, {
    description:
      'True when the adopter produced the deliverable (its publisher, or a participant of a project that made it): its own use, which never counts as reuse.',
  })
  byProducer!: boolean;

  @Field(() => String, { nullable: true, description: 'ISO timestamp when the adopter last confirmed it.' })
  lastConfirmedAt!: string | null;

  @Field(() => [Source])
  provenance!: Source[];

  @Field(() => Int, { description: 'For optimistic locking: send it back as expectedVersion when editing.' })
  version!: number;
}

@InputType('AdoptionFilter')
export class AdoptionFilter {
  @Field(() => [AdoptionStatus], { nullable: true })
  status?: AdoptionStatus[];

  @Field(() => [VerificationLevel], { nullable: true })
  verification?: VerificationLevel[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only adoptions that count as reuse (or only claims, when false).',
  })
  countsAsReuse?: boolean;

  @Field(() => [ID], { nullable: true, description: 'Adopting organisation ids.' })
  organisation?: string[];

  @Field(() => [ID], { nullable: true, description: 'Deliverable ids.' })
  deliverable?: string[];
}
