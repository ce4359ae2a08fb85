import { ApolloServer } from '@apollo/server';
import {
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  getIntrospectionQuery,
  getNamedType,
  getOperationAST,
  parse,
  type DocumentNode,
  isAbstractType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForbiddenError } from '../src/graphql/errors.js';
import { makeFormatError } from '../src/graphql/format-error.js';
import { executionOptions, jitExecutor } from '../src/graphql/jit-executor.js';
import { getSchema } from '../src/graphql/schema.js';
import { createTestDatabase, type TestDatabase } from './db.js';
import { createExecutor } from './graphql.js';

/*
 * The compiled executor (graphql-jit) must answer exactly as graphql-js does. Every other server
 * test runs compiled; this one asks, for every query field that needs no argument, for every field
 * reachable from it without a required argument (four object levels deep, two items per list),
 * and compares both executors' answers, errors included. A value the compiled code reads as a
 * plain property where graphql-js would await it (a Promise behind a getter) shows up here.
 */

const DEPTH = 4;

function requiredArgs(f: GraphQLField<unknown, unknown>): boolean {
  return f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);
}

function argsOf(f: GraphQLField<unknown, unknown>): string {
  return f.args.some((a) => a.name === 'first') ? '(first: 2)' : '';
}

function selectionOf(schema: GraphQLSchema, type: GraphQLNamedType, depth: number): string {
  if (isAbstractType(type)) {
    const branches = schema
      .getPossibleTypes(type)
      .map((t) => `... on ${t.name} { ${leafFields(t)} }`)
      .join(' ');
    return `{ __typename ${branches} }`;
  }
  if (!isObjectType(type)) return '';
  const parts: string[] = [];
  for (const f of Object.values(type.getFields())) {
    if (requiredArgs(f)) continue;
    const named = getNamedType(f.type);
    if (isLeafType(named)) parts.push(`${f.name}${argsOf(f)}`);
    else if (depth > 1) {
      const sub = selectionOf(schema, named, depth - 1);
      if (sub) parts.push(`${f.name}${argsOf(f)} ${sub}`);
    }
  }
  return parts.length ? `{ ${parts.join(' ')} }` : '';
}

function leafFields(type: GraphQLNamedType): string {
  if (!isObjectType(type)) return '__typename';
  return Object.values(type.getFields())
    .filter((f) => !requiredArgs(f) && isLeafType(getNamedType(f.type)))
    .map((f) => f.name)
    .join(' ');
}

describe('compiled execution (graphql-jit) answers as graphql-js does', () => {
  let db: TestDatabase;
  let compiled: Awaited<ReturnType<typeof createExecutor>>;
  let interpreted: Awaited<ReturnType<typeof createExecutor>>;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    db = await createTestDatabase('jit_parity');
    compiled = await createExecutor(db.orm, { jit: true });
    interpreted = await createExecutor(db.orm, { jit: false });
    schema = await getSchema();
  });
  afterAll(async () => {
    await compiled?.stop();
    await interpreted?.stop();
    await db?.close();
  });

  it('for every field reachable without a required argument, in Finnish and Swedish', async () => {
    const roots = Object.values(schema.getQueryType()!.getFields()).filter((f) => !requiredArgs(f));
    expect(roots.map((f) => f.name)).toEqual(expect.arrayContaining(['projects', 'deliverables', 'organisations']));
    let compared = 0;
    for (const root of roots) {
      const named = getNamedType(root.type);
      const sub = isLeafType(named) ? '' : selectionOf(schema, named, DEPTH);
      const query = `{ ${root.name}${argsOf(root)} ${sub} }`;
      for (const acceptLanguage of ['fi', 'sv']) {
        const a = await compiled.execute(query, undefined, { acceptLanguage });
        const b = await interpreted.execute(query, undefined, { acceptLanguage });
        expect(a, `${root.name} (${acceptLanguage})`).toEqual(b);
        compared += JSON.stringify(a.data ?? null).length;
      }
    }
    // The reference data gave both something to answer.
    expect(compared).toBeGreaterThan(100_000);
  });

  it('for variables with defaults, fragments and directives; introspection stays with graphql-js', async () => {
    const introspection = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true });
    const a = await compiled.execute(introspection);
    expect(a.errors).toBeUndefined();
    expect(a).toEqual(await interpreted.execute(introspection));
    const q = `query($n: Int = 3, $deep: Boolean!) {
      projects(first: $n) { ...P totalCount pageInfo { hasNextPage endCursor } }
    }
    fragment P on ProjectConnection { nodes { slug @include(if: $deep) name { text lang } participants(first: $n) @skip(if: $deep) { totalCount } } }`;
    for (const deep of [true, false]) {
      const r = await compiled.execute(q, { deep });
      expect(r.errors).toBeUndefined();
      expect(r).toEqual(await interpreted.execute(q, { deep }));
    }
  });
});

describe('when an operation is compiled', () => {
  it('after compileAfter runs by graphql-js, once per parsed document, never for introspection', async () => {
    const schema = await getSchema();
    const compiledDocs: DocumentNode[] = [];
    const run = jitExecutor(schema, { compileAfter: 1, onCompile: (d) => compiledDocs.push(d) });
    const context = { lang: 'fi' };
    const request = (document: DocumentNode) =>
      run({
        document,
        operationName: null,
        operation: getOperationAST(document)!,
        request: { variables: {} },
        context,
      } as unknown as Parameters<typeof run>[0]);
    const typename = parse('{ __typename }');
    expect(await request(typename)).toEqual({ data: { __typename: 'Query' } });
    expect(compiledDocs).toEqual([]);
    expect(await request(typename)).toEqual({ data: { __typename: 'Query' } });
    expect(await request(typename)).toEqual({ data: { __typename: 'Query' } });
    expect(compiledDocs).toEqual([typename]);
    const introspection = parse('{ __schema { queryType { name } } }');
    for (let i = 0; i < 3; i++)
      expect(await request(introspection)).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    expect(compiledDocs).toEqual([typename]);
  });
});

describe('errors from compiled execution', () => {
  it('reach Apollo as graphql-js would send them: a lost database is UNAVAILABLE, codes and locations kept (where shown)', async () => {
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: {
          lost: {
            type: GraphQLString,
            resolve: () => {
              throw new Error('Connection terminated unexpectedly');
            },
          },
          bug: {
            type: GraphQLString,
            resolve: () => {
              throw new TypeError('x is undefined');
            },
          },
          refused: {
            type: GraphQLString,
            resolve: () => {
              throw new ForbiddenError('No.');
            },
          },
        },
      }),
    });
    for (const enabled of [true, false]) {
      const server = new ApolloServer({
        ...executionOptions(schema, { enabled, compileAfter: 0 }),
        formatError: makeFormatError(false),
      });
      await server.start();
      try {
        const res = await server.executeOperation({ query: '{ lost bug refused }' });
        const body = res.body.kind === 'single' ? res.body.singleResult : null;
        expect(body?.data, `jit ${enabled}`).toEqual({ lost: null, bug: null, refused: null });
        expect(
          body?.errors?.map((e) => [e.path?.join('.'), e.extensions?.code]),
          `jit ${enabled}`,
        ).toEqual([
          ['lost', 'UNAVAILABLE'],
          ['bug', 'INTERNAL_SERVER_ERROR'],
          ['refused', 'FORBIDDEN'],
        ]);
        expect(body?.errors?.[2].locations, `jit ${enabled}`).toEqual([{ line: 1, column: 12 }]);
      } finally {
        await server.stop();
      }
    }
  });
});
