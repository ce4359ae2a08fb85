import { GraphQLError } from 'graphql';
import { act } from 'react';
import { CombinedError, type Client, type OperationResult } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { makeSubject } from 'wonka';
import { render, stubClient } from '../../test/render';
import { text } from '../../test/text';
import OrganisationPage from './OrganisationPage';

const en = (t: string) => ({ text: t, lang: 'en' as const, isFallback: false });
const options = { url: '/en/organisations/K1', path: '/:lang/organisations/:id' };

describe('OrganisationPage', () => {
  it('asks by id and shows a skeleton while loading', () => {
    const stub = stubClient(() => undefined);
    const c = render(<OrganisationPage />, stub.client, options);
    expect(c.querySelector('.page-skeleton')).not.toBeNull();
    expect(stub.executeQuery.mock.calls[0][0].variables).toEqual({ id: 'K1', lang: 'en' });
  });

  it('shows an error under a heading', () => {
    const error = new CombinedError({ networkError: new Error('offline') });
    const c = render(<OrganisationPage />, stubClient(() => ({ error })).client, options);
    expect(text(c.querySelector('h1'))).toBe('Organisation');
    expect(text(c.querySelector('[role="alert"] p'))).toBe('Loading the organisation failed.');
  });

  it('says the organisation does not exist when the id in the URL is malformed (BAD_USER_INPUT on id)', () => {
    const answer = makeSubject<Partial<OperationResult>>();
    const client = { executeQuery: vi.fn(() => answer.source) } as unknown as Client;
    const c = render(<OrganisationPage />, client, { ...options, url: '/fi/organisations/xyz' });
    act(() =>
      answer.next({
        error: new CombinedError({
          graphQLErrors: [
            new GraphQLError('"id" is not a valid id.', {
              path: ['organisation'],
              extensions: { code: 'BAD_USER_INPUT', argumentName: 'id' },
            }),
          ],
        }),
      }),
    );
    expect(text(c.querySelector('h1'))).toBe('Organisaatiota ei löytynyt.');
    expect(document.title).toBe('Organisaatiota ei löytynyt. – Kuntagraph');
    expect(c.querySelector('[role="alert"]')).toBeNull();
  });

  it('shows the kind instead of a municipality code, and no look-alike municipalities', () => {
    const organisation = {
      id: 'K1',
      municipalityCode: null,
      name: en('Association of Finnish Municipalities'),
      kind: 'ASSOCIATION' as const,
      population: null,
      languageStatus: null,
      website: null,
      region: null,
      participations: { totalCount: 0, nodes: [] },
      adoptions: { totalCount: 0, nodes: [] },
    };
    const c = render(<OrganisationPage />, stubClient(() => ({ data: { organisation } })).client, options);
    expect(text(c.querySelector('h1'))).toBe('Association of Finnish Municipalities');
    expect([...c.querySelectorAll('.facts dt, .facts dd')].map(text)).toEqual(['Organisation type', 'Association']);
    expect(c.textContent).not.toContain('Municipalities like this one');
    expect(text(c.querySelector('.empty'))).toBe('No known participations.');
  });
});
