import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
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

  it('shows an error', () => {
    const error = new CombinedError({ networkError: new Error('offline') });
    const c = render(<OrganisationPage />, stubClient(() => ({ error })).client, options);
    expect(text(c.querySelector('[role="alert"] p'))).toBe('Loading the organisation failed.');
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
