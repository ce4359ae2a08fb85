import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { button, click, render, stubClient } from '../../test/render';
import { text } from '../../test/text';
import SpecificationPage from './SpecificationPage';
import type { SpecificationPageData } from './SpecificationPage.query';

const fi = (t: string) => ({ text: t, lang: 'fi' as const, isFallback: false });
const at = { url: '/fi/specifications/kaavatietomalli', path: '/:lang/specifications/:slug' };

function data(withUsers = true): SpecificationPageData {
  return {
    specification: {
      id: 'S1',
      slug: 'kaavatietomalli',
      kind: 'DATA_MODEL',
      specVersion: null,
      uri: null,
      url: 'https://tietomallit.suomi.fi/kaava',
      name: fi('Kaavatietomalli'),
      description: null,
      maintainerText: { fi: 'Ympäristöministeriö; SYKE', sv: null, en: 'Ministry of the Environment; Syke' },
      owner: { id: 'O1', municipalityCode: null, name: fi('Ympäristöministeriö') },
      projects: {
        totalCount: withUsers ? 1 : 0,
        nodes: withUsers
          ? [{ id: 'PS1', relation: 'APPLIED', project: { id: 'P1', slug: 'kaatio', name: fi('KAATIO') } }]
          : [],
      },
      provenance: [],
    },
    deliverablesConformingTo: {
      totalCount: withUsers ? 1 : 0,
      nodes: withUsers ? [{ id: 'RDox', kind: 'DATA_MODEL', title: fi('Oulun kaavamalli') }] : [],
    },
  };
}

describe('SpecificationPage', () => {
  it('shows a skeleton while loading and asks in the page language', () => {
    const stub = stubClient(() => undefined);
    const c = render(<SpecificationPage />, stub.client, { ...at, url: '/sv/specifications/kaavatietomalli' });
    expect(c.querySelector('.page-skeleton')).not.toBeNull();
    expect(stub.executeQuery.mock.calls[0][0].variables).toEqual({ slug: 'kaavatietomalli', lang: 'sv' });
  });

  it('says the specification does not exist on NOT_FOUND, and shows other errors with a retry', () => {
    const notFound = new CombinedError({
      graphQLErrors: [new GraphQLError('No spec', { extensions: { code: 'NOT_FOUND' } })],
    });
    const c = render(<SpecificationPage />, stubClient(() => ({ error: notFound })).client, {
      ...at,
      url: '/en/specifications/x',
    });
    expect(text(c.querySelector('h1'))).toBe('Specification not found.');

    const stub = stubClient(() => ({ error: new CombinedError({ networkError: new Error('offline') }) }));
    const c2 = render(<SpecificationPage />, stub.client, at);
    expect(text(c2.querySelector('[role="alert"] p'))).toBe('Määrittelyn lataaminen epäonnistui.');
    const calls = stub.executeQuery.mock.calls.length;
    click(button(c2, 'Yritä uudelleen'));
    expect(stub.executeQuery.mock.calls.length).toBeGreaterThan(calls);
  });

  it('renders the maintainer, projects and conforming deliverables', () => {
    const c = render(<SpecificationPage />, stubClient(() => ({ data: data() })).client, at);
    expect(text(c.querySelector('h1'))).toBe('Kaavatietomalli');
    expect(text(c.querySelector('.kicker'))).toBe('Tietomalli');
    const fact = (name: string) =>
      [...c.querySelectorAll('.facts dt')].find((dt) => dt.textContent === name)?.nextElementSibling;
    expect(text(fact('Ylläpitäjä'))).toBe('Ympäristöministeriö – Ympäristöministeriö; SYKE');
    expect(text(fact('Pysyvä tunniste'))).toBe('ei tiedossa');
    expect(text(c.querySelector('a[href="/fi/projects/kaatio"]')?.parentElement)).toBe(
      'KAATIO – sovellettu hankkeessa',
    );
    expect(c.querySelector('a[href="/fi/deliverables/RDox"]')?.textContent).toBe('Oulun kaavamalli');
  });

  it('links the specification’s Atom feed', () => {
    const c = render(<SpecificationPage />, stubClient(() => ({ data: data() })).client, {
      ...at,
      url: '/en/specifications/kaavatietomalli',
    });
    expect(text(c.querySelector('a.feed-link'))).toBe('Follow with a feed reader (Atom)');
    expect(c.querySelector('a.feed-link')?.getAttribute('href')).toBe(
      '/feeds/specifications/kaavatietomalli.atom?lang=en',
    );
    expect(document.head.querySelector('link[rel="alternate"]')?.getAttribute('href')).toBe(
      '/feeds/specifications/kaavatietomalli.atom?lang=en',
    );
  });

  it('says so when nothing applies or conforms to it', () => {
    const c = render(<SpecificationPage />, stubClient(() => ({ data: data(false) })).client, at);
    expect([...c.querySelectorAll('.empty')].map(text)).toEqual([
      'Määrittelyä soveltavia hankkeita ei ole kirjattu.',
      'Määrittelyn mukaisia tuloksia ei ole kirjattu.',
      'Ei tietoja.',
    ]);
  });
});
