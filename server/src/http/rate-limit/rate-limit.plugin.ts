import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation, GraphQLResponse } from '@apollo/server';
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
 * Per-principal rate limit: each resolved operation takes the points of its estimated cost from
 * the caller's bucket before it runs; when they do not fit, HTTP 429 THROTTLED with Retry-After.
 * Once it has run, the points of the nodes it did not return are given back, so a caller pays
 * for what it got (a project page asking for 100 participants of a project with 17 pays for
 * 17), as Shopify's API does; the estimate alone still decides whether it may run, and an
 * answer with errors keeps it all. Every response carries x-ratelimit-limit / -remaining /
 * -reset (requests that never resolve an operation only look at the bucket). When the store
 * fails, the request goes through without headers.
 */
export function rateLimitPlugin(options: RateLimitPluginOptions): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const principal = principalOf(contextValue as Context & ClientAddress);
      let state: BucketState | null | undefined;
      let taken = 0;
      return {
        async didResolveOperation(rc) {
          const points = pointsFor(options.cost(rc));
          state = await options.store.take(principal, points);
          if (state && !state.allowed) throw new ThrottledError(state.retryAfterSeconds, headersOf(state));
          if (state) taken = points;
        },
        async willSendResponse({ response }) {
          if (state === undefined) state = await options.store.take(principal, 0);
          if (!state) return;
          const actual = actualOf(response);
          const unused = actual === null ? 0 : taken - pointsFor(actual);
          if (unused > 0) state = (await options.store.take(principal, -unused)) ?? state;
          for (const [name, value] of headersOf(state)) response.http.headers.set(name, value);
        },
      };
    },
  };
}

/**
 * The nodes the response returned (extensions.cost.actual, query-limits.plugin.ts), or null when
 * nothing is given back: an answer with errors pays its estimate, or a failing field (one that
 * nulls `data`) would let the rest of the operation's work go almost free.
 */
function actualOf(response: GraphQLResponse): number | null {
  if (response.body.kind !== 'single' || response.body.singleResult.errors?.length) return null;
  const cost = response.body.singleResult.extensions?.cost as { actual?: unknown } | undefined;
  return typeof cost?.actual === 'number' ? cost.actual : null;
}

function headersOf(s: BucketState): Map<string, string> {
  return new Map([
    ['x-ratelimit-limit', String(s.limit)],
    ['x-ratelimit-remaining', String(s.remaining)],
    ['x-ratelimit-reset', String(s.resetAt)],
  ]);
}
