import 'reflect-metadata';
import { isAbstractType, lexicographicSortSchema, type GraphQLSchema, type GraphQLTypeResolver } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from '../modules/auth/auth.checker.js';
import { resolvers } from '../modules/resolvers.js';
import { installDirectResolvers } from './direct-resolvers.js';
import { installLazyResolvers } from './lazy-fields.js';

let cached: GraphQLSchema | undefined;

/** Builds the GraphQL schema once per process (type-graphql metadata is global). */
export async function getSchema(): Promise<GraphQLSchema> {
  if (!cached) {
    cached = await buildSchema({
      resolvers,
      validate: false,
      authChecker,
      authMode: 'error',
      emitSchemaFile: false,
    });
    installDirectResolvers(cached, resolvers);
    installLazyResolvers(cached);
    synchronousTypeResolvers(cached);
  }
  return cached;
}

/**
 * type-graphql wraps every `resolveType` in an async function; graphql-jit (jit-executor.ts)
 * needs the type at once. Every view row carries its `__typename` (loaders.ts), which is what the
 * schema's only abstract type, `Node`, resolves by.
 */
function synchronousTypeResolvers(schema: GraphQLSchema): void {
  const byTypename: GraphQLTypeResolver<unknown, unknown> = (value) =>
    (value as { __typename?: string } | null)?.__typename;
  for (const type of Object.values(schema.getTypeMap())) if (isAbstractType(type)) type.resolveType = byTypename;
}

/** The sorted SDL committed as schema/schema.graphql. */
export async function printSortedSchema(): Promise<string> {
  const { printSchema } = await import('graphql');
  return printSchema(lexicographicSortSchema(await getSchema())) + '\n';
}
