import { act } from 'react';
import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { button, click, link, operationName, render, stubClient } from '../../test/render';
import { settle } from '../../test/mutations';
import { text } from '../../test/text';
import { leadOf, viewer } from '../account/account.fixtures';
import DeliverablePage from './DeliverablePage';
import type { AdoptionItem, DeliverableDetail } from './DeliverablePage.query';

const fi = (t: string) => ({ text: t, lang: 'fi' as const, isFallback: false });
const at = { url: '/fi/deliverables/RDox', path: '/:lang/deliverables/:id' };

function adoption(overrides: Partial<AdoptionItem>): AdoptionItem {
  return {
    id: 'A1',
    version: 1,
    status: 'IN_PRODUCTION',
    mode: null,
    verification: 'VERIFIED',
    countsAsReuse: true,
    byProducer: false,
    since: null,
    until: null,
    instanceUrl: null,
    evidenceUrls: [],
    lastConfirmedAt: null,
    useCase: null,
    organisation: { id: 'O1', municipalityCode: '564', name: fi('Oulu') },
    viaProject: null,
    ...overrides,
  };
}

function detail(overrides: Partial<DeliverableDetail> = {}): DeliverableDetail {
  return {
    id: 'RDox',
    kind: 'SOFTWARE',
    licence: 'EUPL-1.2',
    languages: ['fi', 'sv'],
    platforms: ['WEB'],
    keywords: [],
    developmentStatus: 'STABLE',
    maintenanceType: 'community',
    maintenanceUntil: null,
    publishedAt: null,
    lastVerifiedAt: null,
    landingUrl: null,
    repositoryUrl: 'https://github.com/example/kaava',
    documentationUrl: null,
    publiccodeMissing: [],
    title: fi('Kaavaeditori'),
    shortDescription: { text: 'A plan editor', lang: 'en', isFallback: true },
    description: null,
    publisher: { id: 'O1', municipalityCode: '564', name: fi('Oulu') },
    projects: [{ id: 'P1', slug: 'kaatio', name: fi('KAATIO') }],
    releases: [
      {
        id: 'R1',
        version: '1.0',
        releasedAt: '2023-10-31',
        notes: null,
        files: [
          {
            id: 'F1',
            filename: 'kaava.zip',
            downloadUrl: '/api/files/F1',
            byteSize: 2048,
            mediaType: 'application/zip',
          },
        ],
        links: [],
      },
    ],
    conformsTo: [{ id: 'S1', slug: 'kaavatietomalli', name: fi('Kaavatietomalli') }],
    serviceUses: { nodes: [] },
    derivedFrom: null,
    derivatives: { totalCount: 0, nodes: [] },
    adoptions: {
      totalCount: 4,
      nodes: [
        adoption({ id: 'A1' }),
        adoption({
          id: 'A2',
          verification: 'DECLARED_BY_ADOPTER',
          organisation: { id: 'O2', municipalityCode: '049', name: fi('Espoo') },
          viaProject: { id: 'P1', slug: 'kaatio', name: fi('KAATIO') },
        }),
        adoption({
          id: 'A3',
          verification: 'HARVESTED',
          countsAsReuse: false,
          status: 'PILOTING',
          organisation: { id: 'O3', municipalityCode: '091', name: fi('Helsinki') },
        }),
        adoption({
          id: 'A4',
          verification: 'DECLARED_BY_PUBLISHER',
          countsAsReuse: false,
          organisation: { id: 'O4', municipalityCode: null, name: fi('Kuntaliitto') },
        }),
      ],
    },
    contacts: [],
    provenance: [{ status: 'STATED', url: 'https://example.org/source', note: null, date: null, field: null }],
    ...overrides,
  };
}

const section = (c: HTMLElement, title: string) =>
  [...c.querySelectorAll('.detail-section')].find((s) => s.querySelector('h2')?.textContent === title);

