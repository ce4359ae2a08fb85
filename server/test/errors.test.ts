import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/graphql/global-id.js';
import { createTestDatabase, type TestDatabase } from './db.js';
import { codes, createExecutor } from './graphql.js';

let db: TestDatabase;
let gql: Awaited<ReturnType<typeof createExecutor>>;

beforeAll(async () => {
  db = await createTestDatabase('errors');
  gql = await createExecutor(db.orm);
});
afterAll(async () => {
  await gql?.stop();
  await db?.close();
});

/** The first error's code and the argument it names. */
async function errorOf(query: string, variables?: Record<string, unknown>) {
  const r = await gql.execute(query, variables);
  expect(r.errors, JSON.stringify(r)).toHaveLength(1);
  return {
    code: r.errors![0].extensions?.code,
    argumentName: r.errors![0].extensions?.argumentName,
    message: r.errors![0].message,
    data: r.data,
  };
}

describe('unknown ids, slugs and codes: NOT_FOUND naming the argument', () => {
  it.each([
    ['{ project(slug: "no-such-project") { id } }', 'slug'],
    [`{ project(id: "${toGlobalId('Project', '00000000-0000-4000-8000-000000000000')}") { id } }`, 'id'],
    ['{ municipality(code: "998") { id } }', 'code'],
    ['{ region(code: "03") { id } }', 'code'],
    ['{ fundingCall(year: 1999) { id } }', 'year'],
    ['{ nationalService(slug: "no-such-service") { id } }', 'slug'],
    ['{ specification(slug: "no-such-spec") { id } }', 'slug'],
    [`{ deliverable(id: "${toGlobalId('Deliverable', '00000000-0000-4000-8000-000000000000')}") { id } }`, 'id'],
    [`{ organisation(id: "${toGlobalId('Organisation', '00000000-0000-4000-8000-000000000000')}") { id } }`, 'id'],
    [`{ node(id: "${toGlobalId('Project', '00000000-0000-4000-8000-000000000000')}") { id } }`, 'id'],
  ])('%s', async (query, argumentName) => {
    expect(await errorOf(query)).toMatchObject({ code: 'NOT_FOUND', argumentName });
  });
});

describe('invalid arguments: BAD_USER_INPUT naming the argument', () => {
  it.each([
    ['{ projects(first: 1000) { totalCount } }', 'first'],
    ['{ projects(first: 0) { totalCount } }', 'first'],
    ['{ projects(first: -1) { totalCount } }', 'first'],
    ['{ projects(after: "bm90LWEtY3Vyc29y") { totalCount } }', 'after'],
    ['{ projects(after: "%%%") { totalCount } }', 'after'],
    ['{ municipality(code: "91") { id } }', 'code'],
    ['{ municipality(code: "\'; drop table organisation; --") { id } }', 'code'],
    ['{ region(code: "1") { id } }', 'code'],
    ['{ project(slug: "Not A Slug") { id } }', 'slug'],
    ['{ project { id } }', 'slug'],
    ['{ project(slug: "kaatio", id: "x") { id } }', 'slug'],
    ['{ node(id: "not-an-id") { id } }', 'id'],
    [`{ project(id: "${toGlobalId('Region', '00000000-0000-4000-8000-000000000000')}") { id } }`, 'id'],
    ['{ nodes(ids: ["bad"]) { id } }', 'ids[0]'],
    ['{ projects(filter: { region: ["x"] }) { totalCount } }', 'filter'],
    ['{ projects(filter: { organisation: ["nope"] }) { totalCount } }', 'filter.organisation[0]'],
    ['{ region(code: "12") { municipalities(first: 500) { totalCount } } }', 'first'],
    ['{ region(code: "12") { municipalities(after: "eA") { totalCount } } }', 'after'],
  ])('%s', async (query, argumentName) => {
    expect(await errorOf(query)).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
  });

  it('rejects a variable of the wrong type before running anything', async () => {
    db.resetStatements();
    const r = await gql.execute('query($first: Int) { projects(first: $first) { totalCount } }', { first: 'ten' });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(db.statements).toHaveLength(0);
  });

  it('answers an unknown field with GRAPHQL_VALIDATION_FAILED', async () => {
    const r = await gql.execute('{ projects { nope } }');
    expect(codes(r)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('keeps the other items of nodes(ids) when one is unknown', async () => {
    const kaatio = (await gql.execute<any>('{ project(slug: "kaatio") { id } }')).data!.project.id;
    const missing = toGlobalId('Project', '00000000-0000-4000-8000-000000000000');
    const r = await gql.execute<any>('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [kaatio, missing] });
    expect(r.data!.nodes).toEqual([{ id: kaatio }, null]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0]).toMatchObject({
      path: ['nodes', 1],
      extensions: { code: 'NOT_FOUND', argumentName: 'ids[1]' },
    });
  });
});

describe('internal errors', () => {
  it('are masked, with a code and no stack trace', async () => {
    const { makeFormatError } = await import('../src/graphql/format-error.js');
    const { GraphQLError } = await import('graphql');
    const leaked = new GraphQLError('boom', { originalError: new Error('relation "secret_table" does not exist') });
    const formatted = makeFormatError(false)(
      { message: 'relation "secret_table" does not exist', extensions: { stacktrace: ['x'] } },
      leaked,
    );
    expect(formatted.message).toBe('Internal server error');
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('from an unreachable database become UNAVAILABLE (retryable)', async () => {
    const { makeFormatError } = await import('../src/graphql/format-error.js');
    const err = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(makeFormatError(false)({ message: err.message }, err).extensions).toEqual({
      code: 'UNAVAILABLE',
      retryable: true,
    });
  });
});
