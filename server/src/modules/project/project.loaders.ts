import type { Context } from '../../graphql/context.js';
import { byIdLoader, byKeyLoader, listLoader, pagedChildrenLoader, pagedListLoader } from '../../graphql/loaders.js';
import { embedMany, type ChildList } from '../../graphql/many-embeds.js';
import { ORGANISATION } from '../organisation/organisation.queries.js';
import {
  LESSON,
  PARTICIPATION,
  PARTICIPATION_IN_PROJECT,
  PARTICIPATION_OF_ORGANISATION,
  PARTICIPATION_ORDER,
  PROJECT,
  PROJECT_LINK,
} from './project.queries.js';

export const projectById = (ctx: Context) => ctx.loaders.get('project.byId', byIdLoader(PROJECT));
export const projectBySlug = (ctx: Context) => ctx.loaders.get('project.bySlug', byKeyLoader(PROJECT, 't.slug'));
export const participationById = (ctx: Context) => ctx.loaders.get('participation.byId', byIdLoader(PARTICIPATION));
export const projectLinkById = (ctx: Context) => ctx.loaders.get('projectLink.byId', byIdLoader(PROJECT_LINK));
export const lessonById = (ctx: Context) => ctx.loaders.get('lesson.byId', byIdLoader(LESSON));

const PARTICIPANTS: ChildList = {
  spec: PARTICIPATION_IN_PROJECT,
  parentColumn: 't.project_id',
  orderBy: PARTICIPATION_ORDER,
  filterSql: 't.role = ?',
};
embedMany('Project', 'participants', { list: PARTICIPANTS, paged: true, filterArg: 'role' });

/** Participations of each project, a page per project; filter: role. */
export const participantsOfProject = (ctx: Context) =>
  ctx.loaders.get('participation.ofProject', pagedListLoader(PARTICIPANTS));

const PARTICIPATIONS: ChildList = {
  spec: PARTICIPATION_OF_ORGANISATION,
  parentColumn: 't.organisation_id',
  orderBy: '_p.sort_name, t.id',
  filterSql: 't.role = ?',
};
embedMany('Organisation', 'participations', { list: PARTICIPATIONS, paged: true, filterArg: 'role' });

/** Participations of each organisation, by project name; filter: role. */
export const participationsOfOrganisation = (ctx: Context) =>
  ctx.loaders.get('participation.ofOrganisation', pagedListLoader(PARTICIPATIONS));

const LEAD: ChildList = {
  spec: {
    ...ORGANISATION,
    from: `participation pa join organisation t on t.id = pa.organisation_id and pa.role = 'LEAD_APPLICANT'`,
  },
  parentColumn: 'pa.project_id',
  orderBy: 't.id',
};
embedMany('Project', 'leadOrganisation', { list: LEAD, paged: false });
/** The lead applicant of each project, in one statement. */
export const leadOfProject = (ctx: Context) => ctx.loaders.get('project.lead', listLoader(LEAD));

const LINKS_OUT: ChildList = { spec: PROJECT_LINK, parentColumn: 't.from_id', orderBy: 't.relation, t.id' };
const LINKS_IN: ChildList = { spec: PROJECT_LINK, parentColumn: 't.to_id', orderBy: 't.relation, t.id' };
const LESSONS: ChildList = { spec: LESSON, parentColumn: 't.project_id', orderBy: 't.category, t.id' };
embedMany('Project', 'linksOut', { list: LINKS_OUT, paged: false });
embedMany('Project', 'linksIn', { list: LINKS_IN, paged: false });
embedMany('Project', 'lessons', { list: LESSONS, paged: false });
export const linksFromProject = (ctx: Context) => ctx.loaders.get('projectLink.from', listLoader(LINKS_OUT));
export const linksToProject = (ctx: Context) => ctx.loaders.get('projectLink.to', listLoader(LINKS_IN));
export const lessonsOfProject = (ctx: Context) => ctx.loaders.get('lesson.ofProject', listLoader(LESSONS));

/** Projects of each region (a participating municipality lies in it), by name. */
export const projectsOfRegion = (ctx: Context) =>
  ctx.loaders.get(
    'project.ofRegion',
    pagedChildrenLoader(
      {
        ...PROJECT,
        from: `region rg join project t on exists (select 1 from participation p join organisation o on o.id = p.organisation_id
          where p.project_id = t.id and o.region_id = rg.id)`,
      },
      'rg.id',
      't.sort_name, t.id',
    ),
  );

/** Projects funded in each call, by name. */
export const projectsOfCall = (ctx: Context) =>
  ctx.loaders.get(
    'project.ofCall',
    pagedChildrenLoader(
      { ...PROJECT, from: '"grant" g join project t on t.id = g.project_id' },
      'g.call_id',
      't.sort_name, t.id',
    ),
  );
