import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/graphql/global-id.js';
import { publiccodeFetching, safeFetch, isBlockedAddress } from '../src/modules/export/publiccode.fetch.js';
import {
  createSoftwareFixture,
  startExportHarness,
  type ExportHarness,
  type SoftwareFixture,
} from './export-harness.js';
import { schemaStoreViolations } from './schemastore-publiccode.js';

let h: ExportHarness;
let sw: SoftwareFixture;

beforeAll(async () => {
  h = await startExportHarness('export_publiccode');
  sw = await createSoftwareFixture(h.db);
});
afterAll(async () => {
  publiccodeFetching.fetcher = safeFetch;
  await h?.close();
});

const DRAFT = `query($yaml: String, $url: String) { publiccodeDraft(yaml: $yaml, url: $url) {
  draft { kind title { fi sv en } shortDescription { fi sv en } description { fi sv en } keywords licence languages platforms
    developmentStatus maintenanceType maintenanceUntil contacts { name role organisation sourceUrl } landingUrl repositoryUrl documentationUrl softwareVersion releaseDate }
  errors { line column message path } warnings { line message path } } }`;

describe('GET /export/deliverables/:id/publiccode.yml', () => {
  it('answers bad and unknown ids with JSON 400 / 404 and non-software with 422', async () => {
    const bad = await h.get('/export/deliverables/not-an-id/publiccode.yml');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const unknown = await h.get(
      `/export/deliverables/${toGlobalId('Deliverable', '00000000-0000-4000-8000-000000000000')}/publiccode.yml`,
    );
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
    const project = await h.get(
      `/export/deliverables/${toGlobalId('Project', '00000000-0000-4000-8000-000000000000')}/publiccode.yml`,
    );
    expect(project.status).toBe(400);
    const guideline = await createSoftwareFixture(h.db, { kind: 'GUIDELINE' });
    const res = await h.get(`/export/deliverables/${guideline.globalId}/publiccode.yml`);
    expect(res.status).toBe(422);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('NOT_EXPORTABLE');
  });

  it('writes publiccode.yml 0.7 with organisation, fundedBy, supports and verified usedBy only, in one statement', async () => {
    h.db.resetStatements();
    const res = await h.get(`/export/deliverables/${sw.globalId}/publiccode.yml`);
    expect(h.db.statements.filter((s) => !/^(begin|commit|rollback)/i.test(s))).toHaveLength(1);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/yaml; charset=utf-8/);
    const text = await res.text();
    // Plain YAML for every parser: no anchors or aliases, dates as quoted strings.
    expect(text).not.toMatch(/: [&*]a\d/);
    expect(text).toContain('releaseDate: "2024-02-01"');
    const y = parse(text);
    expect(y.publiccodeYmlVersion).toBe('0.7');
    expect(y.name).toBe('Lupapiste-laajennus <beta> & co');
    expect(y.url).toBe('https://github.com/example/permit-extension');
    expect(y.landingURL).toBe('https://example.org/permit-extension');
    expect(y.softwareVersion).toBe('2.1.0');
    expect(y.releaseDate).toBe('2024-02-01');
    expect(y.platforms).toEqual(['web', 'linux']);
    expect(y.developmentStatus).toBe('stable');
    expect(y.softwareType).toBe('standalone/web');
    expect(y.legal.license).toBe('EUPL-1.2');
    expect(y.organisation).toEqual({ uri: 'urn:fi:ytunnus:0201256-6', name: 'Helsinki' });
    expect(y.legal).toEqual({ license: 'EUPL-1.2', mainCopyrightOwner: 'Helsinki' });
    expect(y.usedBy).toEqual([sw.adopterName]);
    expect(y.usedBy).not.toContain(sw.claimantName);
    expect(y.fundedBy.length).toBeGreaterThan(0);
    expect(y.fundedBy[0].name).toMatch(/ministeriö/i);
    expect(y.supports.map((s: { id: string }) => s.id)).toContain(sw.specUri);
    expect(y.supports.some((s: { id: string }) => s.id.endsWith(`/services/${sw.serviceSlug}`))).toBe(true);
    expect(y.description.fi.shortDescription).toBe('Laajennus sähköiseen lupaprosessiin.');
    expect(y.description.sv.localisedName).toBe('Tillståndstillägg');
    expect(y.description.en.features).toEqual(['rakennusvalvonta', 'lupaprosessi', '=SUM(A1)']);
    expect(y.maintenance).toEqual({
      type: 'internal',
      contacts: [{ name: 'Maija Meikäläinen', affiliation: 'Helsingin kaupunki' }],
    });
    expect(y.localisation.availableLanguages).toEqual(['fi', 'sv', 'en']);
  });

  it("conforms to SchemaStore's publiccode.yml definition, which rejects a broken copy", async () => {
    const y = parse(await (await h.get(`/export/deliverables/${sw.globalId}/publiccode.yml`)).text());
    expect(schemaStoreViolations(y)).toEqual([]);
    const { legal, ...noLegal } = y;
    expect(legal.license).toBeTruthy();
    const broken: [Record<string, unknown>, RegExp][] = [
      [noLegal, /'legal' is missing/],
      [{ ...y, developmentStatus: 'released' }, /"released"/],
      [{ ...y, categories: ['permits'] }, /"permits"/],
      [{ ...y, supports: [{ uri: 'x' }] }, /"uri"' does not exist/],
      [
        { ...y, localisation: { localisationReady: 'yes', availableLanguages: ['fi'] } },
        /not assignable to type 'boolean'/,
      ],
    ];
    for (const [doc, message] of broken) expect(schemaStoreViolations(doc).join('\n')).toMatch(message);
  });

  it('fits texts to the standard: short clipped to 150, languages without a long text of 150+ left out', async () => {
    const odd = await createSoftwareFixture(h.db, {
      title: { fi: 'Pitkäsanainen', en: 'Only a title' },
      short_description: { fi: `${'sana '.repeat(60)}loppu` },
      description: { fi: `${'pitkä '.repeat(40)}loppu`, sv: 'För kort.' },
    });
    const yaml = await (await h.get(`/export/deliverables/${odd.globalId}/publiccode.yml`)).text();
    const y = parse(yaml);
    expect(schemaStoreViolations(y)).toEqual([]);
    expect(Object.keys(y.description)).toEqual(['fi']);
    expect([...y.description.fi.shortDescription].length).toBeLessThanOrEqual(150);
    expect(y.description.fi.shortDescription).toMatch(/^sana sana .*sana…$/);
    expect(y.description.fi.longDescription).toBe(`${'pitkä '.repeat(40)}loppu`);
    const r = (await h.graphql(DRAFT, { yaml })).data.publiccodeDraft;
    expect(r.errors).toEqual([]);
    expect(r.draft.description).toEqual({ fi: `${'pitkä '.repeat(40)}loppu`, sv: null, en: null });
    const longOnly = await createSoftwareFixture(h.db, {
      short_description: {},
      description: { en: 'x'.repeat(20_000) },
    });
    const l = parse(await (await h.get(`/export/deliverables/${longOnly.globalId}/publiccode.yml`)).text());
    expect(schemaStoreViolations(l)).toEqual([]);
    expect([...l.description.en.longDescription].length).toBe(10_000);
    expect(l.description.en.shortDescription).toMatch(/^x{149}…$/);
  });

  it('refuses, with what is missing, a deliverable that cannot make a valid publiccode.yml', async () => {
    const bare = await createSoftwareFixture(h.db, {
      short_description: { fi: 'Lyhyt.' },
      description: { fi: 'Alle 150 merkkiä.' },
      keywords: [],
      licence: null,
      languages: [],
      platforms: [],
      maintenance_type: 'community',
      contacts: [],
      repository_url: null,
      development_status: null,
    });
    const res = await h.get(`/export/deliverables/${bare.globalId}/publiccode.yml`);
    expect(res.status).toBe(422);
    const error = ((await res.json()) as any).errors[0];
    expect(error.extensions.code).toBe('NOT_EXPORTABLE');
    expect(error.extensions.missing.map((g: { field: string }) => g.field)).toEqual([
      'description',
      'repositoryUrl',
      'developmentStatus',
      'keywords',
      'licence',
      'languages',
      'platforms',
      'contacts',
    ]);
    expect(error.message).toMatch(/at least 150 characters/);
    const missing = `query($id: ID!) { deliverable(id: $id) { publiccodeMissing { field message } } }`;
    const asked = await h.graphql(missing, { id: bare.globalId });
    expect(asked.data.deliverable.publiccodeMissing).toEqual(error.extensions.missing);
    expect((await h.graphql(missing, { id: sw.globalId })).data.deliverable.publiccodeMissing).toEqual([]);
    const guideline = await createSoftwareFixture(h.db, { kind: 'GUIDELINE' });
    expect((await h.graphql(missing, { id: guideline.globalId })).data.deliverable.publiccodeMissing).toBeNull();
    const contract = await createSoftwareFixture(h.db, { maintenance_type: 'contract', maintenance_until: null });
    const c = await h.get(`/export/deliverables/${contract.globalId}/publiccode.yml`);
    expect(((await c.json()) as any).errors[0].extensions.missing).toEqual([
      expect.objectContaining({ field: 'maintenanceUntil' }),
    ]);
    const done = await createSoftwareFixture(h.db, { maintenance_type: 'contract', maintenance_until: '2027-12-31' });
    const d = parse(await (await h.get(`/export/deliverables/${done.globalId}/publiccode.yml`)).text());
    expect(schemaStoreViolations(d)).toEqual([]);
    expect(d.maintenance.contractors).toEqual([{ name: 'Helsingin kaupunki', until: '2027-12-31' }]);
  });

  it("writes the platforms given, and a standalone application's softwareType by them", async () => {
    const cases: Array<[string[], string]> = [
      [['WEB'], 'standalone/web'],
      [['ANDROID', 'IOS'], 'standalone/mobile'],
      [['WINDOWS', 'MAC', 'LINUX'], 'standalone/desktop'],
      [['LINUX', 'ANDROID'], 'standalone/other'],
    ];
    for (const [platforms, type] of cases) {
      const f = await createSoftwareFixture(h.db, { kind: 'SOFTWARE', platforms });
      const y = parse(await (await h.get(`/export/deliverables/${f.globalId}/publiccode.yml`)).text());
      expect([y.platforms, y.softwareType]).toEqual([platforms.map((p) => p.toLowerCase()), type]);
      expect(schemaStoreViolations(y)).toEqual([]);
    }
    const addon = await createSoftwareFixture(h.db, { kind: 'SOFTWARE_EXTENSION', platforms: ['IOS'] });
    const a = parse(await (await h.get(`/export/deliverables/${addon.globalId}/publiccode.yml`)).text());
    expect(a.softwareType).toBe('addon');
  });

  it('round-trips: the draft read from the export equals the deliverable', async () => {
    const yaml = await (await h.get(`/export/deliverables/${sw.globalId}/publiccode.yml`)).text();
    const body = await h.graphql(DRAFT, { yaml });
    expect(body.errors).toBeUndefined();
    const r = body.data.publiccodeDraft;
    expect(r.errors).toEqual([]);
    const d = (
      await h.db.orm.em
        .fork()
        .getConnection()
        .execute(
          `select title, short_description, description, keywords, licence, languages, platforms, development_status, maintenance_type,
          landing_url, repository_url, documentation_url from deliverable where id = ?`,
          [sw.id],
        )
    )[0];
    const full = (t: Record<string, string>) => ({ fi: t.fi ?? null, sv: t.sv ?? null, en: t.en ?? null });
    expect(r.draft).toEqual({
      kind: 'SOFTWARE',
      title: full(d.title),
      shortDescription: full(d.short_description),
      description: full(d.description),
      keywords: d.keywords,
      licence: d.licence,
      languages: d.languages,
      platforms: d.platforms,
      developmentStatus: d.development_status,
      maintenanceType: d.maintenance_type,
      maintenanceUntil: null,
      contacts: [{ name: 'Maija Meikäläinen', role: null, organisation: 'Helsingin kaupunki', sourceUrl: null }],
      landingUrl: d.landing_url,
      repositoryUrl: d.repository_url,
      documentationUrl: d.documentation_url,
      softwareVersion: '2.1.0',
      releaseDate: '2024-02-01',
    });
  });
});

