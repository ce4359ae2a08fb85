import { ApolloServer, HeaderMap } from '@apollo/server';
import type { GatewayGraphQLRequestContext, GatewayInterface } from '@apollo/server-gateway-interface';
import { buildSchema, execute } from 'graphql';
import { describe, expect, it } from 'vitest';

// patches/@apollo+server+*.patch (applied by `npm install`, postinstall): Apollo Server hands a
// gateway executor (our compiled execution, jit-executor.ts) a response head whose `status` was
// an accessor pair in an object literal, new closures per request. V8 then made a hidden class
// per request and kept each request's objects alive through young-generation collections
// (--trace-gc-nvp: 16 % of what a request allocated survived a scavenge, 1 % patched; W3 CPU per
// request -25 %). The patch puts the accessors on a class's prototype; the behaviour is the same.

describe('the patched gateway request context', () => {
  it('keeps status as an accessor on a shared prototype that still sets the HTTP status', async () => {
    const schema = buildSchema('type Query { a: Int }');
    const heads: object[] = [];
    let listener: ((s: { apiSchema: typeof schema; coreSupergraphSdl: string }) => void) | undefined;
    const gateway: GatewayInterface = {
      onSchemaLoadOrUpdate(callback) {
        listener = callback;
        return () => undefined;
      },
      async load() {
        listener?.({ apiSchema: schema, coreSupergraphSdl: '' });
        return {
          executor: async (rc: GatewayGraphQLRequestContext) => {
            heads.push(rc.response!.http!);
            rc.response!.http!.status = 299;
            return execute({ schema, document: rc.document, rootValue: { a: 1 } });
          },
        };
      },
      async stop() {},
    };
    const apollo = new ApolloServer({ gateway });
    await apollo.start();
    try {
      for (let i = 0; i < 2; i++) {
        const headers = new HeaderMap([['content-type', 'application/json']]);
        const res = await apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: 'POST', headers, search: '', body: { query: '{ a }' } },
          context: async () => ({}),
        });
        expect(res.status).toBe(299);
        expect(res.body.kind === 'complete' && JSON.parse(res.body.string)).toEqual({ data: { a: 1 } });
      }
      expect(heads).toHaveLength(2);
      for (const head of heads) expect(Object.getOwnPropertyDescriptor(head, 'status')).toBeUndefined();
      expect(Object.getPrototypeOf(heads[0])).toBe(Object.getPrototypeOf(heads[1]));
      expect(Object.getPrototypeOf(heads[0])).not.toBe(Object.prototype);
    } finally {
      await apollo.stop();
    }
  });
});
