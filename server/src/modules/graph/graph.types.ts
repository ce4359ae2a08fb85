import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AdoptionStatus, Lang, Theme, VerificationLevel } from '../../domain/enums.js';
import { Contact, LocalizedText } from '../../graphql/common.types.js';
import type { ViewRow } from '../../graphql/loaders.js';
import { ConnectionType, Node, type Connection } from '../../graphql/relay.js';
import { AdoptionView } from '../adoption/adoption.types.js';
import { NationalServiceView } from '../national-service/national-service.types.js';
import { OrganisationView } from '../organisation/organisation.types.js';
import { ProjectView } from '../project/project.types.js';
import { RegionView } from '../region/region.types.js';
import { SpecificationView } from '../specification/specification.types.js';

/** The same class as organisation.resolver's OrganisationConnection (one per name). */
const OrganisationConnection = ConnectionType('Organisation', OrganisationView);

/** The typed edges of the graph; `source -> target` reads as "source <type> target". */
export enum GraphEdgeType {
  PARTICIPATES_IN = 'PARTICIPATES_IN',
  LEADS = 'LEADS',
  FUNDED_BY = 'FUNDED_BY',
  PRODUCED = 'PRODUCED',
  ADOPTED = 'ADOPTED',
  USES_SERVICE = 'USES_SERVICE',
  APPLIES_SPECIFICATION = 'APPLIES_SPECIFICATION',
  CONFORMS_TO = 'CONFORMS_TO',
  PUBLISHED = 'PUBLISHED',
  LOCATED_IN = 'LOCATED_IN',
  CONTINUES = 'CONTINUES',
  DERIVED_FROM = 'DERIVED_FROM',
  SUPERSEDES = 'SUPERSEDES',
}
registerEnumType(GraphEdgeType, {
  name: 'GraphEdgeType',
  description: 'A typed edge of the graph, read "source <type> target".',
  valuesConfig: {
    PARTICIPATES_IN: { description: 'Organisation -> Project (any role but lead applicant).' },
    LEADS: { description: 'Organisation -> Project it leads, and Organisation -> Grant it applied for as lead.' },
    FUNDED_BY: { description: 'Project -> Grant, and Grant -> FundingCall.' },
    PRODUCED: { description: 'Project -> Deliverable.' },
    ADOPTED: { description: 'Organisation -> Deliverable (an adoption, claims included).' },
    USES_SERVICE: { description: 'Project or Deliverable -> NationalService.' },
    APPLIES_SPECIFICATION: { description: 'Project -> Specification it applied.' },
    CONFORMS_TO: { description: 'Deliverable -> Specification.' },
    PUBLISHED: { description: 'Organisation -> Deliverable it publishes, and Project -> Specification it published.' },
    LOCATED_IN: { description: 'Organisation -> Region.' },
    CONTINUES: { description: 'Project -> the Project it continues.' },
    DERIVED_FROM: { description: 'Project -> Project, and Deliverable -> the Deliverable it is based on.' },
    SUPERSEDES: { description: 'Project -> the Project it supersedes.' },
  },
});

@ObjectType('GraphEdge', { simpleResolvers: true, description: 'A directed, typed edge between two nodes.' })
export class GraphEdge {
  @Field(() => ID, { description: 'Global id of the source node.' })
  source!: string;

  @Field(() => ID, { description: 'Global id of the target node.' })
  target!: string;

  @Field(() => GraphEdgeType)
  type!: GraphEdgeType;
}

@ObjectType('GraphNode', {
  simpleResolvers: true,
  description: 'A node of a drawn graph: enough to draw it without more queries (fetch details with node(id)).',
})
export class GraphNode {
  @Field(() => ID, { description: 'Global id (use with node(id)).' })
  id!: string;

  @Field(() => String, { description: 'GraphQL type name: Project, Organisation, Deliverable, Region ...' })
  typename!: string;

  @Field(() => String, {
    description: 'Name in the wanted language, falling back lang -> fi -> sv -> en, else a code.',
  })
  label!: string;

