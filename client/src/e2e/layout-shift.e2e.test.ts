// Cumulative Layout Shift of the pages people land on, measured in Chromium as Web Vitals does: the
// sum of the layout-shift entries that followed no user input (buffered, so shifts before the
// observer started count too), once the page has settled. 0.1 is Web Vitals' "good" threshold.
// Web Vitals takes the largest 5-second session window; summing every shift is stricter.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser';

const baseUrl = inject('baseUrl');
const GOOD_CLS = 0.1;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Shift {
  value: number;
  sources: string[];
}

/** Every layout shift without recent input so far, with the elements that moved. */
function layoutShifts(page: Page): Promise<Shift[]> {
  return page.evaluate(
    () =>
      new Promise<Shift[]>((resolve) => {
        const shifts: Shift[] = [];
        interface LayoutShift extends PerformanceEntry {
          value: number;
          hadRecentInput: boolean;
          sources?: { node?: Node | null }[];
        }
        const describe = (n: Node | null | undefined) => {
          if (!(n instanceof Element)) return n?.nodeName ?? '?';
          const cls =
            typeof n.className === 'string' && n.className ? `.${n.className.trim().split(/\s+/).join('.')}` : '';
          return `${n.tagName.toLowerCase()}${cls}`;
        };
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as LayoutShift[])
            if (!e.hadRecentInput)
              shifts.push({ value: e.value, sources: (e.sources ?? []).map((s) => describe(s.node)) });
        }).observe({ type: 'layout-shift', buffered: true });
        // Buffered entries are delivered in the observer's first callback; give it two frames.
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(shifts)));
      }),
  );
}

/** Waits until the page is settled: its data has arrived and fonts are loaded, then a quiet moment. */
async function settle(page: Page, ready: string) {
  await page.locator(ready).first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(500);
}

async function cls(path: string, ready: string, width = 1280, fontDelayMs = 0) {
  const { page, problems } = await openPage(browser, { width });
  // A slow font: the fallback is drawn first, then swapped (font-display: swap).
  if (fontDelayMs)
    await page.route('**/*.woff2', async (route) => {
      await new Promise((r) => setTimeout(r, fontDelayMs));
      await route.continue();
    });
  await page.goto(`${baseUrl}${path}`);
  await settle(page, ready);
  const shifts = await layoutShifts(page);
  expect(problems).toEqual([]);
  return { total: shifts.reduce((sum, s) => sum + s.value, 0), shifts };
}

describe('layout shift (CLS) in Finnish', () => {
  const pages = [
    { name: 'home page', path: '/fi/', ready: '.figures dd' },
    { name: 'search page', path: '/fi/search?q=kaava', ready: '.hit' },
    { name: 'project page', path: '/fi/projects/kaatio', ready: '.detail-section' },
  ];
  for (const p of pages)
    for (const width of [1280, 320])
      it(`${p.name} at ${width} px stays below ${GOOD_CLS}`, async () => {
        const { total, shifts } = await cls(p.path, p.ready, width);
        process.stderr.write(`CLS ${p.path} at ${width} px: ${total.toFixed(4)}\n`);
        expect(total, JSON.stringify(shifts)).toBeLessThan(GOOD_CLS);
      });
});

describe('layout shift (CLS) when the font arrives late', () => {
  it('home page at 1280 px with the font 1.5 s late stays below 0.1', async () => {
    const { total, shifts } = await cls('/fi/', '.figures dd', 1280, 1500);
    process.stderr.write(`CLS /fi/ at 1280 px, font 1.5 s late: ${total.toFixed(4)}\n`);
    expect(total, JSON.stringify(shifts)).toBeLessThan(GOOD_CLS);
  });
});
