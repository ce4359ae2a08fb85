// Contributing as a project lead: sign up and in, edit a real 2021 project, add a deliverable and a
// release, upload files (and have a renamed .exe refused), fill a software deliverable in from a
// publiccode.yml and download its export (again after adding a maintenance contact), declare an
// adoption for another municipality (shown as a claim), and create and revoke an API key. This
// file changes data, so it starts a server of its own on a fresh seeded database: the other
// browser tests keep seeing the reference data exactly as seeded.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Cookie, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, openPage, SCREENSHOT_DIR } from './browser';
import { sqlOn, startServerWith, type RunningServer } from './server';

type Lang = 'fi' | 'sv' | 'en';
const LANGS: Lang[] = ['fi', 'sv', 'en'];
const SLUG = 'kaatio';
const USER = {
  name: 'Liisa Liidi',
  email: `liisa.${Date.now()}@oulu.example`,
  password: 'pitkä-ja-hyvä-salasana-2021',
};
/** Small enough to test 413 cheaply; the real default is 100 MiB. */
const UPLOAD_LIMIT = 256 * 1024;

let server: RunningServer;
let browser: Browser;
let baseUrl: string;
/** The signed-in session, carried from test to test. */
let cookies: Cookie[] = [];
let deliverablePath = '';

const sql = (text: string, values: unknown[] = []) => sqlOn(server, text, values);

/** A membership row, as an organisation admin's invitation would create it. */
async function addMembership(target: { project?: string; municipality?: string }, role: string, email = USER.email) {
  const column = target.project ? 'project_id' : 'organisation_id';
  const select = target.project
    ? `(select id from project where slug = $2)`
    : `(select id from organisation where municipality_code = $2)`;
  const r = await sql(
    `insert into membership (id, user_id, ${column}, role, created_at)
     values (gen_random_uuid(), (select id from app_user where email = $1), ${select}, $3, now())`,
    [email, target.project ?? target.municipality, role],
  );
  expect(r.rowCount).toBe(1);
}

async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

async function noHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `horizontal overflow at ${page.url()}`).toBeLessThanOrEqual(0);
}

async function signedInPage(options: { width?: number } = {}): Promise<{ page: Page; context: BrowserContext }> {
  const { page, context } = await openPage(browser, options);
  await context.addCookies(cookies);
  return { page, context };
}

/** Someone else, in a browser of their own, signed up through the API (the session cookie stays in it). */
async function otherPerson(name: string, email: string): Promise<Page> {
  const { page } = await openPage(browser);
  const signUp = await page.request.post(`${baseUrl}/graphql`, {
    headers: { 'content-type': 'application/json' },
    data: {
      query: 'mutation($input: SignUpInput!) { signUp(input: $input) { id } }',
      variables: { input: { email, password: 'a long enough password', name } },
    },
  });
  expect((await signUp.json()).errors).toBeUndefined();
  return page;
}