describe('publiccodeDraft', () => {
  it('reports invalid YAML with its line', async () => {
    const r = (await h.graphql(DRAFT, { yaml: 'name: a\nurl: [unclosed\nplatforms: web\n' })).data.publiccodeDraft;
    expect(r.draft).toBeNull();
    expect(r.errors[0].message).toMatch(/Invalid YAML/);
    expect(r.errors[0].line).toBeGreaterThanOrEqual(2);
  });

  it('refuses an alias bomb as invalid YAML, not a server error', async () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const next = String.fromCharCode(97 + i);
      levels.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const res = await h.graphql(DRAFT, { yaml: `${levels.join('\n')}\nname: x\n` });
    expect(res.errors).toBeUndefined();
    const r = res.data.publiccodeDraft;
    expect(r.draft).toBeNull();
    expect(r.errors[0].message).toMatch(/^Invalid YAML: .*alias/i);
  });

  it('reports schema violations with line, column and path', async () => {
    const yaml = [
      'publiccodeYmlVersion: "0.7"',
      'name: Test',
      'url: "ftp://example.org/repo"',
      'platforms: [web]',
      'developmentStatus: finished',
      'softwareType: standalone/web',
      'description:',
      '  fi:',
      `    shortDescription: "${'x'.repeat(151)}"`,
      '    longDescription: Liian lyhyt.',
      'legal:',
      '  license: "Not a licence!"',
      'maintenance:',
      '  type: none',
    ].join('\n');
    const r = (await h.graphql(DRAFT, { yaml })).data.publiccodeDraft;
    expect(r.draft).toBeNull();
    const byPath = Object.fromEntries(r.errors.map((e: any) => [e.path, e]));
    expect(byPath.url).toMatchObject({ line: 3, column: 6 });
    expect(byPath.developmentStatus).toMatchObject({ line: 5 });
    expect(byPath['description.fi.shortDescription']).toMatchObject({ line: 9 });
    expect(byPath['legal.license']).toMatchObject({ line: 12 });
    expect(byPath['description.fi.longDescription']).toMatchObject({ line: 10 });
    expect(byPath['description.fi']).toMatchObject({
      line: 9,
      message: '"description.fi.features" is required (at least one feature).',
    });
    const missing = (await h.graphql(DRAFT, { yaml: 'name: Test\n' })).data.publiccodeDraft.errors.map(
      (e: any) => e.message,
    );
    expect(missing).toEqual(
      expect.arrayContaining([
        '"publiccodeYmlVersion" is required.',
        '"url" is required.',
        '"legal.license" is required.',
      ]),
    );
  });

  it('requires contacts for internal or community maintenance and contractors for a contract; takes no e-mail', async () => {
    const base = await (await h.get(`/export/deliverables/${sw.globalId}/publiccode.yml`)).text();
    const y = parse(base);
    const { stringify } = await import('yaml');
    const withMaintenance = (maintenance: unknown) => stringify({ ...y, maintenance });
    const internal = (await h.graphql(DRAFT, { yaml: withMaintenance({ type: 'internal' }) })).data.publiccodeDraft;
    expect(internal.errors.map((e: any) => e.message)).toEqual([
      '"maintenance.contacts" is required when maintenance.type is internal.',
    ]);
    const contract = (await h.graphql(DRAFT, { yaml: withMaintenance({ type: 'contract' }) })).data.publiccodeDraft;
    expect(contract.errors.map((e: any) => e.message)).toEqual([
      '"maintenance.contractors" is required when maintenance.type is contract.',
    ]);
    const mail = (
      await h.graphql(DRAFT, {
        yaml: withMaintenance({ type: 'community', contacts: [{ name: 'Anna', email: 'anna@example.org' }] }),
      })
    ).data.publiccodeDraft;
    expect(mail.errors).toEqual([]);
    expect(mail.draft.contacts).toEqual([{ name: 'Anna', role: null, organisation: null, sourceUrl: null }]);
    expect(mail.warnings.map((w: any) => w.path)).toContain('maintenance.contacts.0');
  });

  it('reads the standard platforms, a single one as a string too, and leaves others out with a warning', async () => {
    const y = parse(await (await h.get(`/export/deliverables/${sw.globalId}/publiccode.yml`)).text());
    const { stringify } = await import('yaml');
    const read = async (platforms: unknown) =>
      (await h.graphql(DRAFT, { yaml: stringify({ ...y, platforms }) })).data.publiccodeDraft;
    expect((await read('android')).draft.platforms).toEqual(['ANDROID']);
    const mixed = await read(['Linux', 'web', 'amiga', 'web']);
    expect(mixed.draft.platforms).toEqual(['LINUX', 'WEB']);
    expect(mixed.warnings).toEqual([
      expect.objectContaining({ path: 'platforms', message: expect.stringMatching(/"amiga" is not one of/) }),
    ]);
  });

  it('rejects too large input, both or neither argument, and unsafe URLs as BAD_USER_INPUT', async () => {
    const big = await h.graphql(DRAFT, { yaml: `name: ${'x'.repeat(270_000)}` });
    expect(big.errors?.[0]?.extensions?.code).toBeDefined();
    const neither = await h.graphql(DRAFT, {});
    expect(neither.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    for (const url of [
      'http://example.org/publiccode.yml',
      'https://127.0.0.1/publiccode.yml',
      'https://[::1]/x.yml',
      'https://10.1.2.3/x.yml',
      'https://localhost/x.yml',
    ]) {
      const r = await h.graphql(DRAFT, { url });
      expect(r.errors?.[0]?.extensions?.code, url).toBe('BAD_USER_INPUT');
    }
    expect(isBlockedAddress('169.254.169.254')).toBe(true);
    expect(isBlockedAddress('::ffff:127.0.0.1')).toBe(true);
    expect(isBlockedAddress('93.184.216.34')).toBe(false);
  });

  it('reads a fetched file through the injected fetcher', async () => {
    const yaml = await (await h.get(`/export/deliverables/${sw.globalId}/publiccode.yml`)).text();
    publiccodeFetching.fetcher = async (url) => {
      expect(url.toString()).toBe('https://example.org/publiccode.yml');
      return yaml;
    };
    try {
      const r = (await h.graphql(DRAFT, { url: 'https://example.org/publiccode.yml' })).data.publiccodeDraft;
      expect(r.errors).toEqual([]);
      expect(r.draft.repositoryUrl).toBe('https://github.com/example/permit-extension');
    } finally {
      publiccodeFetching.fetcher = safeFetch;
    }
  });
});
