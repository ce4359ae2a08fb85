import { afterEach, expect, it, vi } from 'vitest';
import { ProjectListQuery } from '../features/project/ProjectList.query';
import { createUrqlClient } from './urql';

afterEach(() => {
  vi.unstubAllGlobals();
});

it('sends queries as POST, which Apollo CSRF prevention accepts', async () => {
  const fetch = vi.fn(async () => Response.json({ data: { projects: null } }));
  vi.stubGlobal('fetch', fetch);

  await createUrqlClient('http://localhost/graphql').query(ProjectListQuery, { lang: 'sv', first: 1 }).toPromise();

  expect(fetch).toHaveBeenCalledTimes(1);
  const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
  expect(url).toBe('http://localhost/graphql');
  expect(init.method).toBe('POST');
  expect(JSON.parse(String(init.body))).toMatchObject({
    operationName: 'ProjectList_Query',
    variables: { lang: 'sv' },
  });
});
