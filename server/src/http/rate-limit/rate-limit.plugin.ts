import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import type { Context } from '../../graphql/context.js';
import { ThrottledError } from '../../graphql/errors.js';
import type { BucketState, RateLimitStore } from './bucket.js';
import { principalOf, type ClientAddress } from './principal.js';

export interface RateLimitPluginOptions {
  store: RateLimitStore;
  /** The operation's cost in nodes (throws when the operation is over a query limit: nothing is taken). */
  cost(rc: GraphQLRequestContextDidResolveOperation<Context>): number;
}

/** Points an operation takes: its cost / 100, rounded up, at least 1. */
export function pointsFor(cost: number): number {
  return Math.max(1, Math.ceil(cost / 100));
}

/**
 * Per-principal rate limit: each resolved operation takes its points from the caller's bucket
 * before it runs; when they do not fit, HTTP 429 THROTTLED with Retry-After. Every response
 * carries x-ratelimit-limit / -remaining / -reset (requests that never resolve an operation only
 * look at the bucket). When the store fails, the request goes through without headers.
 */
export function rateLimitPlugin(options: RateLimitPluginOptions): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const principal = principalOf(contextValue as Context & ClientAddress);
      let state: BucketState | null | undefined;
      return {
        async didResolveOperation(rc) {
          const points = pointsFor(options.cost(rc));
          state = await options.store.take(principal, points);
          if (state && !state.allowed) throw new ThrottledError(state.retryAfterSeconds, headersOf(state));
        },
        async willSendResponse({ response }) {
          if (state === undefined) state = await options.store.take(principal, 0);
          if (!state) return;
          for (const [name, value] of headersOf(state)) response.http.headers.set(name, value);
        },
      };
    },
  };
}

function headersOf(s: BucketState): Map<string, string> {
  return new Map([
    ['x-ratelimit-limit', String(s.limit)],
    ['x-ratelimit-remaining', String(s.remaining)],
    ['x-ratelimit-reset', String(s.resetAt)],
  ]);
}
