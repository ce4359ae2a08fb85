import type DataLoader from 'dataloader';
import type { Context } from '../graphql/context.js';
import type { ViewRow } from '../graphql/loaders.js';
import { organisationById } from './organisation/organisation.loaders.js';
import { regionById } from './region/region.loaders.js';

/** The by-id loader of every Node type, for `node(id)` / `nodes(ids)`. */
export const nodeLoaders: Record<string, (ctx: Context) => DataLoader<string, ViewRow | null>> = {
  Region: regionById,
  Organisation: organisationById,
};
