import { act } from 'react';
import { CombinedError } from 'urql';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { regionNames } from '../../test/landmarks';
import { button, click, render, stubClient } from '../../test/render';
import { text } from '../../test/text';
import { colourClasses } from './choropleth';
import type { MapGeometry } from './geometry';
import RegionsPage from './RegionsPage';
import type { RegionsPageData } from './RegionsPage.query';

const geometry: MapGeometry = {
  width: 400,
  height: 800,
  shapes: [
    { code: '091', nameFi: 'Helsinki', nameSv: 'Helsingfors', d: 'M0,0L10,0L10,10Z', cx: 5, cy: 5 },
    { code: '049', nameFi: 'Espoo', nameSv: 'Esbo', d: 'M10,0L20,0L20,10Z', cx: 15, cy: 5 },
    { code: '564', nameFi: 'Oulu', nameSv: 'Uleåborg', d: 'M0,20L10,20L10,30Z', cx: 5, cy: 25 },
  ],
};
const load = vi.fn<() => Promise<MapGeometry>>();
vi.mock('./geometry', () => ({ loadMapGeometry: () => load() }));

const fi = (t: string) => ({ text: t, lang: 'fi' as const, isFallback: false });
const muni = (code: string, name: string, participations: number, adoptions = 0) => ({
  id: `O${code}`,
  municipalityCode: code,
  name: fi(name),
  participations: { totalCount: participations },
  adoptions: { totalCount: adoptions },
});
const data: RegionsPageData = {
  regions: [
    {
      id: 'R01',
      code: '01',
      municipalityCount: 2,
      name: fi('Uusimaa'),
      municipalities: { nodes: [muni('049', 'Espoo', 2), muni('091', 'Helsinki', 5)] },
    },
    {
      id: 'R17',
      code: '17',
      municipalityCount: 1,
      name: fi('Pohjois-Pohjanmaa'),
      municipalities: { nodes: [muni('564', 'Oulu', 1)] },
    },
  ],
};

/** Lets the geometry promise resolve and React commit. */
const settle = () => act(async () => {});

beforeEach(() => {
  load.mockReset();
  load.mockResolvedValue(geometry);
});

describe('colourClasses', () => {
  it('keeps zero apart and doubles the ranges', () => {
    expect(colourClasses(0).map((c) => [c.min, c.max])).toEqual([[0, 0]]);
    expect(colourClasses(5).map((c) => [c.min, c.max])).toEqual([
      [0, 0],
      [1, 1],
      [2, 3],
      [4, 5],
    ]);
    expect(colourClasses(1000)).toHaveLength(6);
    expect(colourClasses(1000)[5]).toMatchObject({ min: 16, max: 1000 });
  });
});

describe('RegionsPage', () => {
  it('shows a skeleton while loading and asks in the page language', () => {
    const stub = stubClient(() => undefined);
    const c = render(<RegionsPage />, stub.client, { url: '/sv/regions' });
    expect(c.querySelector('.page-skeleton')).not.toBeNull();
    expect(stub.executeQuery.mock.calls[0][0].variables).toEqual({ lang: 'sv' });
  });

  it('shows an error with a retry', () => {
    const stub = stubClient(() => ({ error: new CombinedError({ networkError: new Error('offline') }) }));
    const c = render(<RegionsPage />, stub.client, { url: '/en/regions' });
    expect(text(c.querySelector('[role="alert"] p'))).toBe('Loading the regions and municipalities failed.');
    const calls = stub.executeQuery.mock.calls.length;
    click(button(c, 'Try again'));
    expect(stub.executeQuery.mock.calls.length).toBeGreaterThan(calls);
  });

  it('draws the map with links, a legend and the tables sorted by count', async () => {
    const c = render(<RegionsPage />, stubClient(() => ({ data })).client, { url: '/en/regions' });
    await settle();
    const links = [...c.querySelectorAll('svg a')];
    expect(links).toHaveLength(3);
    const helsinki = c.querySelector('svg a[data-code="091"]');
    expect(helsinki?.getAttribute('aria-label')).toBe('Helsinki: 5 participations');
    expect(helsinki?.getAttribute('href')).toBe('/en/municipalities/091');
    // 5 is in the darkest class, 1 in the lightest blue.
    const fill = (code: string) => c.querySelector(`svg a[data-code="${code}"] path`)?.getAttribute('fill');
    expect(fill('091')).not.toBe(fill('564'));
    expect([...c.querySelectorAll('.map-legend li')].map(text)).toEqual([
      '0 (0 municipalities)',
      '1 (1 municipality)',
      '2–3 (1 municipality)',
      '4–5 (1 municipality)',
    ]);

    const rows = () =>
      [...c.querySelectorAll('.municipality-table tbody tr')].map((tr) =>
        [...tr.querySelectorAll('th, td')].map(text).join(' | '),
      );
    expect(rows()).toEqual([
      'Helsinki | Uusimaa | 5 | 0',
      'Espoo | Uusimaa | 2 | 0',
      'Oulu | Pohjois-Pohjanmaa | 1 | 0',
    ]);
    click(button(c, 'Municipality ↕'));
    expect(rows().map((r) => r.split(' | ')[0])).toEqual(['Espoo', 'Helsinki', 'Oulu']);
    expect(c.querySelector('th[aria-sort="ascending"]')).not.toBeNull();
    const regionRows = [...c.querySelectorAll('.data-table:not(.municipality-table) tbody tr')];
    expect(regionRows.map((tr) => [...tr.children].map(text).join(' | '))).toEqual([
      'Uusimaa | 2 | 2 | 7 | 0',
      'Pohjois-Pohjanmaa | 1 | 1 | 1 | 0',
    ]);
  });

  it('names each table section and its scrollable table differently (axe landmark-unique)', async () => {
    const c = render(<RegionsPage />, stubClient(() => ({ data })).client, { url: '/fi/regions' });
    await settle();
    expect(regionNames(c)).toEqual([
      'Maakunnat',
      'Maakunnat (vieritettävä taulukko)',
      'Kunnat',
      'Kunnat (vieritettävä taulukko)',
    ]);
    // Still focusable, so that keyboard users can scroll them.
    expect([...c.querySelectorAll('[role="region"]')].map((r) => r.getAttribute('tabindex'))).toEqual(['0', '0']);
  });

  it('shows adoptions, and says when there are none', async () => {
    const c = render(<RegionsPage />, stubClient(() => ({ data })).client, { url: '/fi/regions?show=adoptions' });
    await settle();
    expect(c.querySelector('svg a[data-code="091"]')?.getAttribute('aria-label')).toBe('Helsinki: 0 käyttöönottoa');
    expect(text(c.querySelector('figcaption .empty'))).toBe(
      'Käyttöönottoja ei ole vielä kirjattu yhdellekään kunnalle.',
    );
  });

  it('offers a retry when the borders fail to load', async () => {
    load.mockRejectedValueOnce(new Error('404'));
    const c = render(<RegionsPage />, stubClient(() => ({ data })).client, { url: '/en/regions' });
    await settle();
    expect(text(c.querySelector('.map-figure [role="alert"] p'))).toBe('Loading the map failed.');
    click(button(c, 'Try again'));
    await settle();
    expect(c.querySelectorAll('svg a')).toHaveLength(3);
    // The table does not depend on the map.
    expect(c.querySelectorAll('.municipality-table tbody tr')).toHaveLength(3);
  });
});
