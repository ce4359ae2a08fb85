// The map, the graph explorer and the charts against the real server and the real reference data:
// 309 municipalities on the map, Helsinki and Tampere opened from it by mouse and keyboard, KAATIO's
// neighbourhood drawn (or listed where WebGL is missing), the 2021 call's 17 grants in a chart's
// table; axe and 320 px on every page, and screenshots in fi, sv and en.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, SCREENSHOT_DIR } from './browser';

const baseUrl = inject('baseUrl');
const LANGS = ['fi', 'sv', 'en'] as const;
/** KAATIO (reference data ids are stable across reseeds). */
const KAATIO_ID = 'UHJvamVjdDowYTQyZjAxNy1mMzM2LTVkMTYtYTMyOC1lMTA1YTU2NGU0MTQ';

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

async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // The 309-row table makes the map page 14,000 px tall: its first screens say enough.
  const tall = await page.evaluate(() => document.documentElement.scrollHeight > 5000);
  await page.screenshot({
    path: path.join(SCREENSHOT_DIR, `${name}.png`),
    fullPage: true,
    ...(tall ? { clip: { x: 0, y: 0, width: page.viewportSize()?.width ?? 1280, height: 2400 } } : {}),
  });
}

/** Makes the page's canvases refuse WebGL, like a browser without a GPU. */
async function withoutWebGL(page: Page) {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (type.startsWith('webgl') || type === 'experimental-webgl') return null;
      return (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    } as typeof original;
  });
}

describe('map of the municipalities', () => {
  it('draws 309 municipalities; a click and Enter open their pages; the table lists the counts', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/fi/regions`);
    await page.locator('svg.municipality-map a').first().waitFor();
    await expect.poll(() => page.locator('svg.municipality-map a').count()).toBe(309);
    const helsinki = page.locator('svg.municipality-map a[data-code="091"]');
    expect(await helsinki.getAttribute('aria-label')).toBe('Helsinki: 2 osallistumista');

    // Hover shows the name and the count.
    await page.locator('svg.municipality-map a[data-code="837"]').hover();
    await expect.poll(() => page.locator('.map-tooltip').innerText()).toBe('Tampere: 3 osallistumista');
    await page.locator('svg.municipality-map a[data-code="837"]').click();
    await expect.poll(() => path_(page)).toBe('/fi/municipalities/837');
    await expect.poll(() => h1(page)).toBe('Tampere');

    await page.goBack();
    await page.locator('svg.municipality-map a').first().waitFor();
    await helsinki.focus();
    await expect.poll(() => page.locator('.map-tooltip').innerText()).toBe('Helsinki: 2 osallistumista');
    await page.keyboard.press('Enter');
    await expect.poll(() => path_(page)).toBe('/fi/municipalities/091');
    await expect.poll(() => h1(page)).toBe('Helsinki');

    await page.goBack();
    await page.locator('.municipality-table tbody tr').first().waitFor();
    const rows = page.locator('.municipality-table tbody tr');
    await expect.poll(() => rows.count()).toBe(309);
    // Most participations first: Tampere takes part in three projects.
    expect((await rows.first().innerText()).split('\t')).toEqual(['Tampere', 'Pirkanmaa', '3', '0']);
    const helsinkiRow = page.locator('.municipality-table tbody tr', { hasText: 'Helsinki' });
    expect((await helsinkiRow.innerText()).split('\t')).toEqual(['Helsinki', 'Uusimaa', '2', '0']);
    expect(await page.locator('.data-table:not(.municipality-table) tbody tr').count()).toBe(19);

    // Adoptions: none recorded yet in the reference data, and the page says so.
    await page.getByRole('radio', { name: 'Käyttöönotot' }).click();
    await expect.poll(() => path_(page)).toBe('/fi/regions?show=adoptions');
    await expect.poll(() => helsinki.getAttribute('aria-label')).toBe('Helsinki: 0 käyttöönottoa');
    expect(await page.locator('figcaption .empty').innerText()).toMatch(/Käyttöönottoja ei ole/);
    expect(problems).toEqual([]);
  });
});

describe('graph explorer', () => {
  it('opens KAATIO’s neighbourhood from the project page, as a picture where WebGL works and as a list', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/fi/projects/kaatio`);
    await page.getByRole('link', { name: 'Tutki verkostoa' }).click();
    await expect.poll(() => path_(page)).toBe(`/fi/explore/${KAATIO_ID}`);
    await page.locator('.count').waitFor();
    expect(await h1(page)).toMatch(/^Verkosto: KAATIO/);
    expect(await page.locator('.count').innerText()).toBe('20 solmua ja 20 yhteyttä');

    const webgl = await page.evaluate(() => {
      const c = document.createElement('canvas');
      return !!(c.getContext('webgl2') ?? c.getContext('webgl'));
    });
    console.info(`graph explorer: WebGL ${webgl ? 'available: testing the canvas' : 'missing: testing the fallback'}`);
    if (webgl) {
      await page.locator('.graph-canvas canvas').first().waitFor();
      expect(await page.locator('.graph-canvas').getAttribute('aria-label')).toMatch(/^Verkosto kuvana, 20 solmua/);
      await page.getByRole('button', { name: 'Luettelo' }).click();
    } else {
      expect(await page.locator('.notice').innerText()).toMatch(/WebGL/);
    }
    await page.locator('.node-group h2').first().waitFor();
    const groups = await page.locator('.node-group h2').allInnerTexts();
    expect(groups).toContain('Organisaatiot (17)');
    expect(groups).toContain('Hankkeet (1)');

    // Two steps away: the other projects of the same participants.
    // The radio follows the URL: click it and wait for the URL and the answer, not for its own state.
    await page.getByRole('radio', { name: '2 askelta' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('hops')).toBe('2');
    await expect.poll(() => page.locator('.count').innerText(), { timeout: 15_000 }).toBe('39 solmua ja 51 yhteyttä');

    // A node of the list opens its own page.
    await page
      .locator('.node-group', { hasText: 'Organisaatiot' })
      .getByRole('link', { name: 'Oulu', exact: true })
      .first()
      .click();
    await expect.poll(() => path_(page)).toBe('/fi/municipalities/564');
    await expect.poll(() => h1(page)).toBe('Oulu');

    // …and from the municipality page back into the graph.
    await page.getByRole('link', { name: 'Tutki verkostoa' }).click();
    await expect.poll(() => h1(page), { timeout: 15_000 }).toBe('Verkosto: Oulu');
    await expect.poll(() => page.locator('.count').innerText()).toMatch(/^\d+ solmua/);
    expect(problems).toEqual([]);
  });

  it('shows the list with a message where WebGL is missing', async () => {
    const { page } = await openPage(browser);
    await withoutWebGL(page);
    await page.goto(`${baseUrl}/en/explore/${KAATIO_ID}?hops=2&limit=5000`);
    await page.locator('.node-item').first().waitFor();
    expect(await page.locator('.notice').first().innerText()).toMatch(/WebGL is not available/);
    expect(await page.locator('.node-item').count()).toBeGreaterThan(20);
    expect(await page.locator('.graph-canvas').count()).toBe(0);
    expect(await page.locator('.view-toggle').count()).toBe(0);
  });
});

