import type { Context } from '../../graphql/context.js';
import { byIdLoader, byKeyLoader, childrenLoader, listLoader, pagedChildrenLoader } from '../../graphql/loaders.js';
import { embedMany, type ChildList } from '../../graphql/many-embeds.js';
import { PROJECT_SPECIFICATION, SPECIFICATION } from './specification.queries.js';

export const specificationById = (ctx: Context) => ctx.loaders.get('specification.byId', byIdLoader(SPECIFICATION));
export const specificationBySlug = (ctx: Context) =>
  ctx.loaders.get('specification.bySlug', byKeyLoader(SPECIFICATION, 't.slug'));
export const projectSpecificationById = (ctx: Context) =>
  ctx.loaders.get('projectSpecification.byId', byIdLoader(PROJECT_SPECIFICATION));
export const specificationsOfOwner = (ctx: Context) =>
  ctx.loaders.get('specification.ofOwner', childrenLoader(SPECIFICATION, 't.owner_id', 't.slug'));
const SPECIFICATIONS_OF_PROJECT: ChildList = {
  spec: PROJECT_SPECIFICATION,
  parentColumn: 't.project_id',
  orderBy: 't.relation, t.id',
};
embedMany('Project', 'specifications', { list: SPECIFICATIONS_OF_PROJECT, paged: false });
export const specificationsOfProject = (ctx: Context) =>
  ctx.loaders.get('projectSpecification.ofProject', listLoader(SPECIFICATIONS_OF_PROJECT));
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