  @Field(() => Lang, { nullable: true, description: 'Language of the label; null when it is a code or slug.' })
  labelLang!: Lang | null;

  @Field(() => Int, { description: 'Hops from the centre node (0 for the centre).' })
  hops!: number;
}

@ObjectType('Neighbourhood', {
  simpleResolvers: true,
  description: 'The nodes and edges within some hops of a node, bounded: one object for drawing a graph.',
})
export class Neighbourhood {
  @Field(() => GraphNode, { description: 'The node it was asked for.' })
  centre!: GraphNode;

  @Field(() => [GraphNode], { description: 'Nodes, nearest first; the centre is the first.' })
  nodes!: GraphNode[];

  @Field(() => [GraphEdge], { description: 'Edges between the returned nodes.' })
  edges!: GraphEdge[];

  @Field(() => Boolean, { description: 'True when the limit cut the neighbourhood (then exactly `limit` nodes).' })
  truncated!: boolean;
}

@ObjectType('ReuseChain', {
  simpleResolvers: true,
  description:
    'What a project or deliverable came from and led to: linked projects, deliverables, derivatives and adopters.',
})
export class ReuseChain {
  @Field(() => Node, { description: 'The project or deliverable it was asked for.' })
  root!: Node;

  @Field(() => [Node], { description: 'Projects, deliverables and adopting organisations, nearest first.' })
  nodes!: Node[];

  @Field(() => [GraphEdge], {
    description: 'CONTINUES / DERIVED_FROM / SUPERSEDES, PRODUCED and ADOPTED edges between the nodes.',
  })
  edges!: GraphEdge[];

  @Field(() => Boolean, { description: 'True when the node bound (500) cut the chain.' })
  truncated!: boolean;
}

@ObjectType('ReasonItem', {
  simpleResolvers: true,
  description: 'A value two things share: a node, a theme or a word.',
})
export class ReasonItem {
  @Field(() => String, {
    description: 'Slug, code, theme or word; the global id for deliverables; a number for populations.',
  })
  value!: string;

  @Field(() => ID, { nullable: true, description: 'Global id when the value is a node.' })
  id!: string | null;

  @Field(() => LocalizedText, { nullable: true })
  labelTranslations!: LocalizedText | null;
}

export enum RelatedReasonKind {
  SHARED_SERVICE = 'SHARED_SERVICE',
  SHARED_SPECIFICATION = 'SHARED_SPECIFICATION',
  SHARED_PARTICIPANT = 'SHARED_PARTICIPANT',
  SHARED_THEME = 'SHARED_THEME',
  SIMILAR_TEXT = 'SIMILAR_TEXT',
}
registerEnumType(RelatedReasonKind, { name: 'RelatedReasonKind', description: 'Why two projects are related.' });

@ObjectType('RelatedReason', { simpleResolvers: true, description: 'One reason two projects are related.' })
export class RelatedReason {
  @Field(() => RelatedReasonKind)
  kind!: RelatedReasonKind;

  @Field(() => Float, { description: 'What this reason adds to the score.' })
  weight!: number;

  @Field(() => [ReasonItem], { description: 'The shared values (for SIMILAR_TEXT: the shared name words).' })
  items!: ReasonItem[];
}

@ObjectType('RelatedProject', { simpleResolvers: true, description: 'A project related to another, with why.' })
export class RelatedProject {
  @Field(() => ProjectView)
  project!: ProjectView;

  @Field(() => Float, { description: 'Sum of the reasons\u2019 weights; higher is more related.' })
  score!: number;

  @Field(() => [RelatedReason], { description: 'Strongest first.' })
  reasons!: RelatedReason[];
}

