import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import type { Logger } from '../logger.js';
import type { Context } from './context.js';
import { isDatabaseUnavailable } from './format-error.js';

/** Logs unexpected errors with the request id, and gives the client that id to quote. */
export function errorLogPlugin(log: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const e of errors) {
            const original = unwrapResolverError(e);
            if (original instanceof GraphQLError && original.extensions?.code) continue;
            const level = isDatabaseUnavailable(original) ? 'warn' : 'error';
            log[level](
              { err: original, path: e.path, requestId: contextValue?.requestId, operationName },
              'graphql error',
            );
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          for (const e of response.body.singleResult.errors ?? []) {
            if (e.extensions?.code === 'INTERNAL_SERVER_ERROR' || e.extensions?.code === 'UNAVAILABLE') {
              (e.extensions as Record<string, unknown>).requestId = contextValue?.requestId;
            }
          }
        },
      };
    },
  };
}
