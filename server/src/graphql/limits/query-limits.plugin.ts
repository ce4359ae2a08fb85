import type { ApolloServerPlugin } from '@apollo/server';
import type { QueryGuard } from './query-guard.js';

/**
 * Rejects operations over the depth, alias, directive and cost limits before they run (HTTP 400
 * QUERY_TOO_COMPLEX), and reports the cost in `extensions.cost` of every response to a resolved
 * operation: `{ requested, limit }`.
 */
export function queryLimitsPlugin(guard: QueryGuard): ApolloServerPlugin<object> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(rc) {
          guard.check(rc);
        },
        async willSendResponse({ request, response }) {
          const requested = guard.costOf(request);
          if (requested === undefined || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost: { requested, limit: guard.limits.maxCost } };
        },
      };
    },
  };
}
