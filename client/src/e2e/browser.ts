// Headless Chromium for the browser tests: the Debian package (CI installs it with apt-get;
// Playwright cannot download its own browsers on these machines), and pages that record what
// went wrong so that a failing test says more than "timeout".
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, onTestFinished } from 'vitest';
import { repoRoot } from './server';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Screenshots the tests save on purpose, and those of failed tests (git-ignored). */
export const SCREENSHOT_DIR = path.join(repoRoot, 'screenshots');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export interface TestPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, uncaught exceptions and failed or 4xx/5xx requests seen so far. */
  problems: string[];
}

/**
 * A page in a context of its own (@axe-core/playwright needs a page from browser.newContext()),
 * closed when the calling test finishes. When the test fails, first prints the page's URL, the
 * recorded problems and the start of its text, and saves screenshots/failed-<test name>.png.
 */
export async function openPage(
  browser: Browser,
  options: { width?: number; height?: number; locale?: string } = {},
): Promise<TestPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    locale: options.locale ?? 'fi-FI',
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.stack ?? e.message}`));
  // A request the page itself cancelled (net::ERR_ABORTED: urql tearing down a query when a view
  // unmounts or the page navigates) is not a failure; anything else is.
  page.on('requestfailed', (r) =>
    r.failure()?.errorText === 'net::ERR_ABORTED'
      ? undefined
      : problems.push(`request failed: ${r.method()} ${r.url()} (${r.failure()?.errorText})`),
  );
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.request().method()} ${r.url()}`);
  });

  const reportFailure = async (testName: string) => {
    const name = testName.replace(/[^\w-]+/g, '-').slice(0, 80);
    const file = path.join(SCREENSHOT_DIR, `failed-${name}.png`);
    let text: string;
    try {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: file, fullPage: true });
      text = (await page.locator('body').innerText()).slice(0, 1500);
    } catch (err) {
      text = `(could not read the page: ${String(err)})`;
    }
    console.error(
      [
        `--- browser state after "${testName}" failed ---`,
        `url: ${page.isClosed() ? '(closed)' : page.url()}`,
        `problems: ${problems.length ? `\n  ${problems.join('\n  ')}` : 'none'}`,
        `screenshot: ${file}`,
        `page text (start):\n${text}`,
      ].join('\n'),
    );
  };

  onTestFinished(async ({ task }) => {
    if (task.result?.state === 'fail') await reportFailure(task.name);
    await context.close();
  });

  return { page, context, problems };
}

/** Zero serious or critical WCAG 2.1 AA violations on the page as it is now. */
export async function expectAccessible(page: Page) {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = axe.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(bad, page.url()).toEqual([]);
}
