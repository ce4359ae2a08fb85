import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { button, click, operationName, render, stubClient } from '../../test/render';
import { text } from '../../test/text';
import ProjectPage from './ProjectPage';
import type { ProjectDetail, ProjectPageData } from './ProjectPage.query';

const fi = (t: string) => ({ text: t, lang: 'fi' as const, isFallback: false });

function detail(overrides: Partial<ProjectDetail> = {}): ProjectDetail {
  const oulu = { id: 'O1', name: fi('Oulu'), municipalityCode: '564' };
  return {
    id: 'P1',
    slug: 'kaatio',
    acronym: 'KAATIO',
    name: fi('KAATIO – Kaavan tuottaminen'),
    summary: null,
    description: null,
    status: 'FUNDED',
    themes: ['PLAN_DATA_MODEL'],
    plannedStart: null,
    plannedEnd: '2023-10-31',
    actualStart: null,
    actualEnd: null,
    budgetEur: null,
    website: null,
    grants: [
      {
        id: 'G1',
        maxAmountEur: 572000,
        status: 'AWARDED',
        call: { id: 'C1', year: 2021, name: fi('Kannustinjärjestelmä 2021') },
      },
    ],
    leadOrganisation: oulu,
    participants: {
      totalCount: 2,
      nodes: [
        { id: 'PA1', role: 'LEAD_APPLICANT', organisation: oulu },
        { id: 'PA2', role: 'PARTNER', organisation: { id: 'K', name: fi('Kuntaliitto'), municipalityCode: null } },
      ],
    },
    contacts: [],
    outcomes: [],
    serviceUses: { nodes: [] },
    specifications: [],
    deliverables: { totalCount: 0, nodes: [] },
    lessons: [],
    linksIn: [],
    linksOut: [],
    provenance: [
      { status: 'STATED', url: 'https://vm.fi/x', note: null, date: '2021-06-23', field: null },
      { status: 'INFERRED', url: null, note: 'Themes from the name', date: null, field: 'themes' },
    ],
    ...overrides,
  };
}

const data = (p: ProjectDetail = detail()): ProjectPageData => ({ project: p, relatedProjects: [] });

