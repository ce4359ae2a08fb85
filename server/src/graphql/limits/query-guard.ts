import type { GraphQLRequest, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import type { DocumentNode } from 'graphql';
import { QueryTooComplexError, type QueryLimit } from '../errors.js';
import { estimateCost, type CostOptions } from './cost.js';
import { documentStats } from './document-stats.js';

/** The limits an operation must keep (QUALITY.md "Security and abuse controls"). */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** Most nodes the operation may be estimated to return. */
  maxCost: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 15, maxAliases: 15, maxDirectives: 20, maxCost: 25_000 };

export interface QueryGuard {
  readonly limits: QueryLimits;
  /**
   * Checks the resolved operation against the limits and returns its cost; throws
   * QueryTooComplexError. Computed once per request, however many plugins ask.
   */
  check(rc: GraphQLRequestContextDidResolveOperation<object>): number;
  /** The cost of a request already checked (undefined before, or when a shape limit failed). */
  costOf(request: GraphQLRequest): number | undefined;
}

export function createQueryGuard(limits: QueryLimits = DEFAULT_QUERY_LIMITS, options?: CostOptions): QueryGuard {
  type Measured = { cost?: number; error?: () => QueryTooComplexError };
  const results = new WeakMap<GraphQLRequest, Measured>();
  // The same document with the same variables measures the same: kept per parsed document
  // (Apollo's document store hands out the same object for the same text), a few per document.
  const byDocument = new WeakMap<DocumentNode, Map<string, Measured>>();
  const tooMuch = (limit: QueryLimit, actual: number, max: number, what: string) => () =>
    new QueryTooComplexError(limit, actual, max, `The query has ${actual} ${what}; at most ${max} are allowed.`);

  const measure = (rc: GraphQLRequestContextDidResolveOperation<object>): Measured => {
    const operation = rc.operation;
    if (!operation) return { cost: 0 }; // no such operation: execution answers that
    const stats = documentStats(rc.document, operation);
    if (stats.depth > limits.maxDepth)
      return {
        error: tooMuch('depth', stats.depth, limits.maxDepth, 'levels of nesting (a connection adds two: edges, node)'),
      };
    if (stats.aliases > limits.maxAliases)
      return { error: tooMuch('aliases', stats.aliases, limits.maxAliases, 'aliases') };
    if (stats.directives > limits.maxDirectives)
      return { error: tooMuch('directives', stats.directives, limits.maxDirectives, 'directives') };
    const cost = estimateCost({
      schema: rc.schema,
      document: rc.document,
      operation,
      variables: rc.request.variables ?? {},
      options,
      stopAbove: limits.maxCost,
    });
    if (cost <= limits.maxCost) return { cost };
    const error = () =>
      new QueryTooComplexError(
        'cost',
        cost,
        limits.maxCost,
        `The query could return ${cost} nodes (estimated); at most ${limits.maxCost} are allowed. ` +
          'Ask for smaller pages (first) or fewer nested lists.',
      );
    return { cost, error };
  };

  const remembered = (rc: GraphQLRequestContextDidResolveOperation<object>): Measured => {
    const key = `${rc.operationName ?? ''}\u0000${JSON.stringify(rc.request.variables ?? {})}`;
    let seen = byDocument.get(rc.document);
    if (!seen) byDocument.set(rc.document, (seen = new Map()));
    let m = seen.get(key);
    if (!m) {
      if (seen.size >= 32) seen.clear();
      seen.set(key, (m = measure(rc)));
    }
    return m;
  };

  return {
    limits,
    check(rc) {
      let result = results.get(rc.request);
      if (!result) {
        result = remembered(rc);
        results.set(rc.request, result);
      }
      if (result.error) throw result.error();
      return result.cost!;
    },
    costOf: (request) => results.get(request)?.cost,
  };
}
