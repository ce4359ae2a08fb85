// Home, search, project and municipality pages in fi, sv and en against the real server and the
// real reference data: routing with the language in the URL, facets in the URL, axe on every page.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, SCREENSHOT_DIR } from './browser';

const baseUrl = inject('baseUrl');
const LANGS = ['fi', 'sv', 'en'] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const h1 = (page: Page) => page.locator('h1').innerText();
const path_ = (page: Page) => {
  const u = new URL(page.url());
  return u.pathname + u.search;
};

/** The search result count and the hits' titles once the search has answered. */
async function results(page: Page) {
  await expect.poll(() => page.locator('.count').innerText(), { timeout: 15_000 }).toMatch(/\d/);
  return {
    count: await page.locator('.count').innerText(),
    titles: await page.locator('.hit h2').allInnerTexts(),
    kinds: await page.locator('.hit .hit-kind').allInnerTexts(),
  };
}

async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

describe('routing', () => {
  it('redirects / to the browser’s preferred language', async () => {
    const fi = await openPage(browser);
    await fi.page.goto(`${baseUrl}/`);
    await expect.poll(() => path_(fi.page)).toBe('/fi/');
    expect(await h1(fi.page)).toBe('Kuntien digitalisaatio\u00adhankkeet');

    const sv = await openPage(browser, { locale: 'sv-FI' });
    await sv.page.goto(`${baseUrl}/`);
    await expect.poll(() => path_(sv.page)).toBe('/sv/');
    await expect.poll(() => sv.page.evaluate(() => document.documentElement.lang)).toBe('sv');
  });

  it('opens a link without its language in the reader’s language, query kept', async () => {
    const sv = await openPage(browser, { locale: 'sv-FI' });
    await sv.page.goto(`${baseUrl}/search?q=byggnadstillsyn`);
    await expect.poll(() => path_(sv.page)).toBe('/sv/search?q=byggnadstillsyn');
    expect((await results(sv.page)).titles.length).toBeGreaterThan(0);
  });

  it('says so for an unknown project, in the page language', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/en/projects/no-such-project`);
    await expect.poll(() => h1(page)).toBe('Project not found.');
  });
});

describe('home page', () => {
  it('shows the key figures and searches from the search box', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/fi/`);
    await expect.poll(() => page.locator('.figures dd').first().innerText()).toBe('20');
    expect(await page.locator('.figures dt').allInnerTexts()).toEqual([
      'hanketta',
      'tulosta',
      'osallistuvaa organisaatiota',
      'käyttöönottoa',
      'myönnetty avustuksina',
    ]);
    expect(await page.locator('.theme-links a').count()).toBe(16);

    await page.getByLabel('Hae hankkeita, tuloksia ja organisaatioita').fill('kaava');
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    await expect.poll(() => path_(page)).toBe('/fi/search?q=kaava');
    const r = await results(page);
    expect(
      r.titles.some((t) => /^KAATIO – Kaavan tuottaminen/.test(t)),
      r.titles.join(' | '),
    ).toBe(true);
    // The count is a live region: screen readers hear the new count.
    expect(await page.locator('.count').getAttribute('aria-live')).toBe('polite');
    expect(problems).toEqual([]);
  });
});

describe('search', () => {
  it('finds Swedish words in Swedish', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/sv/search?q=byggnadstillsyn`);
    const r = await results(page);
    expect(r.titles.length).toBeGreaterThan(0);
    expect(
      r.titles.some((t) => /byggnadstillsyn/i.test(t)),
      r.titles.join(' | '),
    ).toBe(true);
    expect(r.count).toMatch(/träff/);
  });

  it('keeps the facets in the URL, and Back restores the previous state', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/fi/search?q=kaava`);
    const before = await results(page);
    expect(new Set(before.kinds).size).toBeGreaterThan(1);

    const kinds = page.locator('fieldset', { hasText: 'Tyyppi' });
    const projects = kinds.getByRole('checkbox', { name: /^Hanke/ });
    // The checkbox follows the URL: click it (the design system's checkbox draws its box on the
    // label, which is what a user clicks) and wait for the URL and results, not for its own state.
    await kinds.locator('label', { hasText: /^Hanke/ }).click();
    await expect.poll(() => path_(page)).toBe('/fi/search?q=kaava&kind=PROJECT');
    await expect.poll(async () => new Set((await results(page)).kinds)).toEqual(new Set(['HANKE']));
    expect(await projects.isChecked()).toBe(true);
    const filtered = await results(page);
    expect(filtered.titles.length).toBeLessThan(before.titles.length);

    // A shared link shows the same state.
    const shared = await openPage(browser);
    await shared.page.goto(page.url());
    expect((await results(shared.page)).titles).toEqual(filtered.titles);

    await page.goBack();
    await expect.poll(() => path_(page)).toBe('/fi/search?q=kaava');
    await expect.poll(async () => (await results(page)).titles).toEqual(before.titles);
    expect(await projects.isChecked()).toBe(false);
  });
});