describe('ProjectPage', () => {
  it('shows a skeleton while loading', () => {
    const stub = stubClient(() => undefined);
    const c = render(<ProjectPage />, stub.client, { url: '/sv/projects/kaatio', path: '/:lang/projects/:slug' });
    expect(c.querySelector('.page-skeleton')).not.toBeNull();
    expect(stub.executeQuery.mock.calls[0][0].variables).toEqual({ slug: 'kaatio', lang: 'sv' });
  });

  it('says the project does not exist when the API answers NOT_FOUND', () => {
    const error = new CombinedError({
      graphQLErrors: [new GraphQLError('No project', { extensions: { code: 'NOT_FOUND' } })],
    });
    const c = render(<ProjectPage />, stubClient(() => ({ error })).client, {
      url: '/en/projects/nope',
      path: '/:lang/projects/:slug',
    });
    expect(text(c.querySelector('h1'))).toBe('Project not found.');
  });

  it('shows other errors with a retry', () => {
    const stub = stubClient(() => ({ error: new CombinedError({ networkError: new Error('offline') }) }));
    const c = render(<ProjectPage />, stub.client, { url: '/fi/projects/kaatio', path: '/:lang/projects/:slug' });
    expect(text(c.querySelector('[role="alert"] p'))).toBe('Hankkeen lataaminen epäonnistui.');
    const calls = stub.executeQuery.mock.calls.length;
    click(button(c, 'Yritä uudelleen'));
    expect(stub.executeQuery.mock.calls.length).toBeGreaterThan(calls);
  });

  it('notes Finnish texts on the English page, but not Finnish names of places and organisations', () => {
    const finnish = (t: string) => ({ text: t, lang: 'fi' as const, isFallback: true });
    const helsinki = { id: 'O2', name: finnish('Helsinki'), municipalityCode: '091' };
    const project = detail({
      name: finnish('Kaavan tuottaminen'),
      leadOrganisation: helsinki,
      participants: {
        totalCount: 2,
        nodes: [
          { id: 'PA1', role: 'LEAD_APPLICANT', organisation: helsinki },
          {
            id: 'PA2',
            role: 'PARTNER',
            organisation: { id: 'K', name: finnish('Kuntaliitto'), municipalityCode: null },
          },
        ],
      },
    });
    const related = {
      score: 1,
      project: { id: 'P2', slug: 'seutudigi', name: finnish('Seutudigi') },
      reasons: [
        { kind: 'SHARED_PARTICIPANT', items: [{ value: 'O3', label: finnish('Tampere') }] },
        { kind: 'SHARED_SPECIFICATION', items: [{ value: 'S1', label: finnish('Kaavatietomalli') }] },
      ],
    } as ProjectPageData['relatedProjects'][number];
    const stub = stubClient((r) =>
      operationName(r) === 'ReuseChain_Query' ? undefined : { data: { project, relatedProjects: [related] } },
    );
    const c = render(<ProjectPage />, stub.client, { url: '/en/projects/kaatio', path: '/:lang/projects/:slug' });
    expect(text(c.querySelector('h1'))).toBe('Kaavan tuottaminen (in Finnish) (KAATIO)');
    const people = [...c.querySelectorAll('.detail-section')].find(
      (s) => s.querySelector('h2')?.textContent === 'Lead and participants',
    );
    const links = [...(people?.querySelectorAll('a') ?? [])];
    expect(links.map(text)).toEqual(['Helsinki', 'Kuntaliitto']);
    expect(links.map((a) => a.querySelector('[lang]')?.getAttribute('lang'))).toEqual(['fi', 'fi']);
    expect(people?.textContent).not.toContain('(in Finnish)');
    expect([...c.querySelectorAll('.related .reasons li')].map(text)).toEqual([
      'Shared participant: Tampere',
      'Shared specification: Kaavatietomalli (in Finnish)',
    ]);
  });

  it('links every organisation of the reuse chain: a municipality by its code, any other by its id', () => {
    const chain = {
      reuseChain: {
        truncated: false,
        nodes: [
          { __typename: 'Deliverable', id: 'D1', title: fi('Loppuraportti') },
          { __typename: 'Organisation', id: 'O1', municipalityCode: '564', name: fi('Oulu') },
          {
            __typename: 'Organisation',
            id: 'T3JnOjI=',
            municipalityCode: null,
            name: fi('Tampereen kaupunkiseudun kuntayhtymä'),
          },
        ],
        edges: [
          { source: 'O1', target: 'D1', type: 'ADOPTED' },
          { source: 'T3JnOjI=', target: 'D1', type: 'ADOPTED' },
        ],
      },
    };
    const stub = stubClient((r) => ({ data: operationName(r) === 'ReuseChain_Query' ? chain : data() }));
    const c = render(<ProjectPage />, stub.client, { url: '/sv/projects/kaatio', path: '/:lang/projects/:slug' });
    const section = [...c.querySelectorAll('.detail-section')].find(
      (s) => s.querySelector('h2')?.textContent === 'Återanvändningskedja',
    );
    const items = [...(section?.querySelectorAll('li') ?? [])];
    expect(items.map(text)).toEqual([
      'Oulu tog i bruk Loppuraportti',
      'Tampereen kaupunkiseudun kuntayhtymä tog i bruk Loppuraportti',
    ]);
    expect(items.map((li) => li.querySelector('a')?.getAttribute('href'))).toEqual([
      '/sv/municipalities/564',
      '/sv/organisations/T3JnOjI%3D',
    ]);
    expect(text(items[1].querySelector('a'))).toBe('Tampereen kaupunkiseudun kuntayhtymä');
  });

  it('renders funding, participants with municipality links, empty sections and unverified sources', () => {
    const chain = {
      reuseChain: {
        truncated: false,
        nodes: [
          { __typename: 'Project', id: 'P1', slug: 'kaatio', name: fi('KAATIO') },
          { __typename: 'Deliverable', id: 'D1', title: fi('Loppuraportti') },
        ],
        edges: [{ source: 'P1', target: 'D1', type: 'PRODUCED' }],
      },
    };
    const stub = stubClient((r) => ({ data: operationName(r) === 'ReuseChain_Query' ? chain : data() }));
    const c = render(<ProjectPage />, stub.client, {
      url: '/fi/projects/kaatio',
      path: '/:lang/projects/:slug',
    });
    expect(text(c.querySelector('h1'))).toBe('KAATIO – Kaavan tuottaminen');
    const section = (title: string) =>
      [...c.querySelectorAll('.detail-section')].find((s) => s.querySelector('h2')?.textContent === title);

    expect(text(section('Rahoitus')?.querySelector('li'))).toBe(
      'Kannustinjärjestelmä 2021: enintään 572\u00a0000\u00a0€',
    );
    const people = section('Vastuuorganisaatio ja osallistujat');
    expect([...(people?.querySelectorAll('li') ?? [])].map(text)).toEqual([
      'Oulu – Päähakija',
      'Kuntaliitto – Osallistuja',
    ]);
    expect(people?.querySelector('a')?.getAttribute('href')).toBe('/fi/municipalities/564');
    expect(people?.querySelectorAll('a')[1]?.getAttribute('href')).toBe('/fi/organisations/K');
    expect(text(section('Tuotokset')?.querySelector('.empty'))).toBe('Tuotoksia ei ole kirjattu.');
    expect(text(section('Liittyvät hankkeet')?.querySelector('.empty'))).toBe('Liittyviä hankkeita ei löytynyt.');

    expect(text(section('Uudelleenkäyttöketju')?.querySelector('li'))).toBe('KAATIO tuotti Loppuraportti');

    const sources = [...(section('Lähteet')?.querySelectorAll('li') ?? [])];
    expect(sources[0].querySelector('.badge-warn')).toBeNull();
    expect(text(sources[1].querySelector('.badge-warn'))).toBe('Päätelty – vahvistamaton');
  });
});
