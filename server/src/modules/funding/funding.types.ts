import { Field, Int, ObjectType } from 'type-graphql';
import { GrantStatus } from '../../domain/enums.js';
import { LocalizedText, Source } from '../../graphql/common.types.js';
import { Node } from '../../graphql/relay.js';

@ObjectType('FundingProgramme', {
  implements: Node,
  simpleResolvers: true,
  description: 'A funding programme, e.g. the municipal digitalisation incentive.',
})
export class FundingProgrammeView extends Node {
  @Field(() => String)
  slug!: string;

  @Field(() => LocalizedText)
  nameTranslations!: LocalizedText;

  @Field(() => String, { nullable: true })
  legalBasis!: string | null;

  @Field(() => Int, { nullable: true, description: 'Initial appropriation in euros.' })
  initialAppropriationEur!: number | null;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => [Source])
  provenance!: Source[];
}

@ObjectType('FundingCall', {
  implements: Node,
  simpleResolvers: true,
  description:
    'One call (round) of a programme, with the facts its decision announced. Partial rounds show how much is unknown.',
})
export class FundingCallView extends Node {
  @Field(() => Int)
  year!: number;

  @Field(() => LocalizedText)
  nameTranslations!: LocalizedText;

  @Field(() => String, { nullable: true, description: 'The themes as the call announced them, in the source words.' })
  themesText!: string | null;

  @Field(() => String, { nullable: true })
  statedGoals!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Int, { nullable: true })
  appropriationEur!: number | null;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  applicationOpens!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  applicationCloses!: string | null;

  @Field(() => Int, { nullable: true })
  applicationsReceived!: number | null;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  decisionDate!: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of grants the decision announced.' })
  grantsAwarded!: number | null;

  @Field(() => Int, { nullable: true, description: 'Total the decision announced, in euros.' })
  totalAwardedEur!: number | null;

  @Field(() => String, { nullable: true, description: 'ISO date by which projects had to finish.' })
  implementationDeadline!: string | null;

  @Field(() => String, { nullable: true })
  sourceUrl!: string | null;

  @Field(() => Int, { description: 'Grants of this call known to Kuntagraph.' })
  knownGrantCount!: number;

  @Field(() => Int, {
    description: 'Known grants whose amount is known: knownGrantsTotalEur sums these, not all knownGrantCount.',
  })
  knownAmountGrantCount!: number;

  @Field(() => Int, { description: 'Sum of the known grants whose amount is known, in euros.' })
  knownGrantsTotalEur!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Announced total minus the known grants: how much is not yet accounted for.',
  })
  unknownAmountEur!: number | null;

  @Field(() => Boolean, { description: 'True when every announced grant is known.' })
  isComplete!: boolean;

  @Field(() => [Source])
  provenance!: Source[];
}

@ObjectType('Grant', { implements: Node, simpleResolvers: true, description: 'A grant awarded in a call.' })
export class GrantView extends Node {
  @Field(() => Int, { description: "Position in the decision's list." })
  ordinal!: number;

  @Field(() => Int, { nullable: true, description: 'Maximum grant in euros.' })
  maxAmountEur!: number | null;

  @Field(() => String, { nullable: true })
  decisionReference!: string | null;

  @Field(() => GrantStatus)
  status!: GrantStatus;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => [Source])
  provenance!: Source[];
}
