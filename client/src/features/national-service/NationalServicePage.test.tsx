import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { button, click, render, stubClient } from '../../test/render';
import { text } from '../../test/text';
import NationalServicePage from './NationalServicePage';
import type { NationalServicePageData, ServiceUseItem } from './NationalServicePage.query';

const fi = (t: string) => ({ text: t, lang: 'fi' as const, isFallback: false });
const at = { url: '/fi/services/kybermittari', path: '/:lang/services/:slug' };

function use(overrides: Partial<ServiceUseItem>): ServiceUseItem {
  return {
    id: 'U1',
    relation: 'USES',
    evidenceUrl: null,
    description: null,
    project: { id: 'P1', slug: 'digiturvalla-tulevaan', name: fi('Digiturvalla tulevaan') },
    deliverable: null,
    ...overrides,
  };
}

function data(uses: ServiceUseItem[] = []): NationalServicePageData {
  return {
    nationalService: {
      id: 'N1',
      slug: 'kybermittari',
      kind: 'ASSESSMENT_TOOL',
      url: 'https://kybermittari.fi',
      name: fi('Kybermittari'),
      description: { text: 'A cyber security maturity tool', lang: 'en', isFallback: true },
      providerText: { fi: 'Traficom (Kyberturvallisuuskeskus)', sv: null, en: 'Traficom' },
      provider: { id: 'O9', municipalityCode: null, name: fi('Traficom') },
      provenance: [],
    },
    projectsUsingService: { totalCount: uses.length, nodes: uses },
  };
}

describe('NationalServicePage', () => {
  it('shows a skeleton while loading and asks in the page language', () => {
    const stub = stubClient(() => undefined);
    const c = render(<NationalServicePage />, stub.client, { ...at, url: '/en/services/kybermittari' });
    expect(c.querySelector('.page-skeleton')).not.toBeNull();
    expect(stub.executeQuery.mock.calls[0][0].variables).toEqual({ slug: 'kybermittari', lang: 'en' });
  });

  it('says the service does not exist on NOT_FOUND, and shows other errors with a retry', () => {
    const notFound = new CombinedError({
      graphQLErrors: [new GraphQLError('No service', { extensions: { code: 'NOT_FOUND' } })],
    });
    const c = render(<NationalServicePage />, stubClient(() => ({ error: notFound })).client, at);
    expect(text(c.querySelector('h1'))).toBe('Palvelua ei löytynyt.');

    const stub = stubClient(() => ({ error: new CombinedError({ networkError: new Error('offline') }) }));
    const c2 = render(<NationalServicePage />, stub.client, { ...at, url: '/sv/services/kybermittari' });
    expect(text(c2.querySelector('[role="alert"] p'))).toBe('Det gick inte att läsa in tjänsten.');
    const calls = stub.executeQuery.mock.calls.length;
    click(button(c2, 'Försök igen'));
    expect(stub.executeQuery.mock.calls.length).toBeGreaterThan(calls);
  });

  it('groups users by how they use the service', () => {
    const uses = [
      use({ id: 'U1', relation: 'USES' }),
      use({
        id: 'U2',
        relation: 'DESCRIBED_IN',
        project: null,
        deliverable: { id: 'RDox', title: fi('Topten-käytännöt') },
      }),
      use({ id: 'U3', relation: 'USES', project: { id: 'P2', slug: 'seutudigi', name: fi('Seutudigi') } }),
    ];
    const c = render(<NationalServicePage />, stubClient(() => ({ data: data(uses) })).client, at);
    expect(text(c.querySelector('h1'))).toBe('Kybermittari');
    const groups = [...c.querySelectorAll('.group')];
    expect(groups.map((g) => text(g.querySelector('h3')))).toEqual(['Kuvattu palvelussa', 'Käyttää']);
    expect(text(groups[0].querySelector('li'))).toBe('Tulos: Topten-käytännöt');
    expect(groups[0].querySelector('a')?.getAttribute('href')).toBe('/fi/deliverables/RDox');
    expect([...groups[1].querySelectorAll('li')].map(text)).toEqual([
      'Hanke: Digiturvalla tulevaan',
      'Hanke: Seutudigi',
    ]);
    expect(text(c.querySelector('.section-note'))).toBe('Traficom (Kyberturvallisuuskeskus)');
    expect(c.querySelector('a[href="https://kybermittari.fi"]')).not.toBeNull();
  });

  it('links the service’s Atom feed', () => {
    const c = render(<NationalServicePage />, stubClient(() => ({ data: data() })).client, at);
    expect(text(c.querySelector('a.feed-link'))).toBe('Seuraa syötteenlukijalla (Atom)');
    expect(c.querySelector('a.feed-link')?.getAttribute('href')).toBe('/feeds/services/kybermittari.atom?lang=fi');
    expect(document.head.querySelector('link[rel="alternate"]')?.getAttribute('title')).toBe(
      'Kuntagraph: Kybermittari (Atom)',
    );
  });

  it('says so when nothing uses the service', () => {
    const c = render(<NationalServicePage />, stubClient(() => ({ data: data([]) })).client, at);
    expect(text(c.querySelector('.empty'))).toBe('Palvelua käyttäviä hankkeita tai tuloksia ei ole kirjattu.');
  });
});
