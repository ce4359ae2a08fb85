import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { regionNames } from '../../test/landmarks';
import { button, click, render, stubClient } from '../../test/render';
import { text } from '../../test/text';
import FundingCallPage from './FundingCallPage';
import FundingCallsPage from './FundingCallsPage';
import type { FundingCallDetail, FundingCallSummary, GrantItem } from './FundingPage.query';

const fi = (t: string) => ({ text: t, lang: 'fi' as const, isFallback: false });
/** "0 €" as an amount of its own (not the end of "10 000 000 €"). */
const ZERO_EUR = /(^|[^\d\u00a0])0\u00a0€/;
const callAt = { url: '/fi/funding/2021', path: '/:lang/funding/:call' };
const listAt = { url: '/fi/funding', path: '/:lang/funding' };

const pohjanmaa = { id: 'UmVnaW9uOjE3', code: '17', name: fi('Pohjois-Pohjanmaa') };

function grant(overrides: Partial<GrantItem>): GrantItem {
  return {
    id: 'G1',
    ordinal: 1,
    status: 'AWARDED',
    maxAmountEur: 572000,
    leadApplicant: { id: 'O1', municipalityCode: '564', name: fi('Oulu'), region: pohjanmaa },
    project: { id: 'P1', slug: 'kaatio', themes: ['BUILT_ENVIRONMENT', 'PLAN_DATA_MODEL'], name: fi('KAATIO') },
    ...overrides,
  };
}

function call(grants: GrantItem[], overrides: Partial<FundingCallDetail> = {}): FundingCallDetail {
  return {
    id: 'C1',
    year: 2021,
    name: fi('Kuntien digitalisaation kannustinjärjestelmä 2021'),
    programme: { id: 'FP1', url: null, name: fi('Kuntien digitalisaation kannustinjärjestelmä') },
    applicationOpens: '2021-02-18',
    applicationCloses: '2021-05-04',
    decisionDate: '2021-06-23',
    implementationDeadline: null,
    applicationsReceived: 46,
    appropriationEur: 10000000,
    grantsAwarded: 17,
    knownGrantCount: grants.length,
    knownAmountGrantCount: grants.filter((g) => g.maxAmountEur !== null).length,
    totalAwardedEur: 5770000,
    knownGrantsTotalEur: 750500,
    unknownAmountEur: 5019500,
    isComplete: false,
    themesText: 'built environment digitalisation',
    statedGoals: null,
    note: null,
    sourceUrl: 'https://vm.fi/x',
    grants: { totalCount: grants.length, nodes: grants },
    provenance: [],
    ...overrides,
  };
}

function summary(overrides: Partial<FundingCallSummary> = {}): FundingCallSummary {
  return {
    id: 'C1',
    year: 2021,
    name: fi('Kuntien digitalisaation kannustinjärjestelmä 2021'),
    decisionDate: '2021-06-23',
    grantsAwarded: 17,
    knownGrantCount: 17,
    knownAmountGrantCount: 17,
    totalAwardedEur: 5770000,
    knownGrantsTotalEur: 5766456,
    isComplete: true,
    ...overrides,
  };
}

