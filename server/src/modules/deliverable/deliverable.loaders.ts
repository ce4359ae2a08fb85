import type { Context } from '../../graphql/context.js';
import { byIdLoader, childrenLoader, listLoader, pagedChildrenLoader, pagedListLoader } from '../../graphql/loaders.js';
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
  linkOnly: { from: 'deliverable_project dp', id: 'dp.deliverable_id' },
};
embedMany('Project', 'deliverables', { list: OF_PROJECT, paged: true, filterArg: 'kind' });

/** Deliverables of each project, newest first; filter: kind. */
export const deliverablesOfProject = (ctx: Context) =>
  ctx.loaders.get('deliverable.ofProject', pagedListLoader(OF_PROJECT));
const OF_PUBLISHER: ChildList = {
  spec: DELIVERABLE,
  parentColumn: 't.publisher_id',
  orderBy: newestFirst,
  filterSql: 't.kind = ?',
};
embedMany('Organisation', 'publishedDeliverables', { list: OF_PUBLISHER, paged: true, filterArg: 'kind' });
export const deliverablesOfPublisher = (ctx: Context) =>
  ctx.loaders.get('deliverable.ofPublisher', pagedListLoader(OF_PUBLISHER));
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
const PROJECTS_OF: ChildList = {
  spec: { ...PROJECT, from: 'deliverable_project dp join project t on t.id = dp.project_id' },
  parentColumn: 'dp.deliverable_id',
  orderBy: 't.sort_name, t.id',
};
embedMany('Deliverable', 'projects', { list: PROJECTS_OF, paged: false });
export const projectsOfDeliverable = (ctx: Context) =>
  ctx.loaders.get('project.ofDeliverable', listLoader(PROJECTS_OF));
const RELEASES_OF: ChildList = {
  spec: RELEASE,
  parentColumn: 't.deliverable_id',
  orderBy: `coalesce(t.released_at, '0001-01-01'::date) desc, t.id`,
};
embedMany('Deliverable', 'releases', { list: RELEASES_OF, paged: false });
export const releasesOfDeliverable = (ctx: Context) =>
  ctx.loaders.get('release.ofDeliverable', listLoader(RELEASES_OF));
export const filesOfRelease = (ctx: Context) =>
  ctx.loaders.get('file.ofRelease', childrenLoader(FILE, 't.release_id', 't.filename, t.id'));
