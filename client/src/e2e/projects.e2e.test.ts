// The project list as a municipal IT person uses it: the built web app, served by the real server
// from a real database seeded with the real reference data, in headless Chromium.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, SCREENSHOT_DIR } from './browser';

const baseUrl = inject('baseUrl');

type Lang = 'fi' | 'sv' | 'en';
const LANGS: Lang[] = ['fi', 'sv', 'en'];

/** What a user sees per language, from the real reference data (20 projects: 17 of 2021, 2 of 2020, 1 of 2022). */
const EXPECTED = {
  fi: {
    button: 'Suomi',
    h1: 'Hankkeet',
    count: '20 hanketta',
    skipLink: 'Siirry sisältöön',
    switcherLabel: 'Kieli',
    leadLabel: 'Vastuuorganisaatio',
    footer: 'Lähde: Tilastokeskus',
    loadMore: 'Näytä lisää hankkeita',
    kaatioName: /^KAATIO – Kaavan tuottaminen/,
    kaatioLead: 'Oulu',
    /** How many names are shown in another language, by that language. */
    fallbackNames: { sv: 11 },
    /** A name that exists only in the other language. */
    fallback: { name: /^Fortsatt utveckling av den elektroniska tillståndsprocessen/, lang: 'sv', note: '(ruotsiksi)' },
  },
  sv: {
    button: 'Svenska',
    h1: 'Projekt',
    count: '20 projekt',
    skipLink: 'Hoppa till innehållet',
    switcherLabel: 'Språk',
    leadLabel: 'Ansvarig organisation',
    footer: 'Källa: Statistikcentralen',
    loadMore: 'Visa fler projekt',
    kaatioName: /^Utarbetande av plan enligt en standardiserad datamodell i olika program$/,
    kaatioLead: 'Uleåborg',
    fallbackNames: { fi: 1 },
    fallback: {
      name: /^Kaavatietojen digitalisointi sekä kaavayhdistelmän digitointiohje$/,
      lang: 'fi',
      note: '(på finska)',
    },
  },
  en: {
    button: 'English',
    h1: 'Projects',
    count: '20 projects',
    skipLink: 'Skip to content',
    switcherLabel: 'Language',
    leadLabel: 'Lead organisation',
    footer: 'Source: Statistics Finland',
    loadMore: 'Show more projects',
    kaatioName: /^KAATIO – Kaavan tuottaminen/,
    // No English names in the data: everything falls back, and says so, but for names of places
    // and organisations (they keep their lang attribute only).
    kaatioLead: 'Oulu',
    fallbackNames: { fi: 9, sv: 11 },
    fallback: { name: /^KAATIO – Kaavan tuottaminen/, lang: 'fi', note: '(in Finnish)' },
  },
} as const;

interface Card {
  /** The heading's text, acronym and fallback note included. */
  heading: string;
  /** The project name alone. */
  name: string;
  /** `lang` of the name when it is shown in another language than the page's, else null. */
  nameLang: string | null;
  fallbackNote: string | null;
  acronym: string | null;
  /** The card is labelled by its own heading. */
  labelledByHeading: boolean;
  /** Definition list: label -> value as shown. */
  facts: Record<string, string>;
  grantYears: number[];
  themes: string[];
}

/** Everything the project cards show, read from the DOM in one go (and easy to diff when a test fails). */
async function readCards(page: Page): Promise<Card[]> {
  return page.locator('article.project-card').evaluateAll((articles) =>
    articles.map((a) => {
      const h2 = a.querySelector('h2');
      const fallback = h2?.querySelector('.fallback > [lang]') ?? null;
      const acronym = h2?.querySelector('.acronym')?.textContent ?? null;
      const facts: Record<string, string> = {};
      for (const div of a.querySelectorAll('.facts > div')) {
        const dt = div.querySelector('dt')?.textContent ?? '';
        facts[dt] = (div.querySelector('dd') as HTMLElement | null)?.innerText.trim() ?? '';
      }
      // The name is the first text inside the heading's link (the acronym follows it).
      const nameEl = fallback ?? h2?.querySelector('a')?.firstChild;
      return {
        heading: (h2?.textContent ?? '').trim(),
        name: (nameEl?.textContent ?? '').trim(),
        nameLang: fallback?.getAttribute('lang') ?? null,
        fallbackNote: h2?.querySelector('.fallback-note')?.textContent ?? null,
        acronym: acronym ? acronym.trim() : null,
        labelledByHeading: !!h2?.id && a.getAttribute('aria-labelledby') === h2.id,
        facts,
        grantYears: [...a.querySelectorAll('.facts .plain-list > li')].map((li) =>
          Number(/^(\d{4}):/.exec(li.textContent ?? '')?.[1] ?? NaN),
        ),
        themes: [...a.querySelectorAll('.tags > li')].map((li) => li.textContent ?? ''),
      };
    }),
  );
}

