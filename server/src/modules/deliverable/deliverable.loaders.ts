import type { Context } from '../../graphql/context.js';
import { byIdLoader, childrenLoader, pagedChildrenLoader, pagedListLoader } from '../../graphql/loaders.js';
import { embedMany, type ChildList } from '../../graphql/many-embeds.js';
import { PROJECT } from '../project/project.queries.js';
import { DELIVERABLE, FILE, RECENT_ORDER, RELEASE } from './deliverable.queries.js';

const newestFirst = `${RECENT_ORDER} desc, t.id`;

export const deliverableById = (ctx: Context) => ctx.loaders.get('deliverable.byId', byIdLoader(DELIVERABLE));
export const releaseById = (ctx: Context) => ctx.loaders.get('release.byId', byIdLoader(RELEASE));
export const fileById = (ctx: Context) => ctx.loaders.get('file.byId', byIdLoader(FILE));

const OF_PROJECT: ChildList = {
  spec: { ...DELIVERABLE, from: 'deliverable_project dp join deliverable t on t.id = dp.deliverable_id' },
  parentColumn: 'dp.project_id',
  // The same order as newestFirst, from the link's copy of the date (an index: migration 20261128100000).
  orderBy: 'dp.published_sort desc, dp.deliverable_id',
  filterSql: 't.kind = ?',
};
embedMany('Project', 'deliverables', { list: OF_PROJECT, paged: true, filterArg: 'kind' });

/** Deliverables of each project, newest first; filter: kind. */
export const deliverablesOfProject = (ctx: Context) =>
  ctx.loaders.get('deliverable.ofProject', pagedListLoader(OF_PROJECT));
export const deliverablesOfPublisher = (ctx: Context) =>
  ctx.loaders.get(
    'deliverable.ofPublisher',
    pagedChildrenLoader(DELIVERABLE, 't.publisher_id', newestFirst, 't.kind = ?'),
  );
export const derivativesOfDeliverable = (ctx: Context) =>
  ctx.loaders.get('deliverable.derivatives', pagedChildrenLoader(DELIVERABLE, 't.derived_from_id', newestFirst));
export const conformingDeliverables = (ctx: Context) =>
  ctx.loaders.get(
    'deliverable.ofSpecification',
    pagedChildrenLoader(
      { ...DELIVERABLE, from: 'conformance c join deliverable t on t.id = c.deliverable_id' },
      'c.specification_id',
      newestFirst,
      't.kind = ?',
    ),
  );
export const projectsOfDeliverable = (ctx: Context) =>
  ctx.loaders.get(
    'project.ofDeliverable',
    childrenLoader(
      { ...PROJECT, from: 'deliverable_project dp join project t on t.id = dp.project_id' },
      'dp.deliverable_id',
      't.sort_name, t.id',
    ),
  );
export const releasesOfDeliverable = (ctx: Context) =>
  ctx.loaders.get(
    'release.ofDeliverable',
    childrenLoader(RELEASE, 't.deliverable_id', `coalesce(t.released_at, '0001-01-01'::date) desc, t.id`),
  );
export const filesOfRelease = (ctx: Context) =>
  ctx.loaders.get('file.ofRelease', childrenLoader(FILE, 't.release_id', 't.filename, t.id'));