export enum SimilarityReasonKind {
  SIMILAR_POPULATION = 'SIMILAR_POPULATION',
  SAME_REGION = 'SAME_REGION',
  SAME_LANGUAGE_STATUS = 'SAME_LANGUAGE_STATUS',
  SHARED_PROJECT = 'SHARED_PROJECT',
  SHARED_ADOPTION = 'SHARED_ADOPTION',
}
registerEnumType(SimilarityReasonKind, {
  name: 'SimilarityReasonKind',
  description: 'Why an organisation is like a municipality.',
  valuesConfig: {
    SIMILAR_POPULATION: { description: 'Population within a factor of ten (log scale); the item is its population.' },
    SAME_REGION: { description: 'In the same region.' },
    SAME_LANGUAGE_STATUS: { description: 'The same official language status.' },
    SHARED_PROJECT: { description: 'Projects both take part in.' },
    SHARED_ADOPTION: { description: 'Deliverables both adopted (adoptions that count as reuse).' },
  },
});

@ObjectType('SimilarityReason', { simpleResolvers: true, description: 'One reason an organisation is like mine.' })
export class SimilarityReason {
  @Field(() => SimilarityReasonKind)
  kind!: SimilarityReasonKind;

  @Field(() => Float, { description: 'What this reason adds to the score.' })
  weight!: number;

  @Field(() => [ReasonItem])
  items!: ReasonItem[];
}

@ObjectType('SimilarMunicipality', { simpleResolvers: true, description: 'A municipality like another one, with why.' })
export class SimilarMunicipality {
  @Field(() => OrganisationView)
  municipality!: OrganisationView;

  @Field(() => Float, { description: 'Sum of the reasons\u2019 weights (at most 8); higher is more alike.' })
  score!: number;

  @Field(() => [SimilarityReason], { description: 'Strongest first.' })
  reasons!: SimilarityReason[];
}

@ObjectType('ContactPath', { simpleResolvers: true, description: 'Public ways to ask about an adoption.' })
export class ContactPath {
  @Field(() => String, { nullable: true, description: 'The adopting organisation\u2019s website.' })
  adopterWebsite!: string | null;

  @Field(() => String, { nullable: true, description: 'The adopter\u2019s running instance, when public.' })
  instanceUrl!: string | null;

  @Field(() => [String], { description: 'Public evidence of the adoption.' })
  evidenceUrls!: string[];

  @Field(() => [Contact], { description: 'Contacts of the project through which the adopter took it into use.' })
  viaProjectContacts!: Contact[];

  @Field(() => [Contact], {
    description: 'Contacts of the deliverable (maintenance) and of the project(s) that produced it.',
  })
  publisherContacts!: Contact[];
}

@ObjectType('AdopterLikeMe', {
  simpleResolvers: true,
  description: 'An adopter of a deliverable, ranked by how much the adopting organisation is like my municipality.',
})
export class AdopterLikeMe {
  @Field(() => AdoptionView)
  adoption!: AdoptionView;

  @Field(() => OrganisationView)
  organisation!: OrganisationView;

  @Field(() => Float)
  score!: number;

  @Field(() => [SimilarityReason])
  reasons!: SimilarityReason[];

  @Field(() => AdoptionStatus)
  status!: AdoptionStatus;

  @Field(() => VerificationLevel)
  verification!: VerificationLevel;

  @Field(() => Boolean, {
    description: 'True when declared by the adopter or verified: only these count as reuse; the rest are claims.',
  })
  countsAsReuse!: boolean;

  @Field(() => ContactPath)
  contact!: ContactPath;
}

@ObjectType('CoverageGap', {
  simpleResolvers: true,
  description:
    'Municipalities of a region that neither take part in a project linked to a specification or national service, ' +
    'nor publish nor adopt a deliverable conforming to or using it.',
})
export class CoverageGap {
  @Field(() => RegionView)
  region!: RegionView;

  @Field(() => SpecificationView, { nullable: true })
  specification!: SpecificationView | null;

  @Field(() => NationalServiceView, { nullable: true })
  nationalService!: NationalServiceView | null;

  @Field(() => Int, { description: 'Municipalities in the region.' })
  municipalityCount!: number;

  @Field(() => Int, { description: 'Municipalities that take part, publish or adopt.' })
  coveredCount!: number;