describe('search with the thesaurus', () => {
  it('finds a planner’s word by its Swedish and English terms, says so, and searches as typed on request', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/fi/search?q=kaavoitus&kind=PROJECT`);
    const r = await results(page);
    // The real 2021 project KAATIO is named "Kaavan tuottaminen …": `kaavoitus` is not in it.
    expect(r.titles.join(' | ')).toContain('KAATIO – Kaavan tuottaminen');
    const said = await page.locator('.search-synonyms').innerText();
    expect(said).toContain('Haettiin myös sanoilla: kaava, maankäytön suunnittelu, planläggning');
    await page.locator('.search-synonyms').getByRole('link', { name: 'Hae vain kirjoitetuilla sanoilla' }).click();
    await expect.poll(() => path_(page)).toBe('/fi/search?q=%22kaavoitus%22&kind=PROJECT');
    await expect.poll(async () => (await results(page)).count).toBe('0 tulosta');
    expect(await page.locator('.search-synonyms').count()).toBe(0);
    expect(await page.locator('form[role="search"] input[name="q"]').inputValue()).toBe('"kaavoitus"');
  });
});

describe('a search that finds nothing', () => {
  it('offers the themes, and a theme opens the search of its projects', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/fi/search?q=zzqxzz`);
    expect((await results(page)).count).toBe('0 tulosta');
    expect(await page.locator('.facets').count()).toBe(0);
    await page.locator('.search-browse').getByRole('link', { name: 'Kulttuuriympäristö' }).click();
    await expect.poll(() => path_(page)).toBe('/fi/search?theme=CULTURAL_ENVIRONMENT');
    // The real 2021 project on cultural environments, named in Swedish only.
    await expect
      .poll(async () => (await results(page)).titles.join(' | '))
      .toContain('Kulturmiljöernas värde i vardagen');
  });
});

describe('search paging', () => {
  it('loads more results after the cursor and moves focus to the first new one', async () => {
    const { page } = await openPage(browser);
    // No words: browse everything (hundreds of nodes), 20 at a time.
    await page.goto(`${baseUrl}/en/search`);
    await page.locator('.hit').first().waitFor();
    expect(await page.locator('.hit').count()).toBe(20);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect.poll(() => page.locator('.hit').count()).toBe(40);
    const titles = await page.locator('.hit h2').allInnerTexts();
    expect(new Set(titles).size).toBe(40);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(titles[20]);
  });
});

describe('project page', () => {
  it('opens KAATIO of the 2021 call from the search, with Oulu leading and Espoo taking part; switches language in place', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/fi/search?q=kaava`);
    await results(page);
    await page.getByRole('link', { name: /^KAATIO – Kaavan tuottaminen/ }).click();
    await expect.poll(() => path_(page)).toBe('/fi/projects/kaatio');
    await expect.poll(() => h1(page)).toMatch(/^KAATIO – Kaavan tuottaminen/);

    const participants = await page.locator('.participants li').allInnerTexts();
    expect(participants[0]).toBe('Oulu – Päähakija');
    expect(participants).toContain('Espoo – Osallistuja');
    expect(await page.locator('.detail-section', { hasText: 'Rahoitus' }).innerText()).toContain(
      'Kuntien digitalisaation kannustinjärjestelmä 2021: enintään 572\u00a0000\u00a0€',
    );
    // Other organisations than municipalities have a page by id.
    const kuntaliitto = page.getByRole('link', { name: 'Suomen Kuntaliitto', exact: true });
    expect(await kuntaliitto.getAttribute('href')).toMatch(/^\/fi\/organisations\/[\w=-]+$/);
    // Facts not stated by a cited source are marked unverified.
    expect(await page.locator('.sources .badge-warn').count()).toBeGreaterThan(0);
    expect(await page.locator('.related > li').count()).toBeGreaterThan(0);

    await page.getByRole('link', { name: 'Svenska', exact: true }).click();
    await expect.poll(() => path_(page)).toBe('/sv/projects/kaatio');
    await expect.poll(() => h1(page)).toMatch(/^Utarbetande av plan enligt en standardiserad datamodell/);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('sv');
    expect((await page.locator('.participants li').allInnerTexts())[0]).toBe('Uleåborg – Huvudsökande');

    // The municipality links go to the municipality page.
    await page.getByRole('link', { name: 'Uleåborg', exact: true }).click();
    await expect.poll(() => path_(page)).toBe('/sv/municipalities/564');
    await expect.poll(() => h1(page)).toBe('Uleåborg');
    expect(problems).toEqual([]);
  });
});

describe('project page in print', () => {
  it('prints the content only: no navigation, buttons or forms; external link addresses written out', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/fi/projects/kaatio`);
    await expect.poll(() => h1(page)).toMatch(/^KAATIO – Kaavan tuottaminen/);
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) =>
      page.$$eval(selector, (els) => els.filter((e) => getComputedStyle(e).display !== 'none').length);
    expect(await shown('.main-nav, .lang-switcher, .user-menu, .skip-link, .explore-link')).toBe(0);
    expect(await shown('main button, main form')).toBe(0);
    expect(await shown('h1')).toBe(1);
    // A source link reads "(lähde)" on screen; on paper its address follows.
    const printed = await page.$$eval('a[data-print-url]', (els) =>
      els.map((e) => [e.getAttribute('href'), getComputedStyle(e, '::after').content]),
    );
    expect(printed.length).toBeGreaterThan(0);
    for (const [href, after] of printed) expect(after).toBe(`" (${href})"`);
    // Cards and list items are kept whole across pages.
    expect(await page.$eval('.detail-section li', (e) => getComputedStyle(e).breakInside)).toBe('avoid');
    await screenshot(page, 'project-print-fi');
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    expect(problems).toEqual([]);
  });
});

