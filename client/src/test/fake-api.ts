import {
  buildSchema,
  graphql,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLFieldResolver,
  type GraphQLOutputType,
} from 'graphql';
import { vi } from 'vitest';

import schemaSource from '../../../schema/schema.graphql?raw';

/** The API's contract, schema/schema.graphql. */
export const schema = buildSchema(schemaSource);

const SCALARS: Record<string, unknown> = { String: '', ID: 'mock', Int: 0, Float: 0, Boolean: false, JSON: null };

/** A value for a field the fake's data leaves out: null, [], the first enum value, or a bare object. */
function mock(type: GraphQLOutputType, nonNull = false): unknown {
  if (isNonNullType(type)) return mock(type.ofType, true);
  if (!nonNull) return null;
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isScalarType(type)) return SCALARS[type.name] ?? '';
  if (isObjectType(type)) return {};
  return null;
}

/** Reads `source[field]` (calling it with the arguments when it is a function), else a mock value. */
const fieldResolver: GraphQLFieldResolver<unknown, unknown> = (source, args, _context, info) => {
  const value = (source as Record<string, unknown> | null)?.[info.fieldName];
  if (typeof value === 'function') return (value as (a: unknown) => unknown)(args);
  return value === undefined ? mock(info.returnType) : value;
};

/**
 * Stubs `fetch` with the real schema executed over `root` (one object for Query and Mutation
 * fields): what the client sends is validated and answered like the API would, with every
 * `__typename`. The spy's `operations` lists the operation names in the order they arrived.
 */
export function stubApi(root: Record<string, unknown>) {
  const operations: string[] = [];
  const fetch = vi.fn(async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as {
      query: string;
      variables?: Record<string, unknown>;
      operationName?: string;
    };
    operations.push(body.operationName ?? '');
    const result = await graphql({
      schema,
      source: body.query,
      rootValue: root,
      variableValues: body.variables,
      fieldResolver,
    });
    return Response.json(result);
  });
  vi.stubGlobal('fetch', fetch);
  return { fetch, operations };
}
