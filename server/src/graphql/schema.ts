import 'reflect-metadata';
import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from '../modules/auth/auth.checker.js';
import { resolvers } from '../modules/resolvers.js';
import { installDirectResolvers } from './direct-resolvers.js';

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
  }
  return cached;
}

/** The sorted SDL committed as schema/schema.graphql. */
export async function printSortedSchema(): Promise<string> {
  const { printSchema } = await import('graphql');
  return printSchema(lexicographicSortSchema(await getSchema())) + '\n';
}
