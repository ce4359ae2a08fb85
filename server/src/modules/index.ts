import { Adoption } from './adoption/adoption.entity.js';
import { AuditEvent } from './audit/audit-event.entity.js';
import { ApiKey } from './auth/api-key.entity.js';
import { Invitation } from './auth/invitation.entity.js';
import { Membership } from './auth/membership.entity.js';
import { OidcTransaction } from './auth/oidc/oidc-transaction.entity.js';
import { Session } from './auth/session.entity.js';
import { UserIdentity } from './auth/user-identity.entity.js';
import { User } from './auth/user.entity.js';
import { DeliverableProject } from './deliverable/deliverable-project.entity.js';
import { Deliverable } from './deliverable/deliverable.entity.js';
import { StoredFile } from './deliverable/file.entity.js';
import { Release } from './deliverable/release.entity.js';
import { FundingCall } from './funding/funding-call.entity.js';
import { FundingProgramme } from './funding/funding-programme.entity.js';
import { Grant } from './funding/grant.entity.js';
import { IdempotencyKey } from './idempotency/idempotency-key.entity.js';
import { NationalService } from './national-service/national-service.entity.js';
import { ServiceUse } from './national-service/service-use.entity.js';
import { Organisation } from './organisation/organisation.entity.js';
import { DispatchedEvent, NotifyCursor } from './notification/dispatch.entity.js';
import { Follow } from './notification/follow.entity.js';
import { NotificationPreference } from './notification/notification-preference.entity.js';
import { Notification } from './notification/notification.entity.js';
import { LessonLearned } from './project/lesson-learned.entity.js';
import { Participation } from './project/participation.entity.js';
import { ProjectLink } from './project/project-link.entity.js';
import { Project } from './project/project.entity.js';
import { Region } from './region/region.entity.js';
import { Conformance } from './specification/conformance.entity.js';
import { ProjectSpecification } from './specification/project-specification.entity.js';
import { Specification } from './specification/specification.entity.js';
import { SearchConcept } from './thesaurus/search-concept.entity.js';
import { Webhook, WebhookDelivery, WebhookDeliveryAttempt } from './webhook/webhook.entity.js';

/** Every MikroORM entity; nothing else registers them. */
export const entities = [
  Region,
  Organisation,
  FundingProgramme,
  FundingCall,
  Grant,
  Project,
  Participation,
  ProjectLink,
  LessonLearned,
  NationalService,
  ServiceUse,
  Specification,
  ProjectSpecification,
  Conformance,
  Deliverable,
  DeliverableProject,
  Release,
  StoredFile,
  Adoption,
  User,
  Session,
  Membership,
  ApiKey,
  AuditEvent,
  SearchConcept,
  Invitation,
  IdempotencyKey,
  UserIdentity,
  OidcTransaction,
  Follow,
  Notification,
  NotificationPreference,
  NotifyCursor,
  DispatchedEvent,
  Webhook,
  WebhookDelivery,
  WebhookDeliveryAttempt,
];
