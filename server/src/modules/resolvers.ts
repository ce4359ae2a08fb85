import type { NonEmptyArray } from 'type-graphql';
import { NodeResolver } from '../graphql/node.resolver.js';
import { OrganisationResolver, RegionMunicipalitiesResolver } from './organisation/organisation.resolver.js';
import { RegionResolver } from './region/region.resolver.js';

/** Every GraphQL resolver; nothing else registers them. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  NodeResolver,
  RegionResolver,
  OrganisationResolver,
  RegionMunicipalitiesResolver,
];
