// The search thesaurus as a curator keeps it: a reader sees it and filters it; a curator adds a
// concept in the web app, the next search uses it (and says so), then edits and deletes it. This
// file changes data, so it starts a server of its own on a fresh seeded database.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, openPage } from './browser';
import { sqlOn, startServerWith, type RunningServer } from './server';

const CURATOR = { email: `kuraattori.${Date.now()}@example.fi`, password: 'pitkä-ja-hyvä-salasana-2026' };

let server: RunningServer;
let browser: Browser;

const sql = (text: string, values: unknown[] = []) => sqlOn(server, text, values);

const rowWith = (page: Page, term: string) => page.locator('tbody tr', { hasText: term });

describe('the search thesaurus in the web app', () => {
  beforeAll(async () => {
    server = await startServerWith({ COOKIE_SECURE: 'false' });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('is listed for everyone, filtered by part of a term, and linked from a search that used it', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${server.url}/sv/search?q=bygglov`);
    await page.locator('.search-synonyms').getByRole('link', { name: 'Sökordlista' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/sv/thesaurus');
    await rowWith(page, 'building permit').waitFor();
    expect(await page.locator('tbody tr').count()).toBe(45);
    expect(await page.getByRole('button', { name: 'Lägg till begrepp' }).count()).toBe(0);
    await page.getByLabel('Avgränsa med en del av en term').fill('plan');
    await expect.poll(() => page.locator('tbody tr').count()).toBeLessThan(45);
    await expect(rowWith(page, 'detaljplan').count()).resolves.toBe(1);
    await expectAccessible(page);
  });

  it('lets a curator add a concept the next search uses, edit it and delete it', async () => {
    const { page } = await openPage(browser);
    const up = await page.request.post(`${server.url}/graphql`, {
      headers: { 'content-type': 'application/json' },
      data: {
        query: 'mutation($input: SignUpInput!) { signUp(input: $input) { id } }',
        variables: { input: { ...CURATOR, name: 'Kaisa Kuraattori' } },
      },
    });
    expect((await up.json()).errors).toBeUndefined();
    expect((await sql(`update app_user set is_admin = true where email = $1`, [CURATOR.email])).rowCount).toBe(1);

    await page.goto(`${server.url}/en/thesaurus`);
    await page.getByLabel('Finnish terms').fill('avoin lähdekoodi');
    await page.getByLabel('Swedish terms').fill('öppen källkod');
    await page.getByLabel('English terms').fill('open source, open-source software');
    await page.getByRole('button', { name: 'Add concept' }).click();
    await rowWith(page, 'öppen källkod').waitFor();
    await expectAccessible(page);

    // The search finds it at once and says which words it added.
    await page.goto(`${server.url}/en/search?q=open%20source`);
    await expect
      .poll(() => page.locator('.search-synonyms').innerText())
      .toContain('Also searched for: avoin lähdekoodi, öppen källkod, open-source software.');

    // A term already in another concept is refused, and the form says why.
    await page.goto(`${server.url}/en/thesaurus`);
    await rowWith(page, 'öppen källkod').getByRole('button', { name: /^Edit/ }).click();
    await page.getByLabel('Swedish terms').last().fill('öppen källkod, bygglov');
    await page.getByRole('button', { name: /^Save/ }).click();
    await expect
      .poll(() => page.locator('body').innerText())
      .toContain('"bygglov" is already a term of another concept.');
    await page.getByLabel('Swedish terms').last().fill('öppen källkod');
    await page.getByLabel('English terms').last().fill('open source');
    await page.getByRole('button', { name: /^Save/ }).click();
    await expect.poll(() => rowWith(page, 'öppen källkod').innerText()).not.toContain('open-source software');

    await rowWith(page, 'öppen källkod')
      .getByRole('button', { name: /^Delete/ })
      .click();
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await expect.poll(() => rowWith(page, 'öppen källkod').count()).toBe(0);
    expect((await sql(`select count(*)::int as n from search_concept`)).rows[0].n).toBe(45);
  });
});
