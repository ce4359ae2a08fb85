import type { Context } from '../../graphql/context.js';
import { byIdLoader, byKeyLoader, childrenLoader, listLoader, pagedChildrenLoader } from '../../graphql/loaders.js';
import { embedMany, type ChildList } from '../../graphql/many-embeds.js';
import { CALL, GRANT, PROGRAMME } from './funding.queries.js';

export const programmeById = (ctx: Context) => ctx.loaders.get('programme.byId', byIdLoader(PROGRAMME));
export const callById = (ctx: Context) => ctx.loaders.get('call.byId', byIdLoader(CALL));
export const callByYear = (ctx: Context) => ctx.loaders.get('call.byYear', byKeyLoader(CALL, 't.year', 'int'));
export const grantById = (ctx: Context) => ctx.loaders.get('grant.byId', byIdLoader(GRANT));
export const callsOfProgramme = (ctx: Context) =>
  ctx.loaders.get('call.ofProgramme', childrenLoader(CALL, 't.programme_id', 't.year'));
const GRANTS_OF_PROJECT: ChildList = { spec: GRANT, parentColumn: 't.project_id', orderBy: 't.call_id, t.ordinal' };
embedMany('Project', 'grants', { list: GRANTS_OF_PROJECT, paged: false });
export const grantsOfProject = (ctx: Context) => ctx.loaders.get('grant.ofProject', listLoader(GRANTS_OF_PROJECT));
export const grantsOfLead = (ctx: Context) =>
  ctx.loaders.get('grant.ofLead', childrenLoader(GRANT, 't.lead_applicant_id', 't.call_id, t.ordinal'));
export const grantsOfCall = (ctx: Context) =>
  ctx.loaders.get('grant.ofCall', pagedChildrenLoader(GRANT, 't.call_id', 't.ordinal, t.id'));