/** A minimal valid PDF: header, one empty page, cross-reference table and trailer. */
function minimalPdf(): Buffer {
  const objects = [
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\n',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (const o of objects) {
    offsets.push(Buffer.byteLength(body));
    body += o;
  }
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer << /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** The software's name in the publiccode.yml pasted below. */
const SOFTWARE_NAME = 'Kaavalaatija E2E';

/** A publiccode.yml (0.4) that the API reads and that, saved, can be exported again. */
function publiccodeYml(): string {
  return [
    'publiccodeYmlVersion: "0.4"',
    `name: ${SOFTWARE_NAME}`,
    'url: https://github.com/example/kaavalaatija',
    'platforms:',
    '  - web',
    'developmentStatus: beta',
    'softwareType: standalone/web',
    'softwareVersion: 0.9.0',
    'releaseDate: "2024-03-01"',
    'description:',
    '  fi:',
    `    localisedName: ${SOFTWARE_NAME}`,
    '    shortDescription: Asemakaavojen laatiminen kaavatietomallin mukaisesti',
    '    longDescription: >',
    '      Kaavalaatija on selainpohjainen työkalu, jolla kunnan kaavoittaja laatii asemakaavan',
    '      kansallisen kaavatietomallin mukaisena, tarkistaa kaavamääräykset ja vie valmiin kaavan',
    '      Ryhti-palveluun ilman erillistä muunnosta.',
    '    features:',
    '      - kaavoitus',
    '      - kaavatietomalli',
    'legal:',
    '  license: EUPL-1.2',
    'maintenance:',
    '  type: none',
    'localisation:',
    '  localisationReady: false',
    '  availableLanguages:',
    '    - fi',
    '',
  ].join('\n');
}

/** A maintenance contact, as the deliverable form takes one: work details that are public. */
const CONTACT = {
  name: 'Kaisa Kaavoittaja',
  role: 'tuoteomistaja',
  organisation: 'Oulun kaupunki',
  sourceUrl: 'https://www.ouka.fi/yhteystiedot',
};

/** Not YAML: a key indented under a plain value (line 4). */
const BROKEN_PUBLICCODE =
  'publiccodeYmlVersion: "0.4"\nname: Rikki\nurl: https://example.org/rikki\n  platforms: web\n';

/** The start of a Windows executable ("MZ" and a DOS stub), to be renamed .pdf. */
function fakeExe(): Buffer {
  const b = Buffer.alloc(4096);
  b.write('MZ', 0, 'latin1');
  b.writeUInt32LE(0x80, 0x3c);
  b.write('PE\0\0', 0x80, 'latin1');
  b.write('This program cannot be run in DOS mode.', 0x4e, 'latin1');
  return b;
}

describe('contributing as a project lead', () => {
  beforeAll(async () => {
    // Its own server: plain-http session cookies and a small upload limit.
    server = await startServerWith({ COOKIE_SECURE: 'false', UPLOAD_MAX_BYTES: String(UPLOAD_LIMIT) });
    baseUrl = server.url;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs up, signs out, refuses a wrong password and signs in, in three languages', async () => {
    expect(server.databaseUrl, 'these tests insert memberships: run them with DATABASE_URL set').toBeTruthy();
    const { page, context } = await openPage(browser);

    for (const lang of LANGS) {
      await page.goto(`${baseUrl}/${lang}/sign-in`);
      await page.locator('h1').waitFor();
      await page.locator('.user-menu a').waitFor();
      await expectAccessible(page);
      await screenshot(page, `contribution-sign-in-${lang}`);
    }
    expect(await page.locator('h1').innerText()).toBe('Sign in');

    // An SSO failure comes back as ?error=<code>: a sentence, not the code.
    await page.goto(`${baseUrl}/sv/sign-in?error=email_unverified`);
    await expect
      .poll(() => page.locator('.notice[role="alert"]').innerText())
      .toContain('Din e-postadress är inte verifierad i identifieringstjänsten.');

    await page.goto(`${baseUrl}/fi/sign-up`);
    await page.getByLabel('Nimi').fill(USER.name);
    await page.getByLabel('Sähköpostiosoite').fill(USER.email);
    await page.getByLabel('Uusi salasana').fill('lyhyt');
    await page.getByRole('button', { name: 'Luo tunnus' }).click();
    // Too short: the summary takes focus and links to the field, which says why.
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    expect(await page.locator('#f-password-statusText').innerText()).toContain('vähintään 12 merkkiä');
    await expectAccessible(page);
    await page.getByLabel('Uusi salasana').fill(USER.password);
    await page.getByRole('button', { name: 'Luo tunnus' }).click();
    await page.waitForURL(`${baseUrl}/fi/`);
    await expect.poll(() => page.locator('.user-menu-button').innerText()).toContain(USER.name);

    await addMembership({ project: SLUG }, 'LEAD');

    await page.locator('.user-menu-button').click();
    await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
    await expect.poll(() => page.locator('.user-menu a').innerText()).toBe('Kirjaudu sisään');

    await page.goto(`${baseUrl}/fi/sign-in?returnTo=${encodeURIComponent(`/fi/projects/${SLUG}`)}`);
    await page.getByLabel('Sähköpostiosoite').fill(USER.email);
    await page.getByLabel('Salasana').fill('väärä salasana');
    await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
    await expect
      .poll(() => page.locator('.error-summary').innerText())
      .toContain('Sähköpostiosoite tai salasana on väärä.');
    await page.getByLabel('Salasana').fill(USER.password);
    await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
    await page.waitForURL(`${baseUrl}/fi/projects/${SLUG}`);
    await page.getByRole('link', { name: 'Muokkaa hanketta' }).waitFor();
    cookies = await context.cookies();
  });

  it('edits a real 2021 project, survives a conflicting save and shows the change on its page', async () => {
    const { page } = await signedInPage();
    await page.goto(`${baseUrl}/fi/projects/${SLUG}`);
    await page.getByRole('link', { name: 'Muokkaa hanketta' }).click();
    await page.waitForURL(`${baseUrl}/fi/projects/${SLUG}/edit`);
    const summaryEn = page.getByLabel('Tiivistelmä (englanniksi)');
    await summaryEn.waitFor();
    await expectAccessible(page);

    const summary = 'A standard plan data model, produced in several planning programs (edited in the e2e test).';
    await summaryEn.fill(summary);
    await page.getByLabel('Verkkosivu').fill('not a url');
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    // The API names the bad field: the summary links to it and the field says what is wrong.
    await expect.poll(() => page.locator('.error-summary a').first().getAttribute('href')).toBe('#f-website');
    await expect.poll(() => page.locator('#f-website').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Verkkosivu').fill('https://example.org/kaatio');

    // Someone else saves meanwhile: the form shows both values and reapplies mine on request.
    await sql(`update project set version = version + 1 where slug = $1`, [SLUG]);
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    const conflict = page.locator('.conflict');
    await conflict.waitFor();
    expect(await conflict.locator('h2').innerText()).toBe('Joku muu tallensi hankkeen sillä välin');
    expect(await conflict.locator('tbody tr').count()).toBe(2);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Tallenna omat muutokseni uusimman version päälle' }).click();
    await expect.poll(() => page.locator('.notice-success').innerText()).toContain('Muutokset tallennettu.');

    for (const lang of LANGS) {
      await page.goto(`${baseUrl}/${lang}/projects/${SLUG}/edit`);
      await page.locator('form.form').waitFor();
      await screenshot(page, `contribution-edit-${lang}`);
    }
    const narrow = await signedInPage({ width: 320 });
    await narrow.page.goto(`${baseUrl}/fi/projects/${SLUG}/edit`);
    await narrow.page.locator('form.form').waitFor();
    await noHorizontalScroll(narrow.page);
    await screenshot(narrow.page, 'contribution-edit-fi-320');

    await page.goto(`${baseUrl}/en/projects/${SLUG}`);
    await expect.poll(() => page.locator('.lead').innerText()).toBe(summary);
    expect(await page.locator('a[href="https://example.org/kaatio"]').count()).toBeGreaterThan(0);
  });

  it('adds a deliverable and a release, uploads a PDF with progress and refuses an .exe and an oversized file', async () => {
    const { page } = await signedInPage();
    await page.goto(`${baseUrl}/fi/projects/${SLUG}`);
    await page.getByRole('link', { name: 'Lisää tuotos' }).click();
    await page.getByLabel('Tyyppi').waitFor();
    await page.getByRole('button', { name: 'Tallenna tuotos' }).click();
    await expect.poll(() => page.locator('.error-summary li').count()).toBe(2);
    await page.getByLabel('Tyyppi').selectOption('REPORT');
    await page.getByLabel('Nimi (suomeksi)').fill('Kaavatietomallin käyttöönotto-opas');
    await page.getByLabel('Lisenssi').fill('CC-BY-4.0');
    await page.getByRole('button', { name: 'Tallenna tuotos' }).click();
    await page.waitForURL(/\/fi\/deliverables\/[^/]+$/);
    deliverablePath = new URL(page.url()).pathname.replace(/^\/fi/, '');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Kaavatietomallin käyttöönotto-opas');

    await page.getByRole('link', { name: 'Uusi versio' }).click();
    await page.getByLabel('Versio', { exact: true }).fill('1.0');
    await page.getByLabel('Osoite').fill('https://example.org/kaatio/opas');
    await page.getByLabel('Otsikko').fill('Julkaisusivu');
    await page.getByRole('button', { name: 'Tallenna ja lisää tiedostot' }).click();
    await page.waitForURL(/\/fi\/releases\/[^/]+\/files$/);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Version 1.0 tiedostot');
    const filesUrl = page.url();

    // Dropped like from a file manager.
    const pdf = minimalPdf();
    const dropped = await page.evaluateHandle((b64) => {
      const dt = new DataTransfer();
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], 'Käyttöönotto-opas.pdf', { type: 'application/pdf' }));
      return dt;
    }, pdf.toString('base64'));
    await page.dispatchEvent('.drop-zone', 'drop', { dataTransfer: dropped });
    const progress = page.locator('.upload-progress li').first();
    await expect.poll(() => progress.locator('progress').getAttribute('value')).toBe('100');
    await expect.poll(() => progress.innerText()).toContain('Valmis (100 %)');
    const listed = page.locator('.uploaded-files a', { hasText: 'Käyttöönotto-opas.pdf' });
    await listed.waitFor();
    const download = await page.request.get(new URL((await listed.getAttribute('href'))!, baseUrl).toString());
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/pdf');
    expect(Buffer.from(await download.body()).equals(pdf)).toBe(true);

    // A keyboard user's file input: an .exe renamed .pdf is refused (415), and so is a too large file (413).
    const input = page.locator('.drop-zone input[type="file"]');
    await input.setInputFiles({ name: 'ohjelma.pdf', mimeType: 'application/pdf', buffer: fakeExe() });
    await expect
      .poll(() => page.locator('.upload-progress li').nth(1).innerText())
      .toContain('Tiedoston ohjelma.pdf tyyppiä ei hyväksytä.');
    const big = Buffer.concat([pdf, Buffer.alloc(UPLOAD_LIMIT + 1024, 0x20)]);
    await input.setInputFiles({ name: 'iso.pdf', mimeType: 'application/pdf', buffer: big });
    await expect
      .poll(() => page.locator('.upload-progress li').nth(2).innerText())
      .toContain('Tiedosto iso.pdf on liian suuri.');
    expect(await page.locator('.uploaded-files li').count()).toBe(1);
    await expectAccessible(page);
    await screenshot(page, 'contribution-upload-progress-fi');

    for (const lang of LANGS) {
      await page.goto(filesUrl.replace('/fi/', `/${lang}/`));
      await page.locator('.uploaded-files').waitFor();
      await screenshot(page, `contribution-upload-${lang}`);
    }
    await expectAccessible(page);

    // The deliverable's page lists the release, its file and its link.
    await page.goto(`${baseUrl}/fi${deliverablePath}`);
    await page.locator('a', { hasText: 'Käyttöönotto-opas.pdf' }).first().waitFor();
    expect(await page.locator('a[href="https://example.org/kaatio/opas"]').count()).toBeGreaterThan(0);

    // The release's details and links are edited on its files page (updateRelease).
    await page.goto(filesUrl);
    await page.getByRole('button', { name: 'Muokkaa versiota, päivämäärää, julkaisutietoja ja linkkejä' }).click();
    await page.getByLabel('Versio', { exact: true }).fill('1.0.1');
    await expect.poll(() => page.getByLabel('Osoite').inputValue()).toBe('https://example.org/kaatio/opas');
    // An address the API would refuse is refused on the spot, next to its field.
    await page.getByLabel('Osoite').fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    await expect.poll(() => page.locator('.error-summary a').first().getAttribute('href')).toBe('#f-links-0-url');
    expect(await page.locator('#f-links-0-url-statusText').innerText()).toContain('https://');
    await expectAccessible(page);
    await page.getByLabel('Osoite').fill('https://example.org/kaatio/opas/1.0.1');
    await page.getByLabel('Otsikko').fill('Julkaisusivu 1.0.1');
    await screenshot(page, 'contribution-release-links-fi');
    const narrow = await signedInPage({ width: 320 });
    await narrow.page.goto(filesUrl.replace('/fi/', '/sv/'));
    await narrow.page.getByRole('button', { name: 'Redigera version, datum, versionsanteckningar och länkar' }).click();
    await narrow.page.locator('.release-links').waitFor();
    await noHorizontalScroll(narrow.page);
    await screenshot(narrow.page, 'contribution-release-links-sv-320');
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    await expect
      .poll(() => page.locator('.edit-release [role="status"]').innerText())
      .toContain('Version tiedot tallennettu.');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Version 1.0.1 tiedostot');
    await page.goto(`${baseUrl}/fi${deliverablePath}`);
    const edited = page.locator('a[href="https://example.org/kaatio/opas/1.0.1"]');
    await expect.poll(() => edited.first().innerText()).toContain('Julkaisusivu 1.0.1');
    expect(await page.locator('a[href="https://example.org/kaatio/opas"]').count()).toBe(0);
    await page.goto(filesUrl);

    // A file is deleted only after confirmation (DELETE /api/files/:id); then it is gone.
    const href = (await page.locator('.uploaded-files a').first().getAttribute('href'))!;
    await page.getByRole('button', { name: 'Poista Käyttöönotto-opas.pdf' }).click();
    await page.getByRole('button', { name: 'Peruuta' }).click();
    expect(await page.locator('.uploaded-files li').count()).toBe(1);
    await page.getByRole('button', { name: 'Poista Käyttöönotto-opas.pdf' }).click();
    await page.getByRole('button', { name: 'Kyllä, poista' }).click();
    await expect.poll(() => page.locator('.empty', { hasText: 'Versiolla ei ole vielä tiedostoja.' }).count()).toBe(1);
    expect((await page.request.get(new URL(href, baseUrl).toString())).status()).toBe(404);
    await expectAccessible(page);
  });

  it('fills a new deliverable from a publiccode.yml, refuses a broken one by its line, and offers the export', async () => {
    const { page } = await signedInPage();
    await page.goto(`${baseUrl}/fi/projects/${SLUG}/deliverables/new`);
    await page.getByRole('button', { name: 'Täytä tiedot publiccode.yml-tiedostosta' }).click();
    const contents = page.getByLabel('Tiedoston sisältö');
    const read = page.getByRole('button', { name: 'Täytä lomake tiedostosta' });
    await expectAccessible(page);

    // A broken file: the summary takes focus and names the line; the form stays as it was.
    await contents.fill(BROKEN_PUBLICCODE);
    await read.click();
    const summary = page.locator('.publiccode-import [role="alert"]');
    await expect.poll(() => summary.innerText()).toMatch(/Rivi [34], sarake \d+: Invalid YAML/);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    expect(await page.getByLabel('Tyyppi').inputValue()).toBe('');
    expect(await page.getByLabel('Nimi (suomeksi)').inputValue()).toBe('');
    await expectAccessible(page);
    await screenshot(page, 'contribution-publiccode-error-fi');

    await contents.fill(publiccodeYml());
    await read.click();
    await expect
      .poll(() => page.locator('.publiccode-import [role="status"]').innerText())
      .toContain('Lomake täytettiin tiedoston tiedoilla.');
    expect(await summary.count()).toBe(0);
    expect(await page.getByLabel('Tyyppi').inputValue()).toBe('SOFTWARE');
    expect(await page.getByLabel('Nimi (suomeksi)').inputValue()).toBe(SOFTWARE_NAME);
    expect(await page.getByLabel('Lisenssi').inputValue()).toBe('EUPL-1.2');
    expect(await page.getByLabel('Avainsanat').inputValue()).toBe('kaavoitus\nkaavatietomalli');
    expect(await page.getByLabel('Kehitysvaihe').inputValue()).toBe('BETA');
    expect(await page.getByLabel('Ylläpitomalli').inputValue()).toBe('none');
    expect(await page.getByLabel('suomi', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Verkkoselain').isChecked()).toBe(true);
    expect(await page.getByLabel('Linux').isChecked()).toBe(false);
    await expectAccessible(page);
    await screenshot(page, 'contribution-publiccode-filled-fi');
    const narrow = await signedInPage({ width: 320 });
    await narrow.page.goto(`${baseUrl}/sv/projects/${SLUG}/deliverables/new`);
    await narrow.page.getByRole('button', { name: 'Fyll i uppgifterna från en publiccode.yml-fil' }).click();
    await narrow.page.getByLabel('Filens innehåll').waitFor();
    await noHorizontalScroll(narrow.page);
    await screenshot(narrow.page, 'contribution-publiccode-sv-320');

    // Nothing was stored before saving; saving creates it and its page offers the export.
    await page.getByRole('button', { name: 'Tallenna tuotos' }).click();
    await page.waitForURL(/\/fi\/deliverables\/[^/]+$/);
    const download = page.getByRole('link', { name: 'Lataa publiccode.yml' });
    await download.waitFor();
    const exportUrl = new URL((await download.getAttribute('href'))!, baseUrl).toString();
    const exported = await page.request.get(exportUrl);
    expect(exported.status()).toBe(200);
    const yml = await exported.text();
    expect(yml).toContain(`name: ${SOFTWARE_NAME}`);
    expect(yml).toContain('license: EUPL-1.2');
    expect(yml).toMatch(/^platforms:\n {2}- web\n/m);
    await expectAccessible(page);
    await screenshot(page, 'contribution-publiccode-link-fi');
    const deliverableUrl = page.url();

    // Without keywords the export is not possible: the page says what is missing and where to add it.
    await page.getByRole('link', { name: 'Muokkaa tuotosta' }).click();
    await page.waitForURL(/\/edit$/);
    const keywords = page.getByRole('textbox', { name: 'Avainsanat' });
    await expect.poll(() => keywords.inputValue()).toBe('kaavoitus\nkaavatietomalli');
    await keywords.fill('');
    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('DeliverableEdit_Update'),
    );
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    expect((await (await saved).json()).errors).toBeUndefined();
    // Back without reloading: the page shows the gaps that the save's answer brought into the cache.
    await page.getByRole('link', { name: 'Peruuta' }).click();
    await page.waitForURL(deliverableUrl);
    const item = page.locator('.detail-section', { has: page.getByRole('heading', { name: 'publiccode.yml' }) });
    await expect.poll(() => item.locator('li').allInnerTexts()).toEqual(['vähintään yksi avainsana']);
    expect(await item.locator('a[download]').count()).toBe(0);
    await item.getByRole('link', { name: 'Täydennä puuttuvat tiedot muokkaussivulla' }).waitFor();
    expect((await page.request.get(exportUrl)).status()).toBe(422);
    await expectAccessible(page);
    await screenshot(page, 'contribution-publiccode-missing-fi');
    for (const lang of ['sv', 'en'] as const) {
      await page.goto(deliverableUrl.replace('/fi/', `/${lang}/`));
      await item.locator('li').first().waitFor();
      await screenshot(page, `contribution-publiccode-missing-${lang}`);
    }

    // Maintained by the publisher itself, it needs a contact person; the saved notice stays after the save.
    await page.goto(`${deliverableUrl}/edit`);
    await expect.poll(() => keywords.inputValue()).toBe('');
    await keywords.fill('kaavoitus\nkaavatietomalli');
    await page.getByLabel('Ylläpitomalli').selectOption('internal');
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    const notice = page.locator('.notice-success');
    await expect.poll(() => notice.innerText()).toContain('Muutokset tallennettu.');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('notice-success'))).toBe(true);
    await notice.getByRole('link', { name: 'Takaisin tuotoksen sivulle' }).click();
    await page.waitForURL(deliverableUrl);
    await expect
      .poll(() => item.locator('li').allInnerTexts())
      .toEqual(['ylläpidon yhteyshenkilö, koska ohjelmistoa ylläpitää julkaisija itse tai yhteisö']);
    await item.getByRole('link', { name: 'Täydennä puuttuvat tiedot muokkaussivulla' }).click();
    await page.waitForURL(/\/edit$/);
    await page.getByRole('button', { name: 'Lisää yhteyshenkilö' }).click();
    const person = page.getByRole('group', { name: 'Yhteyshenkilö 1' });
    const name = person.getByLabel('Nimi', { exact: true });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(await name.getAttribute('id'));
    await name.fill(CONTACT.name);
    await person.getByLabel('Rooli', { exact: true }).fill(CONTACT.role);
    await person.getByLabel('Organisaatio', { exact: true }).fill(CONTACT.organisation);
    await person.getByLabel('Julkinen yhteystietosivu', { exact: true }).fill(CONTACT.sourceUrl);
    await person.getByRole('button', { name: `Poista ${CONTACT.name}` }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'contribution-contacts-fi');
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    await expect.poll(() => notice.innerText()).toContain('Muutokset tallennettu.');

    // Stored: the Swedish form shows the row, narrow too.
    const sv = await signedInPage({ width: 320 });
    await sv.page.goto(`${deliverableUrl.replace('/fi/', '/sv/')}/edit`);
    const svPerson = sv.page.getByRole('group', { name: 'Kontaktperson 1' });
    await expect.poll(() => svPerson.getByLabel('Namn', { exact: true }).inputValue()).toBe(CONTACT.name);
    await sv.page.getByRole('button', { name: `Ta bort ${CONTACT.name}` }).waitFor();
    await noHorizontalScroll(sv.page);
    await expectAccessible(sv.page);
    await screenshot(sv.page, 'contribution-contacts-sv-320');

    // The page lists the contact, and the export works again with the contact in it.
    await page.goto(deliverableUrl);
    await download.waitFor();
    const contacts = page.locator('.detail-section', { has: page.getByRole('heading', { name: 'Yhteyshenkilöt' }) });
    expect(await contacts.locator('li').innerText()).toContain(
      `${CONTACT.name}, ${CONTACT.role}, ${CONTACT.organisation} (julkinen yhteystietosivu)`,
    );
    expect(await contacts.locator('li a').getAttribute('href')).toBe(CONTACT.sourceUrl);
    const withContact = await page.request.get(exportUrl);
    expect(withContact.status()).toBe(200);
    const exportedYml = await withContact.text();
    expect(exportedYml).toContain('type: internal');
    expect(exportedYml).toContain(`name: ${CONTACT.name}`);
    await expectAccessible(page);
    await screenshot(page, 'contribution-contacts-page-fi');
  });

  it('declares an adoption for another municipality and shows it as a claim', async () => {
    const { page } = await signedInPage();
    await page.goto(`${baseUrl}/fi${deliverablePath}`);
    await page.getByRole('link', { name: 'Otimme käyttöön' }).click();
    await page.getByLabel('Hae muuta organisaatiota').fill('Turku');
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    await page.getByLabel('Turku', { exact: true }).check();
    await page.getByLabel('Käytön tila').selectOption('IN_PRODUCTION');
    await page.getByLabel('Lähteet').fill('https://www.turku.fi/kaavoitus');
    await expectAccessible(page);
    await screenshot(page, 'contribution-adoption-fi');
    await page.getByRole('button', { name: 'Tallenna käyttöönotto' }).click();
    const saved = page.locator('.notice', { hasText: 'Käyttöönotto tallennettu' });
    await saved.waitFor();
    expect(await saved.locator('.badge').innerText()).toMatch(/väite$/);
    expect(await saved.innerText()).toContain('Et ole tämän organisaation jäsen');
    await expectAccessible(page);

    await page.goto(`${baseUrl}/fi${deliverablePath}`);
    await expect.poll(() => page.locator('.badge-warn', { hasText: 'väite' }).count()).toBeGreaterThan(0);
    expect(await page.locator('body').innerText()).toContain('Turku');
  });

  it('a member of the adopter confirms the claimed adoption and a curator verifies it', async () => {
    // The claim above is Turku's (not in KAATIO: a partner's own use would not be reuse): a member of
    // Turku confirms it, and it counts as reuse.
    const memberEmail = `tiina.${Date.now().toString(36)}@turku.example`;
    const member = await otherPerson('Tiina Turku', memberEmail);
    await addMembership({ municipality: '853' }, 'MEMBER', memberEmail);
    await member.goto(`${baseUrl}/fi${deliverablePath}`);
    const claim = member.locator('.adoptions > li', { hasText: 'Turku' });
    await expect.poll(() => claim.locator('.badge').innerText()).toMatch(/väite$/);
    await claim.getByRole('button', { name: 'Vahvista käyttöönottomme' }).click();
    await expect
      .poll(() => member.locator('p.visually-hidden[role="status"]').innerText())
      .toBe('Käyttöönotto vahvistettu.');
    // Now the adopter's own word: in the reuse list, no longer a claim.
    const adopted = member.locator('.adoptions > li', { hasText: 'Turku' });
    await expect.poll(() => adopted.locator('.badge').innerText()).toBe('Käyttöönottajan ilmoittama');
    expect(await adopted.locator('.badge-warn').count()).toBe(0);
    expect(await adopted.getByRole('button', { name: 'Merkitse tarkistetuksi' }).count()).toBe(0);
    await expectAccessible(member);
    await screenshot(member, 'contribution-adoption-confirmed-fi');

    // A curator checks the sources and marks it verified.
    const curatorEmail = `kaisa.${Date.now().toString(36)}@kuntagraph.example`;
    const curator = await otherPerson('Kaisa Kuraattori', curatorEmail);
    expect((await sql(`update app_user set is_admin = true where email = $1`, [curatorEmail])).rowCount).toBe(1);
    await curator.goto(`${baseUrl}/sv${deliverablePath}`);
    const row = curator.locator('.adoptions > li', { hasText: 'Åbo' });
    await row.getByRole('button', { name: 'Markera som verifierat' }).click();
    await expect
      .poll(() => curator.locator('p.visually-hidden[role="status"]').innerText())
      .toBe('Ibruktagandet har verifierats.');
    await expect.poll(() => row.locator('.badge').innerText()).toBe('Bekräftad');
    expect(await row.getByRole('button', { name: 'Markera som verifierat' }).count()).toBe(0);
    await expectAccessible(curator);
    await screenshot(curator, 'contribution-adoption-verified-sv');

    // Anyone now sees the verified level.
    const { page: anonymous } = await openPage(browser);
    await anonymous.goto(`${baseUrl}/fi${deliverablePath}`);
    await expect
      .poll(() => anonymous.locator('.adoptions > li', { hasText: 'Turku' }).locator('.badge').innerText())
      .toBe('Vahvistettu');
  });

  it('invites a member by e-mail; the person signs up, accepts and may then edit the project', async () => {
    const { page } = await signedInPage();
    await page.goto(`${baseUrl}/en/projects/${SLUG}/edit`);
    const email = `invited-${Date.now().toString(36)}@example.fi`;
    await page.getByLabel('E-mail address').fill(email);
    await page.getByRole('button', { name: 'Create invitation' }).click();
    const link = await page.locator('.invitation-link').innerText();
    expect(link).toMatch(new RegExp(`^${baseUrl}/en/invitations/kgi_`));
    await expectAccessible(page);

    // The person invited, in a browser of their own: signs up with that address, opens the link.
    const invited = await otherPerson('Kutsuttu Käyttäjä', email);
    await invited.goto(link);
    await invited.getByRole('button', { name: 'Accept the invitation' }).click();
    await invited.getByRole('link', { name: SLUG }).click();
    await invited.waitForURL(`${baseUrl}/en/projects/${SLUG}`);
    await invited.goto(`${baseUrl}/en/projects/${SLUG}/edit`);
    await invited.getByRole('button', { name: 'Save', exact: true }).waitFor();
    await expectAccessible(invited);
  });

  it('creates an API key that is shown once, and revokes it after confirmation', async () => {
    await addMembership({ municipality: '564' }, 'MEMBER');
    const { page } = await signedInPage();
    await page.goto(`${baseUrl}/en/account/api-keys`);
    await page.getByRole('heading', { name: 'Oulu', exact: true }).waitFor();
    await expect.poll(() => page.locator('.empty').first().innerText()).toBe('No API keys.');
    await page.getByLabel('Name', { exact: true }).fill('Intranet project list');
    await page.getByRole('button', { name: 'Create key' }).click();
    const secret = page.getByTestId('api-key-secret');
    await secret.waitFor();
    const key = await secret.innerText();
    expect(key).toMatch(/^kg_/);
    expect(await page.locator('.notice-warn').innerText()).toContain('It will not be shown again.');
    await expect.poll(() => page.locator('.key-table tbody tr').count()).toBe(1);
    await expectAccessible(page);
    await screenshot(page, 'contribution-api-keys-en');

    // The key works, and the page shows it only once.
    const res = await page.request.post(`${baseUrl}/graphql`, {
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      data: { query: '{ me { kind name } }' },
    });
    expect((await res.json()).data.me).toEqual({ kind: 'API_KEY', name: 'Intranet project list' });
    await page.reload();
    await page.locator('.key-table').waitFor();
    expect(await page.getByTestId('api-key-secret').count()).toBe(0);
    expect(await page.locator('.key-table').innerText()).toContain(key.slice(0, 11));

    await page.getByRole('button', { name: 'Revoke Intranet project list' }).click();
    await page.getByRole('button', { name: 'Yes, revoke' }).click();
    await expect.poll(() => page.locator('.key-table tbody tr').innerText()).toContain('Revoked on');
  });
});