describe('charts', () => {
  it('draws grants and deliverables by year, theme and region, with tables of the real numbers', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/fi/`);
    await page.getByRole('link', { name: 'Avustukset ja tulokset kaavioina' }).click();
    await expect.poll(() => path_(page)).toBe('/fi/statistics');
    await page.locator('figure.chart-figure canvas').first().waitFor();
    expect(await page.locator('figure.chart-figure canvas').count()).toBe(3);
    const byYear = page.locator('figure.chart-figure').first();
    const row2021 = byYear.locator('tbody tr', { hasText: '2021' });
    // The 2021 call: 17 grants, EUR 5.77 M; the five deliverables known so far came from it.
    expect((await row2021.innerText()).split('\t')).toEqual(['2021', '17', '5\u00a0766\u00a0456\u00a0€', '5']);
    // The canvas really has something drawn on it.
    const painted = await byYear.locator('canvas').evaluate((c: HTMLCanvasElement) => {
      const ctx = c.getContext('2d');
      if (!ctx || c.width === 0) return false;
      const px = ctx.getImageData(0, 0, c.width, c.height).data;
      for (let i = 3; i < px.length; i += 4) if (px[i] !== 0) return true;
      return false;
    });
    expect(painted).toBe(true);
    expect(await page.locator('figure.chart-figure table').count()).toBe(3);
    expect(problems).toEqual([]);
  });
});

const PAGES = [
  { name: 'regions', path: '/regions', ready: 'svg.municipality-map a' },
  { name: 'explore', path: `/explore/${KAATIO_ID}`, ready: '.kind-legend li' },
  { name: 'explore-list', path: `/explore/${KAATIO_ID}?hops=2&view=list`, ready: '.node-item' },
  { name: 'statistics', path: '/statistics', ready: 'figure.chart-figure canvas' },
];

describe('every picture page', () => {
  for (const lang of LANGS) {
    for (const p of PAGES) {
      it(`${p.name} in ${lang}: no serious or critical axe violations, no horizontal scrolling at 320 px`, async () => {
        for (const width of [1280, 320]) {
          const { page, context } = await openPage(browser, { width, height: 800 });
          await page.goto(`${baseUrl}/${lang}${p.path}`);
          await page.locator(p.ready).first().waitFor({ state: 'attached', timeout: 30_000 });
          await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
          // Let the graph layout and the chart animation finish before the picture is taken.
          await page.waitForTimeout(p.name === 'explore' ? 3000 : 500);

          const widths = await page.evaluate(() => {
            const wide = [...document.querySelectorAll('body *')]
              .filter(
                (el) => !el.closest('.table-scroll') && el.getBoundingClientRect().right > window.innerWidth + 0.5,
              )
              .slice(0, 5)
              .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? '').slice(0, 60)}`);
            return { scrollWidth: document.documentElement.scrollWidth, wide };
          });
          expect(widths.wide, `${p.name} in ${lang} at ${width} px`).toEqual([]);
          expect(widths.scrollWidth, `document width of ${p.name} in ${lang} at ${width} px`).toBeLessThanOrEqual(
            width,
          );
          await screenshot(page, `pictures-${p.name}-${lang}-${width}`);

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
          }
          await context.close();
        }
      });
    }
  }
});
