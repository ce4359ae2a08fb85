import type { Context } from '../../graphql/context.js';
import { byIdLoader, byKeyLoader, childrenLoader, pagedChildrenLoader } from '../../graphql/loaders.js';
import { PROJECT_SPECIFICATION, SPECIFICATION } from './specification.queries.js';

export const specificationById = (ctx: Context) => ctx.loaders.get('specification.byId', byIdLoader(SPECIFICATION));
export const specificationBySlug = (ctx: Context) =>
  ctx.loaders.get('specification.bySlug', byKeyLoader(SPECIFICATION, 't.slug'));
export const projectSpecificationById = (ctx: Context) =>
  ctx.loaders.get('projectSpecification.byId', byIdLoader(PROJECT_SPECIFICATION));
export const specificationsOfOwner = (ctx: Context) =>
  ctx.loaders.get('specification.ofOwner', childrenLoader(SPECIFICATION, 't.owner_id', 't.slug'));
export const specificationsOfProject = (ctx: Context) =>
  ctx.loaders.get(
    'projectSpecification.ofProject',
    childrenLoader(PROJECT_SPECIFICATION, 't.project_id', 't.relation, t.id'),
  );
export const projectsOfSpecification = (ctx: Context) =>
  ctx.loaders.get(
    'projectSpecification.ofSpecification',
    pagedChildrenLoader(PROJECT_SPECIFICATION, 't.specification_id', 't.relation, t.id', 't.relation = ?'),
  );
/** Specifications a deliverable conforms to. */
export const conformsToOfDeliverable = (ctx: Context) =>
  ctx.loaders.get(
    'specification.ofDeliverable',
    childrenLoader(
      { ...SPECIFICATION, from: 'conformance c join specification t on t.id = c.specification_id' },
      'c.deliverable_id',
      't.slug',
    ),
  );
