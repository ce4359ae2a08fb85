import type { Context } from '../../graphql/context.js';
import { byIdLoader, byKeyLoader } from '../../graphql/loaders.js';
import { REGION } from './region.queries.js';

export const regionById = (ctx: Context) => ctx.loaders.get('region.byId', byIdLoader(REGION));
export const regionByCode = (ctx: Context) => ctx.loaders.get('region.byCode', byKeyLoader(REGION, 't.code'));