describe('FundingCallsPage', () => {
  it('shows a skeleton while loading, then every call with how much of it is known', () => {
    const loading = stubClient(() => undefined);
    const c0 = render(<FundingCallsPage />, loading.client, listAt);
    expect(c0.querySelector('.skeleton')).not.toBeNull();
    expect(loading.executeQuery.mock.calls[0][0].variables).toEqual({ lang: 'fi' });

    const calls = [
      summary(),
      summary({
        id: 'C2',
        year: 2019,
        grantsAwarded: null,
        totalAwardedEur: null,
        knownGrantCount: 0,
        knownAmountGrantCount: 0,
        knownGrantsTotalEur: 0,
        isComplete: false,
        decisionDate: null,
      }),
    ];
    const c = render(<FundingCallsPage />, stubClient(() => ({ data: { fundingCalls: calls } })).client, listAt);
    const cards = [...c.querySelectorAll('.card')];
    expect(cards[0].querySelector('a')?.getAttribute('href')).toBe('/fi/funding/2021');
    expect(text(cards[0].querySelector('.facts'))).toContain('17 / 17 ilmoitetusta');
    expect(text(cards[0].querySelector('.badge'))).toBe('Kaikki avustukset tiedossa');
    expect(text(cards[1].querySelector('.badge-warn'))).toBe('Osa avustuksista puuttuu');
  });

  it('gives a known total only when some grant amount is known, saying which grants it covers; never "0 €"', () => {
    const calls = [
      summary(),
      summary({
        id: 'C3',
        year: 2022,
        grantsAwarded: 24,
        // One of the three known grants has no published amount.
        knownGrantCount: 3,
        knownAmountGrantCount: 2,
        totalAwardedEur: 8620000,
        knownGrantsTotalEur: 300000,
        isComplete: false,
      }),
      // Grants known, none of their amounts: not "0 €".
      summary({
        id: 'C2',
        year: 2019,
        grantsAwarded: 41,
        totalAwardedEur: null,
        knownGrantCount: 2,
        knownAmountGrantCount: 0,
        knownGrantsTotalEur: 0,
        isComplete: false,
      }),
      // No grant known at all (the real 2019 call).
      summary({
        id: 'C1',
        year: 2019,
        grantsAwarded: null,
        totalAwardedEur: null,
        knownGrantCount: 0,
        knownAmountGrantCount: 0,
        knownGrantsTotalEur: 0,
        isComplete: false,
      }),
    ];
    const c = render(<FundingCallsPage />, stubClient(() => ({ data: { fundingCalls: calls } })).client, listAt);
    const cards = [...c.querySelectorAll('.card')];
    const fact = (card: Element, name: string) =>
      text([...card.querySelectorAll('.facts dt')].find((dt) => dt.textContent === name)?.nextElementSibling);
    const total = 'Tiedossa olevat avustukset yhteensä';
    expect(fact(cards[0], total)).toBe('5\u00a0766\u00a0456\u00a0€ / 5\u00a0770\u00a0000\u00a0€ ilmoitetusta');
    expect(fact(cards[1], total)).toBe(
      '300\u00a0000\u00a0€ / 8\u00a0620\u00a0000\u00a0€ ilmoitetusta (kattaa 2 avustusta 3 tiedossa olevasta)',
    );
    for (const card of cards.slice(2)) {
      expect(fact(card, total)).toBeUndefined();
      expect(text(card)).toContain('Avustusten määrät eivät ole tiedossa.');
      expect(text(card)).not.toMatch(ZERO_EUR);
    }
    expect(text(cards[0])).not.toContain('Avustusten määrät');

    const en = render(<FundingCallsPage />, stubClient(() => ({ data: { fundingCalls: calls } })).client, {
      ...listAt,
      url: '/en/funding',
    });
    const enCards = [...en.querySelectorAll('.card')];
    expect(text(enCards[1])).toContain('€300,000 of €8,620,000 announced (covers 2 of 3 known grants)');
    expect(text(enCards[0])).not.toContain('covers');
    expect(text(enCards[2])).toContain('The amounts of the grants are not known.');
  });

  it('says so when there are no calls, and shows errors with a retry', () => {
    const c = render(<FundingCallsPage />, stubClient(() => ({ data: { fundingCalls: [] } })).client, listAt);
    expect(text(c.querySelector('.empty'))).toBe('Rahoitushakuja ei ole kirjattu.');

    const stub = stubClient(() => ({ error: new CombinedError({ networkError: new Error('offline') }) }));
    const c2 = render(<FundingCallsPage />, stub.client, { ...listAt, url: '/en/funding' });
    expect(text(c2.querySelector('[role="alert"] p'))).toBe('Loading the funding calls failed.');
    const n = stub.executeQuery.mock.calls.length;
    click(button(c2, 'Try again'));
    expect(stub.executeQuery.mock.calls.length).toBeGreaterThan(n);
  });
});

