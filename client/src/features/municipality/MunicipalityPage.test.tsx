import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { render, stubClient } from '../../test/render';
import { text } from '../../test/text';
import MunicipalityPage from './MunicipalityPage';
import type { MunicipalityPageData } from './MunicipalityPage.query';

const sv = (t: string) => ({ text: t, lang: 'sv' as const, isFallback: false });

const data: MunicipalityPageData = {
  municipality: {
    id: 'O1',
    municipalityCode: '564',
    name: sv('Uleåborg'),
    kind: 'MUNICIPALITY',
    population: 207327,
    languageStatus: 'FINNISH',
    website: null,
    region: { id: 'R17', code: '17', name: sv('Norra Österbotten'), projects: { totalCount: 0, nodes: [] } },
    participations: {
      totalCount: 1,
      nodes: [
        { id: 'PA1', role: 'LEAD_APPLICANT', project: { id: 'P1', slug: 'kaatio', name: sv('Utarbetande av plan') } },
      ],
    },
    adoptions: { totalCount: 0, nodes: [] },
  },
  similarMunicipalities: [
    {
      score: 3.4,
      municipality: { id: 'O2', municipalityCode: '837', name: sv('Tammerfors') },
      reasons: [
        { kind: 'SIMILAR_POPULATION', items: [{ value: '241009', label: null }] },
        { kind: 'SAME_LANGUAGE_STATUS', items: [{ value: 'FINNISH', label: null }] },
      ],
    },
  ],
};

describe('MunicipalityPage', () => {
  it('shows a skeleton while loading and asks by code in the page language', () => {
    const stub = stubClient(() => undefined);
    const c = render(<MunicipalityPage />, stub.client, {
      url: '/sv/municipalities/564',
      path: '/:lang/municipalities/:code',
    });
    expect(c.querySelector('.page-skeleton')).not.toBeNull();
    expect(stub.executeQuery.mock.calls[0][0].variables).toEqual({ code: '564', lang: 'sv' });
  });

  it('shows an error', () => {
    const error = new CombinedError({ networkError: new Error('offline') });
    const c = render(<MunicipalityPage />, stubClient(() => ({ error })).client, {
      url: '/en/municipalities/564',
      path: '/:lang/municipalities/:code',
    });
    expect(text(c.querySelector('[role="alert"] p'))).toBe('Loading the municipality failed.');
  });

  it('says a code that is not three digits names no municipality, without asking the API', () => {
    const stub = stubClient(() => undefined);
    const c = render(<MunicipalityPage />, stub.client, {
      url: '/en/municipalities/abc',
      path: '/:lang/municipalities/:code',
    });
    expect(text(c.querySelector('h1'))).toBe('Municipality not found.');
    expect(document.title).toBe('Municipality not found. – Kuntagraph');
    expect(stub.executeQuery).not.toHaveBeenCalled();
  });

  it('renders participations, empty adoptions and look-alikes with reasons', () => {
    const c = render(<MunicipalityPage />, stubClient(() => ({ data })).client, {
      url: '/sv/municipalities/564',
      path: '/:lang/municipalities/:code',
    });
    expect(text(c.querySelector('h1'))).toBe('Uleåborg');
    const section = (title: string) =>
      [...c.querySelectorAll('.detail-section')].find((s) => s.querySelector('h2')?.textContent === title);
    expect(text(section('Deltagande i projekt')?.querySelector('li'))).toBe('Utarbetande av plan – Huvudsökande');
    expect(section('Deltagande i projekt')?.querySelector('a')?.getAttribute('href')).toBe('/sv/projects/kaatio');
    expect(text(section('Ibruktaganden')?.querySelector('.empty'))).toBe('Inga kända ibruktaganden.');
    const similar = section('Liknande kommuner');
    expect(similar?.querySelector('a')?.getAttribute('href')).toBe('/sv/municipalities/837');
    expect([...(similar?.querySelectorAll('.reasons li') ?? [])].map(text)).toEqual([
      'Liknande invånarantal: 241\u00a0009',
      'Samma språkliga status: Enspråkigt finsk',
    ]);
    expect(text(section('Vad kommunerna i samma landskap har gjort')?.querySelector('.empty'))).toBe('Inga uppgifter.');
  });

  it('links the municipality’s Atom feed in the page language, visibly and in the head', () => {
    const c = render(<MunicipalityPage />, stubClient(() => ({ data })).client, {
      url: '/sv/municipalities/564',
      path: '/:lang/municipalities/:code',
    });
    const a = c.querySelector('a.feed-link');
    expect(text(a)).toBe('Följ med en flödesläsare (Atom)');
    expect(a?.getAttribute('href')).toBe('/feeds/municipalities/564.atom?lang=sv');
    const head = [...document.head.querySelectorAll('link[rel="alternate"][type="application/atom+xml"]')];
    expect(head.map((l) => [l.getAttribute('href'), l.getAttribute('title')])).toEqual([
      ['/feeds/municipalities/564.atom?lang=sv', 'Kuntagraph: Uleåborg (Atom)'],
    ]);
  });
});
