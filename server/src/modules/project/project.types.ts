import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  DeliverableKind,
  OrganisationKind,
  ParticipationRole,
  ProjectLinkRelation,
  ProjectStatus,
  Theme,
} from '../../domain/enums.js';
import { Contact, LocalizedText, Source } from '../../graphql/common.types.js';
import { Node } from '../../graphql/relay.js';

@ObjectType('Outcome', {
  simpleResolvers: true,
  description: 'A reported outcome, plan or activity of a project, with its source.',
})
export class OutcomeView {
  @Field(() => String, {
    description:
      'OUTCOME, PLANNED_DELIVERABLES, PLANNED_ACTIVITIES, ACTIVITY, GOVERNANCE, DELIVERABLES_SUMMARY or NOTE.',
  })
  kind!: string;

  @Field(() => LocalizedText)
  text!: LocalizedText;

  @Field(() => String, { nullable: true })
  sourceUrl!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType('Project', {
  implements: Node,
  simpleResolvers: true,
  description: 'A digitalisation project, linked to its funding and what it produced.',
})
export class ProjectView extends Node {
  @Field(() => String)
  slug!: string;

  @Field(() => String, { nullable: true })
  acronym!: string | null;

  @Field(() => LocalizedText)
  nameTranslations!: LocalizedText;

  @Field(() => LocalizedText)
  summaryTranslations!: LocalizedText;

  @Field(() => LocalizedText)
  descriptionTranslations!: LocalizedText;

  @Field(() => [Theme], { description: 'Themes of both levels.' })
  themes!: Theme[];

  @Field(() => ProjectStatus)
  status!: ProjectStatus;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  plannedStart!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  plannedEnd!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  actualStart!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  actualEnd!: string | null;

  @Field(() => Int, { nullable: true, description: 'Total budget in euros, when known.' })
  budgetEur!: number | null;

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field(() => [Contact], { description: 'Public contacts the sources name: who to call.' })
  contacts!: Contact[];

  @Field(() => [OutcomeView])
  outcomes!: OutcomeView[];

  @Field(() => Int, { description: 'Number of participating organisations (all roles).' })
  participantCount!: number;

  @Field(() => [Source])
  provenance!: Source[];

  @Field(() => Int)
  version!: number;

  @Field(() => String, { description: 'ISO timestamp of the last change.' })
  updatedAt!: string;

  @Field(() => String, {
    nullable: true,
    description: 'ISO timestamp when the project was archived: its page stays, edits stop.',
  })
  archivedAt!: string | null;
}

@ObjectType('Participation', {
  implements: Node,
  simpleResolvers: true,
  description: 'An organisation taking part in a project, in a role.',
})
export class ParticipationView extends Node {
  @Field(() => ParticipationRole)
  role!: ParticipationRole;

  @Field(() => String, { nullable: true })
  fromDate!: string | null;

  @Field(() => String, { nullable: true })
  toDate!: string | null;

  @Field(() => LocalizedText)
  contributionTranslations!: LocalizedText;

  @Field(() => [Source])
  provenance!: Source[];
}

@ObjectType('ProjectLink', {
  implements: Node,
  simpleResolvers: true,
  description: '`from` CONTINUES / DERIVED_FROM / SUPERSEDES `to`.',
})
export class ProjectLinkView extends Node {
  @Field(() => ProjectLinkRelation)
  relation!: ProjectLinkRelation;

  @Field(() => [Source])
  provenance!: Source[];
}

@ObjectType('LessonLearned', {
  implements: Node,
  simpleResolvers: true,
  description: 'Something a project learned that others should know.',
})
export class LessonLearnedView extends Node {
  @Field(() => String)
  category!: string;

  @Field(() => LocalizedText)
  textTranslations!: LocalizedText;

  @Field(() => LocalizedText)
  mitigationTranslations!: LocalizedText;

  @Field(() => [Source])
  provenance!: Source[];
}

export enum ProjectOrder {
  NAME = 'NAME',
  RECENTLY_UPDATED = 'RECENTLY_UPDATED',
}
registerEnumType(ProjectOrder, { name: 'ProjectOrder', description: 'Order of a project list.' });

@InputType('ProjectFilter', { description: 'Every given condition must hold; list values match any of them.' })
export class ProjectFilter {
  @Field(() => [Theme], { nullable: true })
  theme?: Theme[];

  @Field(() => [ProjectStatus], { nullable: true })
  status?: ProjectStatus[];

  @Field(() => [String], {
    nullable: true,
    description: 'Region codes: a participating municipality lies in one of them.',
  })
  region?: string[];

  @Field(() => [ID], { nullable: true, description: 'Organisation ids: one of them takes part.' })
  organisation?: string[];

  @Field(() => [OrganisationKind], { nullable: true, description: 'An organisation of one of these kinds takes part.' })
  organisationKind?: OrganisationKind[];

  @Field(() => [ID], { nullable: true, description: 'Funding call ids.' })
  call?: string[];

  @Field(() => [Int], { nullable: true, description: 'Years of the funding call.' })
  year?: number[];

  @Field(() => [String], { nullable: true, description: 'National service slugs the project uses.' })
  nationalService?: string[];

  @Field(() => [String], { nullable: true, description: 'Specification slugs the project applied or published.' })
  specification?: string[];

  @Field(() => [DeliverableKind], {
    nullable: true,
    description: 'The project produced a deliverable of one of these kinds.',
  })
  deliverableKind?: DeliverableKind[];

  @Field(() => [String], { nullable: true, description: 'SPDX licence ids of its deliverables.' })
  licence?: string[];
}
