import type { Context } from '../../graphql/context.js';
import { byIdLoader, byKeyLoader, pagedChildrenLoader } from '../../graphql/loaders.js';
import { ORGANISATION, ORGANISATION_ORDER } from './organisation.queries.js';

export const organisationById = (ctx: Context) => ctx.loaders.get('organisation.byId', byIdLoader(ORGANISATION));
export const municipalityByCode = (ctx: Context) =>
  ctx.loaders.get('organisation.byCode', byKeyLoader(ORGANISATION, 't.municipality_code'));
/** Municipalities of each region, a page per region. */
export const municipalitiesOfRegion = (ctx: Context) =>
  ctx.loaders.get(
    'organisation.ofRegion',
    pagedChildrenLoader(
      { ...ORGANISATION, from: `organisation t` },
      't.region_id',
      `${ORGANISATION_ORDER}, t.id`,
      `t.kind = ?`,
    ),
  );
