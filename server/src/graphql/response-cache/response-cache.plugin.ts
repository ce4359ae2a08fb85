import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';
import { ResponseCache } from './response-cache.js';

/**
 * Serves anonymous queries from the response cache (after parsing, validation and the query
 * limits, so a cached answer is never a way around them) and stores successful answers.
 * `x-cache: hit|miss` tells which; signed-in callers and mutations always go through.
 */
export function responseCachePlugin(cache: ResponseCache): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      if (!cache.enabled) return;
      let key: string | null = null;
      let generation = 0;
      return {
        async responseForOperation(rc) {
          if (rc.contextValue.viewer || rc.operation?.operation !== 'query' || !rc.source) return null;
          generation = cache.generation();
          key = ResponseCache.key({
            query: rc.source,
            operationName: rc.operationName,
            variables: rc.request.variables,
            lang: rc.contextValue.lang,
          });
          const hit = cache.get(key);
          rc.response.http.headers.set('x-cache', hit ? 'hit' : 'miss');
          if (!hit) return null;
          cache.answered(rc.contextValue.responseCacheKey, key);
          key = null;
          return { http: rc.response.http, body: { kind: 'single', singleResult: hit } };
        },
        async willSendResponse(rc) {
          if (!key || rc.response.body.kind !== 'single') return;
          const result = rc.response.body.singleResult;
          if (result.errors?.length) return;
          cache.set(key, generation, result);
          cache.answered(rc.contextValue.responseCacheKey, key);
        },
      };
    },
  };
}