describe('FundingCallPage', () => {
  it('asks by year, or by id when the address has one; shows a skeleton meanwhile', () => {
    const byYear = stubClient(() => undefined);
    const c = render(<FundingCallPage />, byYear.client, callAt);
    expect(c.querySelector('.page-skeleton')).not.toBeNull();
    expect(byYear.executeQuery.mock.calls[0][0].variables).toEqual({ year: 2021, lang: 'fi' });

    const byId = stubClient(() => undefined);
    render(<FundingCallPage />, byId.client, { ...callAt, url: '/sv/funding/RnVuZDox' });
    expect(byId.executeQuery.mock.calls[0][0].variables).toEqual({ id: 'RnVuZDox', lang: 'sv' });
  });

  it('says the call does not exist on NOT_FOUND, and shows other errors with a retry', () => {
    const notFound = new CombinedError({
      graphQLErrors: [new GraphQLError('No call', { extensions: { code: 'NOT_FOUND' } })],
    });
    const c = render(<FundingCallPage />, stubClient(() => ({ error: notFound })).client, callAt);
    expect(text(c.querySelector('h1'))).toBe('Rahoitushakua ei löytynyt.');

    const stub = stubClient(() => ({ error: new CombinedError({ networkError: new Error('offline') }) }));
    const c2 = render(<FundingCallPage />, stub.client, callAt);
    expect(text(c2.querySelector('[role="alert"] p'))).toBe('Rahoitushaun lataaminen epäonnistui.');
    const n = stub.executeQuery.mock.calls.length;
    click(button(c2, 'Yritä uudelleen'));
    expect(stub.executeQuery.mock.calls.length).toBeGreaterThan(n);
  });

  it('lists the grants and sums them by theme and by region', () => {
    const grants = [
      grant({}),
      grant({
        id: 'G2',
        ordinal: 2,
        maxAmountEur: 178500,
        leadApplicant: { id: 'O2', municipalityCode: '111', name: fi('Heinola'), region: null },
        project: { id: 'P2', slug: 'digiturva', themes: ['DIGITAL_SECURITY'], name: fi('Digiturvalla tulevaan') },
      }),
      grant({ id: 'G3', ordinal: 3, maxAmountEur: null, project: null }),
    ];
    const c = render(<FundingCallPage />, stubClient(() => ({ data: { fundingCall: call(grants) } })).client, callAt);
    expect(text(c.querySelector('h1'))).toBe('Kuntien digitalisaation kannustinjärjestelmä 2021');
    const section = (title: string) =>
      [...c.querySelectorAll('.detail-section')].find((s) => s.querySelector('h2')?.textContent === title);

    const rows = [...(section('Rahoitetut hankkeet')?.querySelectorAll('tbody tr') ?? [])];
    expect(rows.map((r) => [...r.querySelectorAll('td')].map(text))).toEqual([
      ['1', 'KAATIO', 'Oulu', 'Pohjois-Pohjanmaa', '572\u00a0000\u00a0€', 'Rakennettu ympäristö, Kaavatietomalli'],
      ['2', 'Digiturvalla tulevaan', 'Heinola', '', '178\u00a0500\u00a0€', 'Digitaalinen turvallisuus'],
      ['3', 'Hanketta ei nimetty', 'Oulu', 'Pohjois-Pohjanmaa', 'summa ei tiedossa', ''],
    ]);
    expect(text(section('Rahoitetut hankkeet')?.querySelector('caption'))).toBe('3 avustusta');
    expect(text(section('Rahoitetut hankkeet')?.querySelector('.badge-warn'))).toBe('Osa avustuksista puuttuu');

    const sums = (title: string) =>
      [...(section(title)?.querySelectorAll('tbody tr') ?? [])].map((r) => [...r.children].map(text).join(' | '));
    expect(sums('Maakunnat')).toEqual([
      'Pohjois-Pohjanmaa | 2 | 572\u00a0000\u00a0€',
      'Maakunta ei tiedossa | 1 | 178\u00a0500\u00a0€',
    ]);
    expect(sums('Teemat')[0]).toBe('Rakennettu ympäristö | 1 | 572\u00a0000\u00a0€');
    // The grant without an amount is its group's only one: no made-up "0 €".
    expect(sums('Teemat')).toContain('Teema ei tiedossa | 1 | summa ei tiedossa');

    const fact = (name: string) =>
      text([...c.querySelectorAll('.facts dt')].find((dt) => dt.textContent === name)?.nextElementSibling);
    expect(fact('Hakemuksia')).toBe('46');
    expect(fact('Myönnetty yhteensä (päätös)')).toBe('5\u00a0770\u00a0000\u00a0€');
    expect(fact('Tiedossa yhteensä')).toBe('750\u00a0500\u00a0€ (kattaa 2 avustusta 3 tiedossa olevasta)');
    expect(text(c)).not.toContain('Avustusten määrät eivät ole tiedossa.');
    expect(c.querySelector('p[lang="en"]')?.textContent).toBe('built environment digitalisation');
  });

  it('says which known grants the known total covers from the counts, also of more grants than the page loads', () => {
    const grants = [grant({}), grant({ id: 'G2', ordinal: 2, maxAmountEur: null, project: null })];
    const many = call(grants, { knownGrantCount: 120, knownAmountGrantCount: 118, knownGrantsTotalEur: 9000000 });
    const c = render(<FundingCallPage />, stubClient(() => ({ data: { fundingCall: many } })).client, callAt);
    const fact = (name: string) =>
      text([...c.querySelectorAll('.facts dt')].find((dt) => dt.textContent === name)?.nextElementSibling);
    expect(fact('Tiedossa yhteensä')).toBe('9\u00a0000\u00a0000\u00a0€ (kattaa 118 avustusta 120 tiedossa olevasta)');

    // Every known amount is in the total: nothing to add.
    const all = call([grant({})], { knownGrantCount: 120, knownAmountGrantCount: 120, knownGrantsTotalEur: 9000000 });
    const c2 = render(<FundingCallPage />, stubClient(() => ({ data: { fundingCall: all } })).client, {
      ...callAt,
      url: '/sv/funding/2021',
    });
    expect(text(c2.querySelector('.facts'))).not.toContain('omfattar');
  });

  it('says so when no grant of the call is known', () => {
    const none = call([], { knownGrantsTotalEur: 0, totalAwardedEur: null, unknownAmountEur: null });
    const c = render(<FundingCallPage />, stubClient(() => ({ data: { fundingCall: none } })).client, callAt);
    expect(text(c.querySelector('.empty'))).toBe('Tämän haun avustuksia ei tunneta.');
    expect(text(c.querySelector('.facts'))).not.toContain('Tiedossa yhteensä');
    expect(text(c)).toContain('Avustusten määrät eivät ole tiedossa.');
  });

  it('says the amounts are not known instead of a total of 0 € when no grant has one', () => {
    const grants = [
      grant({ maxAmountEur: null }),
      grant({ id: 'G2', ordinal: 2, maxAmountEur: null, leadApplicant: null, project: null }),
    ];
    const unknown = call(grants, { knownGrantsTotalEur: 0, totalAwardedEur: null, unknownAmountEur: null });
    const c = render(<FundingCallPage />, stubClient(() => ({ data: { fundingCall: unknown } })).client, callAt);
    const facts = [...c.querySelectorAll('.facts dt')].map(text);
    expect(facts).toContain('Avustuksia tiedossa');
    expect(facts).not.toContain('Tiedossa yhteensä');
    expect(text(c.querySelector('.section-note'))).toBe('Avustusten määrät eivät ole tiedossa.');
    const sums = [...c.querySelectorAll('.detail-section')]
      .filter((s) => ['Teemat', 'Maakunnat'].includes(s.querySelector('h2')?.textContent ?? ''))
      .flatMap((s) => [...s.querySelectorAll('tbody td:last-child')].map(text));
    // Three themes (one grant has two, the other none) and two regions.
    expect(sums).toEqual(Array(5).fill('summa ei tiedossa'));
    expect(text(c)).not.toMatch(ZERO_EUR);

    const sv = render(<FundingCallPage />, stubClient(() => ({ data: { fundingCall: unknown } })).client, {
      ...callAt,
      url: '/sv/funding/2021',
    });
    expect(text(sv.querySelector('.section-note'))).toBe('Understödens belopp är inte kända.');
  });

  it('names each section and its scrollable table differently (axe landmark-unique)', () => {
    const c = render(
      <FundingCallPage />,
      stubClient(() => ({ data: { fundingCall: call([grant({})]) } })).client,
      callAt,
    );
    const names = regionNames(c);
    expect(names).toEqual(
      expect.arrayContaining(['Rahoitetut hankkeet', 'Rahoitetut hankkeet (vieritettävä taulukko)']),
    );
    expect(names).toEqual(expect.arrayContaining(['Teemat', 'Teemat (vieritettävä taulukko)']));
    expect(names).toEqual(expect.arrayContaining(['Maakunnat', 'Maakunnat (vieritettävä taulukko)']));
    expect(new Set(names).size).toBe(names.length);
    expect([...c.querySelectorAll('[role="region"]')].every((r) => r.getAttribute('tabindex') === '0')).toBe(true);
  });
});
