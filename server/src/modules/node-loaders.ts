import type DataLoader from 'dataloader';
import type { Context } from '../graphql/context.js';
import type { ViewRow } from '../graphql/loaders.js';
import { adoptionById } from './adoption/adoption.loaders.js';
import { deliverableById, fileById, releaseById } from './deliverable/deliverable.loaders.js';
import { callById, grantById, programmeById } from './funding/funding.loaders.js';
import { nationalServiceById, serviceUseById } from './national-service/national-service.loaders.js';
import { organisationById } from './organisation/organisation.loaders.js';
import { lessonById, participationById, projectById, projectLinkById } from './project/project.loaders.js';
import { regionById } from './region/region.loaders.js';
import { projectSpecificationById, specificationById } from './specification/specification.loaders.js';

/** The by-id loader of every Node type, for `node(id)` / `nodes(ids)`. */
export const nodeLoaders: Record<string, (ctx: Context) => DataLoader<string, ViewRow | null>> = {
  Region: regionById,
  Organisation: organisationById,
  FundingProgramme: programmeById,
  FundingCall: callById,
  Grant: grantById,
  Project: projectById,
  Participation: participationById,
  ProjectLink: projectLinkById,
  LessonLearned: lessonById,
  NationalService: nationalServiceById,
  ServiceUse: serviceUseById,
  Specification: specificationById,
  ProjectSpecification: projectSpecificationById,
  Deliverable: deliverableById,
  Release: releaseById,
  File: fileById,
  Adoption: adoptionById,
};