  @Field(() => Int, { description: 'Municipalities that do none of these: the gap.' })
  uncoveredCount!: number;

  @Field(() => OrganisationConnection, {
    description: 'The uncovered municipalities by name: a page as `first` and `after` of coverageGap ask.',
  })
  uncovered!: Connection<ViewRow>;
}

@ObjectType('ThemeGrantSum', { simpleResolvers: true, description: 'Grants of projects with a theme.' })
export class ThemeGrantSum {
  @Field(() => Theme, { nullable: true, description: 'Null: grants whose project or theme is not known.' })
  theme!: Theme | null;

  @Field(() => Int)
  grantCount!: number;

  @Field(() => Float, { description: 'Sum of the known maximum amounts, in euros.' })
  totalEur!: number;
}

@ObjectType('RegionGrantSum', { simpleResolvers: true, description: 'Grants by the region of the lead applicant.' })
export class RegionGrantSum {
  @Field(() => RegionView, { nullable: true, description: 'Null: the lead applicant has no region (or is not known).' })
  region!: RegionView | null;

  @Field(() => Int)
  grantCount!: number;

  @Field(() => Float, { description: 'Sum of the known maximum amounts, in euros.' })
  totalEur!: number;
}

@ObjectType('YearGrantSum', { simpleResolvers: true, description: 'Grants by the year of their call.' })
export class YearGrantSum {
  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  grantCount!: number;

  @Field(() => Float, { description: 'Sum of the known maximum amounts, in euros.' })
  totalEur!: number;
}

@ObjectType('ProjectReuseStats', {
  simpleResolvers: true,
  description: 'What a project produced and how it was adopted after it ended.',
})
export class ProjectReuseStats {
  @Field(() => ProjectView)
  project!: ProjectView;

  @Field(() => String, { nullable: true, description: 'ISO date: the actual end, else the planned end.' })
  endDate!: string | null;

  @Field(() => Int)
  deliverableCount!: number;

  @Field(() => Int, { description: 'Deliverables published after the end date.' })
  deliverablesAfterEnd!: number;

  @Field(() => Int, { description: 'Adoptions of its deliverables (claims included).' })
  adoptionCount!: number;

  @Field(() => Int, { description: 'Adoptions whose `since` is after the end date.' })
  adoptionsAfterEnd!: number;

  @Field(() => Int, { description: 'Of those, the ones that count as reuse.' })
  reuseAdoptionsAfterEnd!: number;
}

@ObjectType('GraphStats', {
  simpleResolvers: true,
  description: 'Portfolio totals. Grant sums leave out withdrawn grants and count only known amounts.',
})
export class GraphStats {
  @Field(() => Int)
  projectCount!: number;

  @Field(() => Int)
  deliverableCount!: number;

  @Field(() => Int, { description: 'Distinct organisations taking part in at least one project.' })
  participatingOrganisationCount!: number;

  @Field(() => Int, { description: 'All adoptions, claims included.' })
  adoptionCount!: number;

  @Field(() => Int, { description: 'Adoptions declared by the adopter or verified.' })
  reuseAdoptionCount!: number;

  @Field(() => Int, {
    description: 'Adoptions whose `since` is after the end of a project that produced the deliverable.',
  })
  adoptionsAfterProjectEnd!: number;

  @Field(() => Int)
  grantCount!: number;

  @Field(() => Float, { description: 'Sum of the known maximum amounts, in euros.' })
  grantTotalEur!: number;

  @Field(() => [ThemeGrantSum], {
    description: 'By project theme (both levels); a project with two themes counts in both. Largest first.',
  })
  grantsByTheme!: ThemeGrantSum[];

  @Field(() => [RegionGrantSum], { description: 'By region of the lead applicant, largest first.' })
  grantsByRegion!: RegionGrantSum[];

  @Field(() => [YearGrantSum], { description: 'By call year, newest first.' })
  grantsByYear!: YearGrantSum[];
}
