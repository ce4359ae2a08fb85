import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLFormattedError } from 'graphql';
import { createContext, type Context } from '../src/graphql/context.js';
import { makeFormatError } from '../src/graphql/format-error.js';
import { getSchema } from '../src/graphql/schema.js';

export interface Result<T = Record<string, unknown>> {
  data?: T | null;
  errors?: readonly GraphQLFormattedError[];
}

/** Runs operations through the full schema with a real per-request context, as the server does. */
export async function createExecutor(orm: MikroORM) {
  const server = new ApolloServer<Context>({
    schema: await getSchema(),
    formatError: makeFormatError(false),
    plugins: [ApolloServerPluginCacheControlDisabled()],
  });
  await server.start();
  return {
    async execute<T = Record<string, any>>(
      query: string,
      variables?: Record<string, unknown>,
      opts: { acceptLanguage?: string } = {},
    ): Promise<Result<T>> {
      const res = await server.executeOperation(
        { query, variables },
        { contextValue: createContext(orm, { acceptLanguage: opts.acceptLanguage }) },
      );
      if (res.body.kind !== 'single') throw new Error('unexpected incremental result');
      return res.body.singleResult as Result<T>;
    },
    stop: () => server.stop(),
  };
}

/** The error codes of a result, in order. */
export const codes = (r: Result) => (r.errors ?? []).map((e) => e.extensions?.code);
