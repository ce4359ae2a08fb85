import type { NonEmptyArray } from 'type-graphql';
import { NodeResolver } from '../graphql/node.resolver.js';
import { ApiKeyResolver, MembershipResolver, ViewerResolver } from './auth/auth.resolver.js';
import { AuthProviderResolver } from './auth/oidc/oidc.resolver.js';
import {
  AdoptionResolver,
  DeliverableAdoptionsResolver,
  OrganisationAdoptionsResolver,
} from './adoption/adoption.resolver.js';
import {
  DeliverableResolver,
  FileResolver,
  OrganisationDeliverablesResolver,
  ProjectDeliverablesResolver,
  ReleaseResolver,
  ServiceUseDeliverableResolver,
  SpecificationDeliverablesResolver,
} from './deliverable/deliverable.resolver.js';
import {
  FundingCallResolver,
  FundingProgrammeResolver,
  GrantResolver,
  OrganisationGrantsResolver,
} from './funding/funding.resolver.js';
import { GraphResolver, GraphStatsResolver, ReasonItemResolver } from './graph/graph.resolver.js';
import {
  NationalServiceResolver,
  OrganisationServicesResolver,
  ProjectServiceUsesResolver,
  ServiceUseResolver,
} from './national-service/national-service.resolver.js';
import { OrganisationResolver, RegionMunicipalitiesResolver } from './organisation/organisation.resolver.js';
import {
  LessonLearnedResolver,
  OrganisationParticipationsResolver,
  ParticipationResolver,
  ProjectLinkResolver,
  ProjectResolver,
  RegionProjectsResolver,
  GrantProjectResolver,
  FundingCallProjectsResolver,
} from './project/project.resolver.js';
import { ProjectMutations } from './project/project.mutations.js';
import { OrganisationMutations } from './organisation/organisation.mutations.js';
import { historyResolver } from './audit/history.js';
import { ProjectView } from './project/project.types.js';
import { DeliverableView, ReleaseView } from './deliverable/deliverable.types.js';
import { AdoptionView } from './adoption/adoption.types.js';
import { OrganisationView } from './organisation/organisation.types.js';
import { ServiceUseMutations } from './national-service/service-use.mutations.js';
import { ProjectSpecificationMutations } from './specification/project-specification.mutations.js';
import { InvitationMutations, InvitationPreviewResolver } from './auth/invitation.mutations.js';
import { AdoptionMutations } from './adoption/adoption.mutations.js';
import { DeliverableMutations } from './deliverable/deliverable.mutations.js';
import { RegionResolver } from './region/region.resolver.js';
import {
  FollowResolver,
  NotificationMutations,
  NotificationResolver,
  ViewerNotificationsResolver,
} from './notification/notification.resolver.js';
import { ThesaurusResolver } from './thesaurus/thesaurus.resolver.js';
import { WebhookResolver } from './webhook/webhook.resolver.js';
import { PubliccodeResolver } from './export/publiccode.resolver.js';
import { FacetValueResolver, SearchResolver } from './search/search.resolver.js';
import {
  OrganisationSpecificationsResolver,
  ProjectSpecificationResolver,
  ProjectSpecificationsResolver,
  SpecificationResolver,
} from './specification/specification.resolver.js';

/** Every GraphQL resolver; nothing else registers them. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  NodeResolver,
  RegionResolver,
  OrganisationResolver,
  RegionMunicipalitiesResolver,
  FundingProgrammeResolver,
  FundingCallResolver,
  GrantResolver,
  OrganisationGrantsResolver,
  ProjectResolver,
  ProjectMutations,
  ParticipationResolver,
  ProjectLinkResolver,
  LessonLearnedResolver,
  OrganisationParticipationsResolver,
  RegionProjectsResolver,
  GrantProjectResolver,
  FundingCallProjectsResolver,
  NationalServiceResolver,
  ServiceUseResolver,
  ProjectServiceUsesResolver,
  OrganisationServicesResolver,
  SpecificationResolver,
  ProjectSpecificationResolver,
  ProjectSpecificationsResolver,
  OrganisationSpecificationsResolver,
  DeliverableResolver,
  DeliverableMutations,
  ReleaseResolver,
  FileResolver,
  ProjectDeliverablesResolver,
  OrganisationDeliverablesResolver,
  SpecificationDeliverablesResolver,
  ServiceUseDeliverableResolver,
  AdoptionResolver,
  AdoptionMutations,
  DeliverableAdoptionsResolver,
  OrganisationAdoptionsResolver,
  SearchResolver,
  FacetValueResolver,
  PubliccodeResolver,
  GraphResolver,
  GraphStatsResolver,
  ReasonItemResolver,
  ViewerResolver,
  AuthProviderResolver,
  MembershipResolver,
  ApiKeyResolver,
  InvitationMutations,
  InvitationPreviewResolver,
  ServiceUseMutations,
  ProjectSpecificationMutations,
  OrganisationMutations,
  ViewerNotificationsResolver,
  FollowResolver,
  NotificationResolver,
  NotificationMutations,
  ThesaurusResolver,
  WebhookResolver,
  ...[ProjectView, DeliverableView, ReleaseView, AdoptionView, OrganisationView].map(historyResolver),
];