/** The page-level texts that say which language and how much data is shown. */
async function summary(page: Page) {
  return page.evaluate(() => ({
    htmlLang: document.documentElement.lang,
    h1: document.querySelector('h1')?.textContent ?? null,
    count: document.querySelector('.count')?.textContent ?? null,
    cards: document.querySelectorAll('article.project-card').length,
    pressed: [...document.querySelectorAll('.lang-switcher a[aria-current="true"]')].map((b) => b.textContent),
  }));
}

/** Waits until the list shows `cards` projects in `lang`, or fails showing what the page shows instead. */
async function waitForList(page: Page, lang: Lang, cards = 20) {
  const e = EXPECTED[lang];
  await expect
    .poll(() => summary(page), { timeout: 15_000, interval: 100 })
    .toEqual({ htmlLang: lang, h1: e.h1, count: e.count, cards, pressed: [e.button] });
  // Each page of a language switch is its own query; wait until KAATIO (on the second page of
  // eight) is in `lang` too.
  if (cards < 9) return;
  await expect
    .poll(async () => (await readCards(page)).filter(isKaatio).map((c) => c.name), {
      timeout: 15_000,
    })
    .toEqual([expect.stringMatching(e.kaatioName)]);
}

async function open(page: Page) {
  const res = await page.goto(`${baseUrl}/fi/projects`);
  expect(res?.status(), 'GET /fi/projects status').toBe(200);
  await waitForList(page, 'fi');
}

async function switchLanguage(page: Page, lang: Lang) {
  await page.getByRole('link', { name: EXPECTED[lang].button, exact: true }).click();
  await waitForList(page, lang);
  expect(new URL(page.url()).pathname).toBe(`/${lang}/projects`);
}

/** KAATIO's card: its acronym is shown after the name unless the name already starts with it. */
function isKaatio(c: Card): boolean {
  return c.acronym === '(KAATIO)' || /^KAATIO\b/.test(c.name);
}

function kaatio(cards: Card[]): Card {
  const found = cards.filter(isKaatio);
  expect(found, `one KAATIO card among: ${cards.map((c) => c.heading).join(' | ')}`).toHaveLength(1);
  return found[0];
}