describe('DeliverablePage', () => {
  it('shows a skeleton while loading and asks in the page language', () => {
    const stub = stubClient(() => undefined);
    const c = render(<DeliverablePage />, stub.client, { ...at, url: '/sv/deliverables/RDox' });
    expect(c.querySelector('.page-skeleton')).not.toBeNull();
    expect(stub.executeQuery.mock.calls[0][0].variables).toEqual({ id: 'RDox', lang: 'sv' });
  });

  it('says the deliverable does not exist on NOT_FOUND', () => {
    const error = new CombinedError({
      graphQLErrors: [new GraphQLError('No deliverable', { extensions: { code: 'NOT_FOUND' } })],
    });
    const c = render(<DeliverablePage />, stubClient(() => ({ error })).client, { ...at, url: '/en/deliverables/x' });
    expect(text(c.querySelector('h1'))).toBe('Deliverable not found.');
  });

  it('shows other errors with a retry', () => {
    const stub = stubClient(() => ({ error: new CombinedError({ networkError: new Error('offline') }) }));
    const c = render(<DeliverablePage />, stub.client, at);
    expect(text(c.querySelector('[role="alert"] p'))).toBe('Tuloksen lataaminen epäonnistui.');
    const calls = stub.executeQuery.mock.calls.length;
    click(button(c, 'Yritä uudelleen'));
    expect(stub.executeQuery.mock.calls.length).toBeGreaterThan(calls);
  });

  it('says a deliverable just created was saved, with focus on the notice, and only then', async () => {
    const client = () => stubClient(() => ({ data: { deliverable: detail() } })).client;
    const c = render(<DeliverablePage />, client(), { ...at, state: { created: true } });
    await act(async () => {});
    const notice = c.querySelector('[role="status"].notice-success');
    expect(text(notice)).toBe('Tulos on tallennettu.');
    expect(document.activeElement).toBe(notice);
    const again = render(<DeliverablePage />, client(), at);
    expect(again.querySelector('.notice-success')).toBeNull();
  });

  it('separates reuse from claims, with the verification level of each', () => {
    const c = render(<DeliverablePage />, stubClient(() => ({ data: { deliverable: detail() } })).client, at);
    expect(text(c.querySelector('h1'))).toBe('Kaavaeditori');
    expect(text(c.querySelector('.lead'))).toBe('A plan editor (englanniksi)');

    const reuse = [...(section(c, 'Käyttöönotot')?.querySelectorAll('.adoptions > li') ?? [])];
    expect(reuse.map((li) => text(li.querySelector('.badge')))).toEqual(['Vahvistettu', 'Käyttöönottajan ilmoittama']);
    expect(reuse[0].querySelector('a')?.getAttribute('href')).toBe('/fi/municipalities/564');
    expect(text(reuse[1])).toContain('Hankkeen kautta: KAATIO');

    const claims = [...(section(c, 'Väitetyt käyttöönotot')?.querySelectorAll('.adoptions > li') ?? [])];
    expect(claims.map((li) => text(li.querySelector('.badge-warn')))).toEqual([
      'Kerätty automaattisesti – väite',
      'Julkaisijan ilmoittama – väite',
    ]);
  });

  it("shows the producers' own use apart: neither reuse nor a claim", () => {
    const own = adoption({
      id: 'A5',
      verification: 'DECLARED_BY_ADOPTER',
      countsAsReuse: false,
      byProducer: true,
      organisation: { id: 'O5', municipalityCode: '837', name: fi('Tampere') },
    });
    const data = detail();
    const withOwn = { ...data, adoptions: { totalCount: 5, nodes: [...data.adoptions.nodes, own] } };
    const c = render(<DeliverablePage />, stubClient(() => ({ data: { deliverable: withOwn } })).client, at);
    const ownUse = [...(section(c, 'Tuottajien oma käyttö')?.querySelectorAll('.adoptions > li') ?? [])];
    expect(ownUse.map((li) => text(li.querySelector('.badge')))).toEqual(['Käyttöönottajan ilmoittama – oma käyttö']);
    expect(ownUse[0].querySelector('.badge-warn')).toBeNull();
    const names = (title: string) =>
      [...(section(c, title)?.querySelectorAll('.adoptions > li > a') ?? [])].map((a) => text(a));
    expect(names('Käyttöönotot')).not.toContain('Tampere');
    expect(names('Väitetyt käyttöönotot')).not.toContain('Tampere');
  });

  it('renders facts, download links, specifications and empty sections', () => {
    const c = render(<DeliverablePage />, stubClient(() => ({ data: { deliverable: detail() } })).client, at);
    const facts = section(c, 'Perustiedot');
    const fact = (name: string) =>
      text([...(facts?.querySelectorAll('dt') ?? [])].find((dt) => dt.textContent === name)?.nextElementSibling);
    expect(fact('Lisenssi')).toBe('EUPL-1.2');
    expect(fact('Kielet')).toBe('suomi, ruotsi');
    expect(fact('Ylläpito')).toBe('Yhteisön ylläpitämä');
    expect(fact('Kehitysvaihe')).toBe('Vakaa');
    expect(facts?.querySelector('a[href="https://github.com/example/kaava"]')).not.toBeNull();

    const file = section(c, 'Versiot ja tiedostot')?.querySelector('a[download]');
    expect(file?.getAttribute('href')).toBe('/api/files/F1');
    expect(text(file?.parentElement)).toBe('kaava.zip (application/zip, 2 kB)');
    expect(section(c, 'Määrittelyt, joita tulos noudattaa')?.querySelector('a')?.getAttribute('href')).toBe(
      '/fi/specifications/kaavatietomalli',
    );
    expect(section(c, 'Tuottaneet hankkeet')?.querySelector('a')?.getAttribute('href')).toBe('/fi/projects/kaatio');
    expect(text(section(c, 'Kansalliset palvelut')?.querySelector('.empty'))).toBe(
      'Kansallisten palvelujen käyttöä ei ole kirjattu.',
    );
    expect(section(c, 'Lähteet')).not.toBeUndefined();
  });

  it('lists the contact people with their role, organisation and public contact page', () => {
    const withContacts = detail({
      contacts: [
        {
          name: 'Liisa Liidi',
          role: 'tuoteomistaja',
          organisation: 'Oulun kaupunki',
          sourceUrl: 'https://www.ouka.fi/yhteystiedot',
        },
        { name: 'Kaisa Kaavoittaja', role: null, organisation: null, sourceUrl: null },
      ],
    });
    const c = render(<DeliverablePage />, stubClient(() => ({ data: { deliverable: withContacts } })).client, at);
    const items = [...(section(c, 'Yhteyshenkilöt')?.querySelectorAll('li') ?? [])];
    expect(items.map((li) => text(li))).toEqual([
      'Liisa Liidi, tuoteomistaja, Oulun kaupunki (julkinen yhteystietosivu) (avautuu uudessa välilehdessä)',
      'Kaisa Kaavoittaja',
    ]);
    expect(items[0].querySelector('a')?.getAttribute('href')).toBe('https://www.ouka.fi/yhteystiedot');
  });

  it('says so when nobody has adopted it', () => {
    const empty = detail({ adoptions: { totalCount: 0, nodes: [] } });
    const c = render(<DeliverablePage />, stubClient(() => ({ data: { deliverable: empty } })).client, at);
    expect(text(section(c, 'Käyttöönotot')?.querySelector('.empty'))).toBe(
      'Käyttöönottajan ilmoittamia tai vahvistettuja käyttöönottoja ei ole kirjattu.',
    );
    expect(section(c, 'Väitetyt käyttöönotot')).toBeUndefined();
  });

  describe('publiccode.yml', () => {
    const gaps = [
      { field: 'keywords', message: 'at least one keyword (publiccode.yml features)' },
      {
        field: 'contacts',
        message: 'a contact person, as maintenance is "internal" (publiccode.yml maintenance.contacts)',
      },
      { field: 'funding', message: 'a field this client does not know yet' },
    ];
    /** The page as `me` sees it; the project's lead may edit the deliverable. */
    const asViewer = (deliverable: DeliverableDetail, me: ReturnType<typeof viewer> | null) =>
      stubClient((r) => {
        switch (operationName(r)) {
          case 'Viewer_Query':
            return { data: { me } };
          case 'DeliverableEditorActions_Query':
            return {
              data: {
                deliverable: {
                  id: 'RDox',
                  releases: [],
                  projects: [{ id: 'P1', participants: { nodes: [] } }],
                },
              },
            };
          default:
            return { data: { deliverable } };
        }
      }).client;

    it('offers the export of software that has what the standard requires, and says what it is', () => {
      const c = render(<DeliverablePage />, stubClient(() => ({ data: { deliverable: detail() } })).client, at);
      const item = section(c, 'publiccode.yml');
      const download = link(item as HTMLElement, 'Lataa publiccode.yml');
      expect(download?.getAttribute('href')).toBe('/export/deliverables/RDox/publiccode.yml');
      expect(download?.hasAttribute('download')).toBe(true);
      expect(text(item?.querySelector('p'))).toContain('julkisen sektorin ohjelmistojen kuvausstandardi');
      expect(item?.querySelector('ul')).toBeNull();
    });

    it('encodes the global id in the export address', () => {
      const d = detail({ id: 'RGVsOjk=' });
      const c = render(<DeliverablePage />, stubClient(() => ({ data: { deliverable: d } })).client, at);
      expect(section(c, 'publiccode.yml')?.querySelector('a[download]')?.getAttribute('href')).toBe(
        '/export/deliverables/RGVsOjk%3D/publiccode.yml',
      );
    });

    it('lists what is missing in the page’s language, with no link, and points editors to the edit page', async () => {
      const d = detail({ publiccodeMissing: gaps });
      const c = render(<DeliverablePage />, asViewer(d, viewer({ memberships: [leadOf('P1')] })), {
        ...at,
        url: '/sv/deliverables/RDox',
      });
      await settle();
      const item = section(c, 'publiccode.yml');
      expect(item?.querySelector('a[download]')).toBeNull();
      expect(text(item)).toContain('Filen publiccode.yml kan inte skapas ännu.');
      const items = [...(item?.querySelectorAll('li') ?? [])];
      expect(items.map((li) => text(li))).toEqual([
        'minst ett nyckelord',
        'en kontaktperson för underhållet, eftersom utgivaren själv eller en gemenskap underhåller programmet',
        'a field this client does not know yet',
      ]);
      // The API's own words for a field this client has no translation for, marked as English.
      expect(items[2].querySelector('span')?.getAttribute('lang')).toBe('en');
      expect(
        link(item as HTMLElement, 'Fyll i de uppgifter som saknas på redigeringssidan')?.getAttribute('href'),
      ).toBe('/sv/deliverables/RDox/edit');
    });

    it('points editors to the edit page when only contacts are missing, but not others', async () => {
      const onlyContacts = detail({ publiccodeMissing: [gaps[1]] });
      const anonymous = render(<DeliverablePage />, asViewer(onlyContacts, null), at);
      await settle();
      expect(text(section(anonymous, 'publiccode.yml'))).toContain('ylläpidon yhteyshenkilö');
      expect(section(anonymous, 'publiccode.yml')?.querySelector('a')).toBeNull();

      const lead = viewer({ memberships: [leadOf('P1')] });
      const editor = render(<DeliverablePage />, asViewer(onlyContacts, lead), at);
      await settle();
      expect(
        link(
          section(editor, 'publiccode.yml') as HTMLElement,
          'Täydennä puuttuvat tiedot muokkaussivulla',
        )?.getAttribute('href'),
      ).toBe('/fi/deliverables/RDox/edit');

      // A gap of a newer API that the form has no field for is not sent to the form.
      const unknown = render(<DeliverablePage />, asViewer(detail({ publiccodeMissing: [gaps[2]] }), lead), at);
      await settle();
      expect(section(unknown, 'publiccode.yml')?.querySelector('a')).toBeNull();
    });

    it('shows nothing about publiccode.yml for a deliverable that is not software', () => {
      const report = detail({ kind: 'REPORT', publiccodeMissing: null });
      const c = render(<DeliverablePage />, stubClient(() => ({ data: { deliverable: report } })).client, at);
      expect(section(c, 'Perustiedot')).not.toBeUndefined();
      expect(section(c, 'publiccode.yml')).toBeUndefined();
      expect(c.querySelector('a[href*="/export/"]')).toBeNull();
    });
  });
});
