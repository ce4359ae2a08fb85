import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.d.ts';

/**
 * `graphql()` typed from schema/schema.graphql (src/graphql-env.d.ts, made by
 * `npm run graphql:generate`). Fragments are not masked: components read the fields they were
 * handed, and `gql.tada check` still catches unknown fields.
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  disableMasking: true;
}>();

export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada';
