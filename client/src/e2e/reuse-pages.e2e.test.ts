// Deliverable, national service, specification, funding call, accessibility statement and API
// pages in fi, sv and en against the real server and the real reference data: content from the
// data, links between the pages, axe on every page, no sideways scrolling at 320 px, screenshots.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, SCREENSHOT_DIR } from './browser';

const baseUrl = inject('baseUrl');
const LANGS = ['fi', 'sv', 'en'] as const;

/** Seutudigi's final report (ids of reference data are stable across reseeds). */
const SEUTUDIGI_REPORT = 'RGVsaXZlcmFibGU6ZjdhYWRkZTUtYmRmZC01NTAzLWE5MjgtM2UzNmM1NDc5OGVj';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const h1 = (page: Page) => page.locator('h1').innerText();
/** expect.poll with room for a loaded machine: the page's chunk and query arrive when they arrive. */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000 });
const pathOf = (page: Page) => new URL(page.url()).pathname;
const section = (page: Page, title: string) =>
  page.locator('.detail-section', { has: page.getByRole('heading', { level: 2, name: title, exact: true }) });

async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

describe('funding', () => {
  it('lists the calls and shows the 2021 call with its 17 grants, themes and regions', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/fi/`);
    await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Rahoitus' }).click();
    await poll(() => pathOf(page)).toBe('/fi/funding');
    // The address changes before the new page is drawn (navigations are React transitions).
    await poll(() => h1(page)).toBe('Rahoitushaut');
    await page.locator('.card').first().waitFor();
    expect(await page.locator('.card h2').allInnerTexts()).toEqual([
      'Kuntien digitalisaation kannustinjärjestelmä 2022',
      'Kuntien digitalisaation kannustinjärjestelmä 2021',
      'Kuntien digitalisaation kannustinjärjestelmä 2020',
      'Kuntien digitalisaation kannustinjärjestelmä 2019',
    ]);

    await page.getByRole('link', { name: 'Kuntien digitalisaation kannustinjärjestelmä 2021' }).click();
    await poll(() => pathOf(page)).toBe('/fi/funding/2021');
    await poll(() => h1(page)).toBe('Kuntien digitalisaation kannustinjärjestelmä 2021');
    const grants = section(page, 'Rahoitetut hankkeet').locator('tbody tr');
    await poll(() => grants.count()).toBe(17);
    expect(await section(page, 'Rahoitetut hankkeet').locator('caption').innerText()).toBe('17 avustusta');
    expect(await grants.allInnerTexts()).toContainEqual(expect.stringMatching(/KAATIO.*Oulu.*572\u00a0000\u00a0€/s));
    expect(await section(page, 'Haun tiedot').innerText()).toContain('46');
    expect(await section(page, 'Teemat').locator('tbody tr').count()).toBeGreaterThan(3);
    expect(await section(page, 'Maakunnat').innerText()).toContain('Pohjois-Pohjanmaa');
    await poll(() => page.title()).toBe('Kuntien digitalisaation kannustinjärjestelmä 2021 – Kuntagraph');
    expect(problems).toEqual([]);
  });

  it('marks a call whose grants are only partly known, in Swedish', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/sv/funding/2020`);
    await poll(() => section(page, 'Finansierade projekt').locator('tbody tr').count()).toBe(3);
    expect(await section(page, 'Finansierade projekt').locator('.badge-warn').innerText()).toBe(
      'En del understöd saknas',
    );
  });
});

