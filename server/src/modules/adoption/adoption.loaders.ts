import type { Context } from '../../graphql/context.js';
import { byIdLoader, pagedChildrenLoader } from '../../graphql/loaders.js';
import { ADOPTION, ADOPTION_ORDER } from './adoption.queries.js';

export const adoptionById = (ctx: Context) => ctx.loaders.get('adoption.byId', byIdLoader(ADOPTION));
/** Adopters of each deliverable, verified first; filter: verification level. */
export const adoptionsOfDeliverable = (ctx: Context) =>
  ctx.loaders.get(
    'adoption.ofDeliverable',
    pagedChildrenLoader(ADOPTION, 't.deliverable_id', ADOPTION_ORDER, 't.verification = ?'),
  );
export const adoptionsOfOrganisation = (ctx: Context) =>
  ctx.loaders.get(
    'adoption.ofOrganisation',
    pagedChildrenLoader(ADOPTION, 't.organisation_id', ADOPTION_ORDER, 't.verification = ?'),
  );
