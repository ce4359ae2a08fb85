import type { Context } from '../../graphql/context.js';
import { byIdLoader, pagedListLoader } from '../../graphql/loaders.js';
import { embedMany, type ChildList } from '../../graphql/many-embeds.js';
import { ADOPTION, ADOPTION_ORDER } from './adoption.queries.js';

export const adoptionById = (ctx: Context) => ctx.loaders.get('adoption.byId', byIdLoader(ADOPTION));
/** Adopters of each deliverable, verified first; filter: verification level. */
const OF_DELIVERABLE: ChildList = {
  spec: ADOPTION,
  parentColumn: 't.deliverable_id',
  orderBy: ADOPTION_ORDER,
  filterSql: 't.verification = ?',
};
embedMany('Deliverable', 'adoptions', { list: OF_DELIVERABLE, paged: true, filterArg: 'verification' });
export const adoptionsOfDeliverable = (ctx: Context) =>
  ctx.loaders.get('adoption.ofDeliverable', pagedListLoader(OF_DELIVERABLE));
const OF_ORGANISATION: ChildList = {
  spec: ADOPTION,
  parentColumn: 't.organisation_id',
  orderBy: ADOPTION_ORDER,
  filterSql: 't.verification = ?',
};
embedMany('Organisation', 'adoptions', { list: OF_ORGANISATION, paged: true, filterArg: 'verification' });
export const adoptionsOfOrganisation = (ctx: Context) =>
  ctx.loaders.get('adoption.ofOrganisation', pagedListLoader(OF_ORGANISATION));