describe('deliverable, service and specification pages', () => {
  it('opens a deliverable from its project page, and back to the project', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/en/projects/seutudigi`);
    await page.getByRole('link', { name: 'Seutudigi final report', exact: true }).first().click();
    await poll(() => pathOf(page)).toBe(`/en/deliverables/${SEUTUDIGI_REPORT}`);
    await poll(() => h1(page)).toBe('Seutudigi final report');
    expect(await page.locator('.kicker').innerText()).toMatch(/^report$/i);
    expect(await section(page, 'Adoptions').locator('.empty').innerText()).toBe(
      'No adoptions declared by an adopter or verified are recorded.',
    );
    await section(page, 'Produced by').getByRole('link').first().click();
    await poll(() => pathOf(page)).toBe('/en/projects/seutudigi');
    expect(problems).toEqual([]);
  });

  it('shows a deliverable’s English-only title as such on the Finnish page', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/fi/deliverables/${SEUTUDIGI_REPORT}`);
    await poll(() => page.locator('h1 [lang="en"]').innerText()).toBe('Seutudigi final report');
    expect(await page.locator('h1 .fallback-note').innerText()).toBe('(englanniksi)');
    expect(await section(page, 'Tuottaneet hankkeet').innerText()).toMatch(/^Seutudigi/m);
  });

  it('shows who uses Kybermittari, and Lupapiste with its provider', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/fi/services/kybermittari`);
    await poll(() => h1(page)).toBe('Kybermittari');
    const users = section(page, 'Käyttäjät ja käyttötapa');
    await poll(() => users.locator('h3').allInnerTexts()).toEqual(['Käyttää']);
    expect(await users.getByRole('link').first().getAttribute('href')).toBe('/fi/projects/digityy');

    await page.goto(`${baseUrl}/sv/services/lupapiste`);
    await poll(() => h1(page)).toBe('Lupapiste');
    expect(await section(page, 'Grunduppgifter').innerText()).toContain('Cloudpermit Oy');
    // The reference data links no project to Lupapiste yet: the page says so.
    expect(await section(page, 'Användare och användningssätt').locator('.empty').innerText()).toBe(
      'Inga projekt eller resultat som använder tjänsten har registrerats.',
    );
    expect(problems).toEqual([]);
  });

  it('opens the plan data model from KAATIO and lists the projects applying it', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/en/projects/kaatio`);
    await section(page, 'Specifications').getByRole('link', { name: 'National spatial plan data model' }).click();
    await poll(() => pathOf(page)).toBe('/en/specifications/kaavatietomalli');
    await poll(() => h1(page)).toBe('National spatial plan data model');
    const projects = section(page, 'Projects applying or publishing it').locator('li');
    expect(await projects.allInnerTexts()).toEqual([
      expect.stringMatching(/^KAATIO – .* – applied in the project$/),
      expect.stringMatching(/ – applied in the project$/),
    ]);
    expect(await section(page, 'Key facts').innerText()).toContain('Ministry of the Environment; Syke');
  });

  it('links search hits to service and specification pages', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/fi/search?q=lupapiste&kind=NATIONAL_SERVICE`);
    await page.locator('.hit h2 a').first().click();
    await poll(() => pathOf(page)).toBe('/fi/services/lupapiste');
  });
});

describe('accessibility statement and API page', () => {
  it('are linked from the footer in every language and say what the law and partners need', async () => {
    const { page, problems } = await openPage(browser);
    const expected = {
      fi: ['Saavutettavuusseloste', 'Avoin rajapinta (API)', 'osittain'],
      sv: ['Tillgänglighetsutlåtande', 'Öppet gränssnitt (API)', 'delvis'],
      en: ['Accessibility statement', 'Open API', 'partially'],
    } as const;
    for (const lang of LANGS) {
      const [statement, api, partially] = expected[lang];
      // Start from a page with a query, and let it answer: leaving earlier would abort the request.
      await page.goto(`${baseUrl}/${lang}/funding`);
      await page.locator('.card').first().waitFor();
      await page.locator('footer').getByRole('link', { name: statement }).click();
      await poll(() => pathOf(page)).toBe(`/${lang}/accessibility`);
      await poll(() => h1(page)).toBe(statement);
      expect(await page.locator('main strong').first().innerText()).toContain(partially);
      expect(await page.locator('main').innerText()).toContain('Traficom');
      expect(await page.locator('main').innerText()).toContain('306/2019');

      await page.locator('footer').getByRole('link', { name: api }).click();
      await poll(() => pathOf(page)).toBe(`/${lang}/api`);
      await poll(() => h1(page)).toBe(api);
      expect(await page.locator('pre code').first().innerText()).toContain(`${baseUrl}/graphql`);
    }
    expect(problems).toEqual([]);
  });

  it('serves the schema the API page links to, and its first example works', async () => {
    const schema = await fetch(`${baseUrl}/schema.graphql`);
    expect(schema.status).toBe(200);
    expect(await schema.text()).toContain('type FundingCall implements Node');

    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/en/api`);
    const curl = await page.locator('pre code').first().innerText();
    const body = /-d '(.*)'$/s.exec(curl)?.[1];
    const res = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const json = (await res.json()) as { data?: { fundingCall: { knownGrantCount: number } }; errors?: unknown };
    expect(json.errors).toBeUndefined();
    expect(json.data?.fundingCall.knownGrantCount).toBe(17);
  });

  it('can be used by keyboard: skip link first, then focus lands on the content', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/fi/accessibility`);
    await page.locator('h1').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Siirry sisältöön');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // The next Tab reaches the first link inside the content, with a visible focus ring.
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { inMain: !!el.closest('main'), outline: getComputedStyle(el).outlineStyle };
    });
    expect(focused).toEqual({ inMain: true, outline: 'solid' });
  });
});

const PAGES = [
  { name: 'deliverable', path: `/deliverables/${SEUTUDIGI_REPORT}`, ready: '.facts' },
  { name: 'service', path: '/services/kybermittari', ready: '.group' },
  { name: 'service-empty', path: '/services/lupapiste', ready: '.facts' },
  { name: 'specification', path: '/specifications/kaavatietomalli', ready: '.facts' },
  { name: 'funding', path: '/funding', ready: '.card' },
  { name: 'funding-2021', path: '/funding/2021', ready: '.data-table' },
  { name: 'accessibility', path: '/accessibility', ready: 'h1' },
  { name: 'api', path: '/api', ready: 'pre' },
  { name: 'thesaurus', path: '/thesaurus', ready: 'tbody tr' },
];

describe('every new page', () => {
  for (const lang of LANGS) {
    for (const p of PAGES) {
      it(`${p.name} in ${lang}: no serious or critical axe violations, no sideways scrolling at 320 px`, async () => {
        for (const width of [1280, 320]) {
          const { page, context } = await openPage(browser, { width, height: 800 });
          await page.goto(`${baseUrl}/${lang}${p.path}`);
          await page.locator(p.ready).first().waitFor();
          await poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);

          const widths = await page.evaluate(() => {
            // Data tables scroll inside their own region (WCAG 1.4.10 allows it); the page must not.
            const wide = [...document.querySelectorAll('body *')]
              .filter((el) => !el.closest('.table-scroll'))
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
      });
    }
  }
});