describe('municipality page', () => {
  it('shows Oulu (564): its projects and municipalities like it', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/fi/municipalities/564`);
    await expect.poll(() => h1(page)).toBe('Oulu');
    const section = (name: string) => page.locator('.detail-section', { hasText: name });
    expect(await section('Osallistuminen hankkeisiin').innerText()).toMatch(/KAATIO – Kaavan tuottaminen.*Päähakija/);
    expect(await section('Samankaltaiset kunnat').locator('.related > li').count()).toBeGreaterThan(0);
    expect(await section('Perustiedot').innerText()).toContain('Pohjois-Pohjanmaa');
  });
});

/** Records of a CSV text (RFC 4180: quoted cells may hold the separator, quotes and line breaks). */
function csvRecords(csv: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i];
    if (quoted && ch === '"' && csv[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ';') {
      record.push(cell);
      cell = '';
    } else if (!quoted && ch === '\r' && csv[i + 1] === '\n') {
      records.push([...record, cell]);
      record = [];
      cell = '';
      i++;
    } else {
      cell += ch;
    }
  }
  return records;
}

describe('downloads and feeds', () => {
  it('downloads the shown search, facet included, as the CSV Excel opens: the same rows as the results', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/fi/search?q=kaava`);
    await results(page);
    const kinds = page.locator('fieldset', { hasText: 'Tyyppi' });
    await kinds.locator('label', { hasText: /^Hanke/ }).click();
    await expect.poll(() => path_(page)).toBe('/fi/search?q=kaava&kind=PROJECT');
    await expect.poll(async () => new Set((await results(page)).kinds)).toEqual(new Set(['HANKE']));
    const shown = Number((await page.locator('.count').innerText()).replace(/\D/g, ''));
    expect(shown).toBeGreaterThan(0);
    expect(shown, 'a small result: every hit on one page and in one file').toBeLessThanOrEqual(20);

    const download = page.getByRole('link', { name: 'Lataa tulokset CSV-tiedostona' });
    expect(await download.getAttribute('download')).toBe('');
    const href = await download.getAttribute('href');
    expect(href).toBe('/export/search.csv?q=kaava&lang=fi&kind=PROJECT');
    const res = await fetch(new URL(href!, page.url()));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = csvRecords(new TextDecoder().decode(bytes.slice(3)));
    expect(header).toEqual(['Sija', 'Laji', 'Nimi', 'Ote', 'Osuvuus', 'Sivu']);
    expect(rows).toHaveLength(shown);
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(['PROJECT']));
    expect(problems).toEqual([]);
  });

  it('links a municipality’s Atom feed on its page and in the head, and drops it on leaving', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/sv/municipalities/564`);
    await expect.poll(() => h1(page)).toBe('Uleåborg');
    const visible = page.getByRole('link', { name: 'Följ med en flödesläsare (Atom)' });
    const head = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    expect(await visible.getAttribute('href')).toBe('/feeds/municipalities/564.atom?lang=sv');
    expect(await head.count()).toBe(1);
    expect(await head.getAttribute('href')).toBe('/feeds/municipalities/564.atom?lang=sv');
    expect(await head.getAttribute('title')).toBe('Kuntagraph: Uleåborg (Atom)');

    const res = await fetch(new URL((await head.getAttribute('href'))!, page.url()));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    const xml = await res.text();
    expect(xml).toContain('<feed');
    expect(xml).toContain('xml:lang="sv"');

    // Another page of the app (a client-side navigation) has no feed of Oulu in its head.
    await page.locator('.detail-section a[href^="/sv/projects/"]').first().click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/sv\/projects\/./);
    await page.locator('.participants').waitFor();
    await expect.poll(() => head.count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('shows the download and feed links whole at 320 px (screenshots of the links in view)', async () => {
    const views = [
      { name: 'search', path: '/search?q=kaava&kind=PROJECT&kind=DELIVERABLE', at: '.search-downloads' },
      { name: 'search-theme', path: '/search?theme=LAND_USE_PLANNING', at: '.search-downloads' },
      { name: 'home', path: '/', at: '.feed-links' },
      { name: 'projects', path: '/projects', at: '.list-downloads' },
      { name: 'municipality', path: '/municipalities/564', at: '.feed-links' },
    ];
    for (const lang of ['fi', 'sv'] as const) {
      for (const v of views) {
        const { page, context } = await openPage(browser, { width: 320, height: 640 });
        await page.goto(`${baseUrl}/${lang}${v.path}`);
        const links = page.locator(v.at);
        await links.first().waitFor();
        await links.first().scrollIntoViewIfNeeded();
        for (const box of await links.locator('a').evaluateAll((as) => as.map((a) => a.getBoundingClientRect())))
          expect(box.right, `${v.name} in ${lang}`).toBeLessThanOrEqual(320);
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, `downloads-${v.name}-${lang}-320.png`) });
        await context.close();
      }
    }
  });
});

const PAGES = [
  { name: 'home', path: '/', ready: '.figures dd:not(:has(.skeleton-text))' },
  { name: 'search', path: '/search?q=kaava', ready: '.hit' },
  { name: 'search-facet', path: '/search?q=kaava&kind=PROJECT', ready: '.hit' },
  { name: 'search-none', path: '/search?q=zzqxzz', ready: '.search-browse .theme-links a' },
  { name: 'projects', path: '/projects', ready: 'article.project-card' },
  { name: 'project', path: '/projects/kaatio', ready: '.participants' },
  { name: 'municipality', path: '/municipalities/564', ready: '.related' },
  // Suomen Kuntaliitto (ids of reference data are stable across reseeds).
  {
    name: 'organisation',
    path: '/organisations/T3JnYW5pc2F0aW9uOjkwYTEzNzI4LWZiZDYtNTQwMS1iYWVlLTc0MGVhMjIyM2EyYw',
    ready: '.facts',
  },
];

describe('every page', () => {
  for (const lang of LANGS) {
    it(`has no serious or critical axe violations and no horizontal scrolling at 320 px in ${lang}`, async () => {
      for (const p of PAGES) {
        for (const width of [1280, 320]) {
          const { page, context } = await openPage(browser, { width, height: 800 });
          await page.goto(`${baseUrl}/${lang}${p.path}`);
          await page.locator(p.ready).first().waitFor();
          await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);

          const widths = await page.evaluate(() => {
            const wide = [...document.querySelectorAll('body *')]
              .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
              .slice(0, 5)
              .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? '').slice(0, 60)}`);
            return { scrollWidth: document.documentElement.scrollWidth, wide };
          });
          expect(widths.wide, `${p.name} in ${lang} at ${width} px`).toEqual([]);
          expect(widths.scrollWidth, `document width of ${p.name} in ${lang} at ${width} px`).toBeLessThanOrEqual(
            width,
          );
          await screenshot(page, `${p.name}-${lang}-${width}`);

          if (width === 1280) {
            const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
            const bad = axe.violations
              .filter((v) => v.impact === 'serious' || v.impact === 'critical')
              .map(
                (v) =>
                  `${v.impact} ${v.id}: ${v.help} (${v.nodes
                    .map((n) => n.target.join(' '))
                    .slice(0, 3)
                    .join(', ')})`,
              );
            expect(bad, `${p.name} in ${lang}`).toEqual([]);
            expect(axe.passes.length).toBeGreaterThan(10);
          }
          await context.close();
        }
      }
    });
  }
});
