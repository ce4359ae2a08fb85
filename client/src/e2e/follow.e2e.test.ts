// Following as a signed-in user: sign up, follow a real project from its page, and find it on the
// notifications page's list of follows (then unfollow it there). Its own server on a fresh seeded
// database, like contribution.e2e.test.ts, so the other browser tests see the data as seeded.
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './browser';
import { startServerWith, type RunningServer } from './server';

const SLUG = 'kaatio';
const USER = {
  name: 'Seppo Seuraaja',
  email: `seppo.${Date.now()}@oulu.example`,
  password: 'pitkä-ja-hyvä-salasana-2026',
};

let server: RunningServer;
let browser: Browser;

describe('following a project', () => {
  beforeAll(async () => {
    server = await startServerWith({ COOKIE_SECURE: 'false' });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs up, follows a project and sees it among the follows, then unfollows it', async () => {
    const { page } = await openPage(browser);
    // Signed out, the project page offers signing in to follow.
    await page.goto(`${server.url}/en/projects/${SLUG}`);
    await page.getByRole('link', { name: 'Sign in to follow changes' }).waitFor();

    await page.goto(`${server.url}/en/sign-up`);
    await page.getByLabel('Name').fill(USER.name);
    await page.getByLabel('Email address').fill(USER.email);
    await page.getByLabel('New password').fill(USER.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(`${server.url}/en/`);

    await page.goto(`${server.url}/en/projects/${SLUG}`);
    const toggle = page.locator('.follow button');
    await toggle.waitFor();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await toggle.innerText()).toContain('Following');

    await page.locator('.user-menu-button').click();
    await page.getByRole('link', { name: 'Notifications' }).click();
    await page.waitForURL(`${server.url}/en/notifications`);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Notifications');
    const follow = page.locator('.follow-list > li').first();
    await expect.poll(() => follow.innerText()).toContain('KAATIO');
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual(
      [],
    );

    await follow.getByRole('button', { name: /^Unfollow/ }).click();
    await expect
      .poll(() => page.locator('#follows-list ~ .empty').innerText())
      .toContain('You do not follow anything yet.');
  });
});
