import type { ApolloServerPlugin } from '@apollo/server';
import { actualCost } from './actual-cost.js';
import type { QueryGuard } from './query-guard.js';

/**
 * Rejects operations over the depth, alias, directive and cost limits before they run (HTTP 400
 * QUERY_TOO_COMPLEX), and reports the cost in `extensions.cost` of every response to a resolved
 * operation: `{ requested, actual, limit }` — the nodes the query could return (estimated
 * before it ran, and checked against the limit) and the nodes it did return. The rate limit
 * charges the actual ones (rate-limit.plugin.ts reads them here: this hook runs first and
 * synchronously).
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
          const actual = actualCost(result.data);
          result.extensions = { ...result.extensions, cost: { requested, actual, limit: guard.limits.maxCost } };
        },
      };
    },
  };
}
