import type { Context } from '../../graphql/context.js';
import {
  byIdLoader,
  byKeyLoader,
  childrenLoader,
  pagedChildrenLoader,
  pagedListLoader,
} from '../../graphql/loaders.js';
import { embedMany, type ChildList } from '../../graphql/many-embeds.js';
import { NATIONAL_SERVICE, SERVICE_USE } from './national-service.queries.js';

export const nationalServiceById = (ctx: Context) => ctx.loaders.get('service.byId', byIdLoader(NATIONAL_SERVICE));
export const nationalServiceBySlug = (ctx: Context) =>
  ctx.loaders.get('service.bySlug', byKeyLoader(NATIONAL_SERVICE, 't.slug'));
export const serviceUseById = (ctx: Context) => ctx.loaders.get('serviceUse.byId', byIdLoader(SERVICE_USE));
export const servicesOfProvider = (ctx: Context) =>
  ctx.loaders.get('service.ofProvider', childrenLoader(NATIONAL_SERVICE, 't.provider_id', 't.slug'));
const USES_OF_PROJECT: ChildList = {
  spec: SERVICE_USE,
  parentColumn: 't.project_id',
  orderBy: 't.relation, t.id',
  filterSql: 't.relation = ?',
};
embedMany('Project', 'serviceUses', { list: USES_OF_PROJECT, paged: true, filterArg: 'relation' });
export const serviceUsesOfProject = (ctx: Context) =>
  ctx.loaders.get('serviceUse.ofProject', pagedListLoader(USES_OF_PROJECT));
const USES_OF_DELIVERABLE: ChildList = {
  spec: SERVICE_USE,
  parentColumn: 't.deliverable_id',
  orderBy: 't.relation, t.id',
  filterSql: 't.relation = ?',
};
embedMany('Deliverable', 'serviceUses', { list: USES_OF_DELIVERABLE, paged: true });
export const serviceUsesOfDeliverable = (ctx: Context) =>
  ctx.loaders.get('serviceUse.ofDeliverable', pagedListLoader(USES_OF_DELIVERABLE));
/** Who uses a service: projects first, then deliverables. */
export const usesOfService = (ctx: Context) =>
  ctx.loaders.get(
    'serviceUse.ofService',
    pagedChildrenLoader(SERVICE_USE, 't.service_id', '(t.project_id is null), t.relation, t.id', 't.relation = ?'),
  );