function countBy<T>(items: T[], key: (item: T) => string | number | null): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) {
    const k = String(key(item));
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('project list', () => {
  it('lists the 20 projects of the reference data in Finnish, KAATIO led by Oulu', async () => {
    const { page, problems } = await openPage(browser);
    await open(page);

    expect(await page.title()).toBe('Hankkeet – Kuntagraph');
    const cards = await readCards(page);
    expect(cards).toHaveLength(20);
    expect(new Set(cards.map((c) => c.name)).size, 'distinct project names').toBe(20);
    expect(countBy(cards, (c) => c.grantYears.join(','))).toEqual({ '2021': 17, '2020': 2, '2022': 1 });
    expect(cards.filter((c) => !c.labelledByHeading).map((c) => c.heading)).toEqual([]);
    for (const c of cards)
      expect(Object.keys(c.facts), c.heading).toEqual(expect.arrayContaining(['Tila', 'Osallistujat']));

    const k = kaatio(cards);
    expect(k.name).toMatch(/^KAATIO – Kaavan tuottaminen/);
    expect(k.nameLang).toBeNull();
    expect(k.facts).toMatchObject({ Vastuuorganisaatio: 'Oulu' });
    expect(k.grantYears).toEqual([2021]);
    expect(k.themes.length).toBeGreaterThan(0);

    // All 20 fit on the first page (PAGE_SIZE 20): no "load more".
    expect(await page.locator('button.load-more').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('marks a name shown in another language with its lang and a visible note', async () => {
    const { page } = await openPage(browser);
    await open(page);
    const cards = await readCards(page);

    const swedishOnly = cards.filter((c) => EXPECTED.fi.fallback.name.test(c.name));
    expect(swedishOnly, 'the Helsinki building control project (Swedish name only)').toHaveLength(1);
    expect(swedishOnly[0]).toMatchObject({
      nameLang: 'sv',
      fallbackNote: '(ruotsiksi)',
      facts: { Vastuuorganisaatio: 'Helsinki' },
    });
    // The element carrying lang="sv" holds exactly the Swedish name, not the Finnish note.
    const marked = page.locator('article.project-card h2 .fallback > [lang="sv"]', { hasText: 'Fortsatt utveckling' });
    expect(await marked.count()).toBe(1);
    expect(await marked.textContent()).toMatch(EXPECTED.fi.fallback.name);
    expect(countBy(cards, (c) => c.nameLang)).toEqual({ null: 9, sv: 11 });
    // A fallback is never marked with the page's own language.
    expect(await page.locator('article.project-card [lang="fi"]').count()).toBe(0);
  });

  it('switches the whole page to Swedish and to English', async () => {
    const { page, problems } = await openPage(browser);
    await open(page);

    for (const lang of ['sv', 'en', 'fi'] as const) {
      const e = EXPECTED[lang];
      await switchLanguage(page, lang);

      expect(await page.locator('.skip-link').textContent()).toBe(e.skipLink);
      expect(await page.locator('.lang-switcher').getAttribute('aria-label')).toBe(e.switcherLabel);
      expect(await page.locator('footer').innerText()).toContain(e.footer);
      const current = await page
        .locator('.lang-switcher a')
        .evaluateAll((as) =>
          as.map((a) => `${a.textContent}:${a.getAttribute('aria-current')}:${a.getAttribute('lang')}`),
        );
      expect(current).toEqual(
        (['fi', 'sv', 'en'] as const).map((l) => `${EXPECTED[l].button}:${l === lang ? 'true' : null}:${l}`),
      );

      const cards = await readCards(page);
      expect(cards).toHaveLength(20);
      const k = kaatio(cards);
      expect(k.name).toMatch(e.kaatioName);
      expect(k.facts[e.leadLabel]).toBe(e.kaatioLead);
      for (const c of cards) expect(Object.keys(c.facts), c.heading).toContain(e.leadLabel);

      const fallbacks = cards.filter((c) => c.nameLang !== null);
      expect(countBy(fallbacks, (c) => c.nameLang)).toEqual(e.fallbackNames);
      const sample = cards.filter((c) => e.fallback.name.test(c.name));
      expect(sample).toHaveLength(1);
      expect(sample[0]).toMatchObject({ nameLang: e.fallback.lang, fallbackNote: e.fallback.note });
    }
    // Swedish names really are Swedish, not Finnish ones relabelled.
    await switchLanguage(page, 'sv');
    const names = (await readCards(page)).map((c) => c.name);
    expect(names).toContain('Mot framtiden med digital säkerhet');
    expect(names).not.toContain('Digiturvalla tulevaan');
    expect(problems).toEqual([]);
  });

  it('loads more projects a page at a time and moves focus to the first new one', async () => {
    // The app asks for 20 a page and the data has 20; ask the real server for 8 instead so that
    // the app's own "load more" has pages to load.
    const { page } = await openPage(browser);
    const firsts: unknown[] = [];
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { variables?: { first?: number } };
      firsts.push(body.variables?.first);
      if (body.variables?.first === 20) body.variables.first = 8;
      await route.continue({ postData: JSON.stringify(body) });
    });
    await page.goto(`${baseUrl}/fi/projects`);
    await waitForList(page, 'fi', 8);
    expect(firsts, 'the page size the app asks for').toContain(20);

    const more = page.getByRole('button', { name: EXPECTED.fi.loadMore });
    const seen = new Set((await readCards(page)).map((c) => c.name));

    await more.click();
    await waitForList(page, 'fi', 16);
    let cards = await readCards(page);
    expect(
      await page.evaluate(() => document.activeElement?.closest('article')?.querySelector('h2')?.textContent),
    ).toBe(cards[8].heading);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    for (const c of cards.slice(8)) expect(seen.has(c.name), `${c.name} was already on page 1`).toBe(false);

    // The third page by keyboard.
    await more.focus();
    await page.keyboard.press('Enter');
    await waitForList(page, 'fi', 20);
    cards = await readCards(page);
    expect(new Set(cards.map((c) => c.name)).size).toBe(20);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(cards[16].heading);
    expect(await more.count(), 'no "load more" after the last page').toBe(0);

    // A language switch refetches every loaded page in place.
    await switchLanguage(page, 'sv');
    expect(await page.locator('article.project-card').count()).toBe(20);
  });

  it('reaches the skip link with the first Tab, and the skip link moves focus to main', async () => {
    const { page } = await openPage(browser);
    await open(page);

    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const box = el?.getBoundingClientRect();
      return {
        className: el?.className,
        text: el?.textContent,
        href: el?.getAttribute('href'),
        top: box?.top,
        height: box?.height,
      };
    });
    expect(focused).toMatchObject({ className: 'skip-link', text: EXPECTED.fi.skipLink, href: '#main' });
    // Visible on screen when focused (it is moved off screen otherwise).
    expect(focused.top).toBeGreaterThanOrEqual(0);
    expect(focused.height).toBeGreaterThan(10);

    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // The next Tab continues after the header, not from the top of the page.
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => {
        const el = document.activeElement;
        return !!el && !document.querySelector('header')?.contains(el) && !el.classList.contains('skip-link');
      }),
    ).toBe(true);
  });

  it('switches language with the keyboard', async () => {
    const { page } = await openPage(browser);
    await open(page);
    // Tab from the top of the page (skip link, site name, the main menu ...) until the switcher's Svenska.
    const active = () => page.evaluate(() => document.activeElement?.textContent);
    for (let i = 0; i < 20 && (await active()) !== 'Svenska'; i++) await page.keyboard.press('Tab');
    expect(await active()).toBe('Svenska');
    await page.keyboard.press('Enter');
    await waitForList(page, 'sv');
    // Focus stays on the pressed link: the same page in another language.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Svenska');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitForList(page, 'en');
  });

  it('has no horizontal scrolling at 320 px in any language (screenshots at 320 and 1280 px)', async () => {
    for (const width of [1280, 320]) {
      const { page } = await openPage(browser, { width, height: 800 });
      await open(page);
      for (const lang of LANGS) {
        if (lang !== 'fi') await switchLanguage(page, lang);
        const widths = await page.evaluate(() => {
          const root = document.scrollingElement ?? document.documentElement;
          // Elements that stick out of the viewport, for the failure message.
          const wide = [...document.querySelectorAll('body *')]
            .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
            .slice(0, 5)
            .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? '').slice(0, 60)}`);
          return { scrollWidth: root.scrollWidth, innerWidth: window.innerWidth, wide };
        });
        expect(widths.innerWidth).toBe(width);
        expect(widths.scrollWidth, `document width in ${lang} at ${width} px`).toBeLessThanOrEqual(width);
        expect(widths.wide, `elements wider than the viewport in ${lang} at ${width} px`).toEqual([]);
        await screenshot(page, `projects-${lang}-${width}`);
      }
      await page.context().close();
    }
  });

  it.each(LANGS)('has no serious or critical axe violations (WCAG 2.1 A/AA) in %s', async (lang) => {
    const { page } = await openPage(browser);
    await open(page);
    if (lang !== 'fi') await switchLanguage(page, lang);

    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const describe = (v: (typeof results.violations)[number]) =>
      `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}x: ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')})`;
    const minor = results.violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical');
    if (minor.length) console.warn(`axe (${lang}), minor and moderate:\n  ${minor.map(describe).join('\n  ')}`);
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map(describe)).toEqual(
      [],
    );
    // axe really looked at the cards (a blank page has no violations either).
    expect(results.passes.length).toBeGreaterThan(10);
    expect(await page.locator('article.project-card').count()).toBe(20);
  });

  it('shows an error with a retry button when the API answers 500, and retry recovers', async () => {
    const { page, problems } = await openPage(browser);
    let failing = true;
    let requests = 0;
    await page.route('**/graphql', async (route) => {
      requests++;
      if (!failing) return route.continue();
      await route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({
          errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
        }),
      });
    });
    await page.goto(`${baseUrl}/fi/projects`);

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.locator('p').textContent()).toBe('Hankkeiden lataaminen epäonnistui.');
    const retry = alert.getByRole('button', { name: 'Yritä uudelleen' });
    expect(await retry.count()).toBe(1);
    expect(await alert.locator('button').textContent()).toBe('Yritä uudelleen');
    expect(await page.locator('article.project-card').count()).toBe(0);
    expect(problems.some((p) => p.startsWith('HTTP 500'))).toBe(true);

    // The error speaks the chosen language too.
    await page.getByRole('link', { name: 'Svenska', exact: true }).click();
    await expect.poll(() => alert.innerText(), { timeout: 10_000 }).toContain('Det gick inte att ladda projekten.');

    // Retry (in Swedish now) recovers once the API answers again. Let the page settle first: the
    // language switch may re-run queries, and one that started after `failing = false` would
    // load the list by itself, leaving nothing to retry.
    await page.waitForLoadState('networkidle');
    await expect.poll(() => alert.innerText()).toContain('Det gick inte att ladda projekten.');
    failing = false;
    const before = requests;
    await alert.getByRole('button', { name: 'Försök igen' }).click();
    await waitForList(page, 'sv');
    expect(requests).toBeGreaterThan(before);
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
