import type { Context } from '../../graphql/context.js';
import { byIdLoader, byKeyLoader, childrenLoader, pagedChildrenLoader } from '../../graphql/loaders.js';
import { NATIONAL_SERVICE, SERVICE_USE } from './national-service.queries.js';

export const nationalServiceById = (ctx: Context) => ctx.loaders.get('service.byId', byIdLoader(NATIONAL_SERVICE));
export const nationalServiceBySlug = (ctx: Context) =>
  ctx.loaders.get('service.bySlug', byKeyLoader(NATIONAL_SERVICE, 't.slug'));
export const serviceUseById = (ctx: Context) => ctx.loaders.get('serviceUse.byId', byIdLoader(SERVICE_USE));
export const servicesOfProvider = (ctx: Context) =>
  ctx.loaders.get('service.ofProvider', childrenLoader(NATIONAL_SERVICE, 't.provider_id', 't.slug'));
export const serviceUsesOfProject = (ctx: Context) =>
  ctx.loaders.get(
    'serviceUse.ofProject',
    pagedChildrenLoader(SERVICE_USE, 't.project_id', 't.relation, t.id', 't.relation = ?'),
  );
export const serviceUsesOfDeliverable = (ctx: Context) =>
  ctx.loaders.get(
    'serviceUse.ofDeliverable',
    pagedChildrenLoader(SERVICE_USE, 't.deliverable_id', 't.relation, t.id', 't.relation = ?'),
  );
/** Who uses a service: projects first, then deliverables. */
export const usesOfService = (ctx: Context) =>
  ctx.loaders.get(
    'serviceUse.ofService',
    pagedChildrenLoader(SERVICE_USE, 't.service_id', '(t.project_id is null), t.relation, t.id', 't.relation = ?'),
  );
