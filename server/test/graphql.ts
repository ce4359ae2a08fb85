import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { createRequestContext, type Context } from '../src/graphql/context.js';
import { ApiKeyCache } from '../src/modules/auth/api-key-cache.js';
import { makeFormatError } from '../src/graphql/format-error.js';
import { getSchema } from '../src/graphql/schema.js';
import { executionOptions } from '../src/graphql/jit-executor.js';
import { setStrictColumns } from '../src/graphql/columns.js';
import { selectionPlugin } from '../src/graphql/selection.js';

export interface Result<T = Record<string, unknown>> {
  data?: T | null;
  errors?: readonly GraphQLFormattedError[];
}

/** The session cookie as a browser would keep it (set by signUp/signIn, cleared by signOut). */
export interface CookieJar {
  token?: string;
  expires?: Date;
}

/** Runs operations through the full schema with a real per-request context, as the server does. */
export async function createExecutor(orm: MikroORM, options: { pruning?: boolean; jit?: boolean } = {}) {
  const server = new ApolloServer<Context>({
    // Compiled at once (graphql-jit), as the server runs every operation it sees twice;
    // TEST_GRAPHQL_JIT=false runs the suite on graphql-js's interpreter instead.
    ...executionOptions(await getSchema(), {
      enabled: options.jit ?? process.env.TEST_GRAPHQL_JIT !== 'false',
      compileAfter: 0,
    }),
    formatError: makeFormatError(false),
    // Column pruning as in the server; a resolver reading a column its field did not declare throws.
    plugins: [ApolloServerPluginCacheControlDisabled(), ...(options.pruning === false ? [] : [selectionPlugin()])],
  });
  setStrictColumns(true);
  await server.start();
  // As in the app: keys checked once are trusted for a minute, dropped when revoked.
  const apiKeys = new ApiKeyCache();
  return {
    apiKeys,
    async execute<T = Record<string, any>>(
      query: string,
      variables?: Record<string, unknown>,
      opts: {
        acceptLanguage?: string;
        sessionToken?: string;
        apiKey?: string;
        authorization?: string;
        jar?: CookieJar;
      } = {},
    ): Promise<Result<T>> {
      const jar = opts.jar;
      let contextValue: Context;
      try {
        contextValue = await createRequestContext(
          orm,
          {
            sessionToken: opts.sessionToken ?? jar?.token,
            authorization: opts.authorization ?? (opts.apiKey ? `Bearer ${opts.apiKey}` : undefined),
          },
          {
            acceptLanguage: opts.acceptLanguage,
            cookie: jar
              ? {
                  set: (token, expires) => Object.assign(jar, { token, expires }),
                  clear: () => Object.assign(jar, { token: undefined, expires: undefined }),
                }
              : undefined,
            apiKeys,
          },
        );
      } catch (e) {
        // Over HTTP Apollo answers a failed context with the error (401 for a bad API key).
        if (e instanceof GraphQLError)
          return { data: null, errors: [{ message: e.message, extensions: e.extensions }] };
        throw e;
      }
      const res = await server.executeOperation({ query, variables }, { contextValue });
      if (res.body.kind !== 'single') throw new Error('unexpected incremental result');
      return res.body.singleResult as Result<T>;
    },
    stop: async () => {
      apiKeys.close();
      await server.stop();
    },
  };
}

/** The error codes of a result, in order. */
export const codes = (r: Result) => (r.errors ?? []).map((e) => e.extensions?.code);
