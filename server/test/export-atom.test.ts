import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProjects } from './factories.js';
import {
  createSoftwareFixture,
  startExportHarness,
  type ExportHarness,
  type SoftwareFixture,
} from './export-harness.js';

let h: ExportHarness;
let sw: SoftwareFixture;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['entry', 'link'].includes(name),
});

beforeAll(async () => {
  h = await startExportHarness('export_atom');
  await createProjects(h.db.orm.em.fork(), 5);
  sw = await createSoftwareFixture(h.db);
});
afterAll(async () => {
  await h?.close();
});

async function feed(path: string) {
  h.db.resetStatements();
  const res = await h.get(path);
  expect(res.status, path).toBe(200);
  expect(h.db.statements.filter((s) => !/^(begin|commit|rollback)/i.test(s)).length, path).toBe(1);
  expect(res.headers.get('content-type')).toMatch(/^application\/atom\+xml; charset=utf-8/);
  const xml = await res.text();
  expect(XMLValidator.validate(xml), path).toBe(true);
  const doc = parser.parse(xml);
  const f = doc.feed;
  expect(f['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  expect(f.id).toBeTruthy();
  expect(f.title['#text']).toBeTruthy();
  expect(f.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  expect(f.author.name).toBe('Kuntagraph');
  expect(f.link.find((l: any) => l['@rel'] === 'self')['@href']).toBe(`${h.base}${path}`);
  for (const e of f.entry ?? []) {
    expect(e.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(e.title['#text']).toBeTruthy();
    expect(e.updated).toMatch(/Z$/);
    expect(e.link[0]['@href']).toMatch(/^http/);
    expect(e['@xml:lang']).toMatch(/^(fi|sv|en)$/);
    expect(e.summary).toBeDefined();
  }
  return { xml, entries: (f.entry ?? []) as any[] };
}

describe('Atom feeds', () => {
  it('deliverables.atom: the newest deliverable first, with <&> escaped', async () => {
    const { xml, entries } = await feed('/feeds/deliverables.atom');
    expect(entries[0].id).toBe(`urn:uuid:${sw.id}`);
    expect(entries[0].title['#text']).toBe('Lupapiste-laajennus <beta> & co');
    expect(xml).toContain('Lupapiste-laajennus &lt;beta&gt; &amp; co');
    expect(entries.length).toBeLessThanOrEqual(50);
    const newer = await createSoftwareFixture(h.db, { title: { fi: 'Uusin' } });
    const again = await feed('/feeds/deliverables.atom?lang=sv');
    expect(again.entries[0].id).toBe(`urn:uuid:${newer.id}`);
    expect(again.entries[0]['@xml:lang']).toBe('fi');
    expect(again.entries[1]['@xml:lang']).toBe('sv');
  });

  it('projects, theme, municipality, service and specification feeds', async () => {
    expect((await feed('/feeds/projects.atom?lang=en')).entries.length).toBeGreaterThan(5);
    expect((await feed('/feeds/themes/BUILT_ENVIRONMENT.atom')).entries.length).toBeGreaterThan(0);
    const helsinki = await feed('/feeds/municipalities/091.atom');
    expect(helsinki.entries.some((e) => e.id === `urn:uuid:${sw.id}`)).toBe(true);
    const service = await feed(`/feeds/services/${sw.serviceSlug}.atom`);
    expect(service.entries.some((e) => e.id === `urn:uuid:${sw.id}`)).toBe(true);
    const [spec] = await h.db.orm.em
      .fork()
      .getConnection()
      .execute<{ slug: string }[]>(`select slug from specification where uri = ?`, [sw.specUri]);
    const specFeed = await feed(`/feeds/specifications/${spec.slug}.atom`);
    expect(specFeed.entries.some((e) => e.id === `urn:uuid:${sw.id}`)).toBe(true);
  });

  it('answers bad and unknown subjects with 400 / 404 JSON', async () => {
    for (const [p, status, code] of [
      ['/feeds/themes/NOT_A_THEME.atom', 400, 'BAD_USER_INPUT'],
      ['/feeds/deliverables.atom?lang=xx', 400, 'BAD_USER_INPUT'],
      ['/feeds/municipalities/12.atom', 400, 'BAD_USER_INPUT'],
      ['/feeds/municipalities/999.atom', 404, 'NOT_FOUND'],
      ['/feeds/services/no-such-service.atom', 404, 'NOT_FOUND'],
      ['/feeds/specifications/Bad_Slug!.atom', 400, 'BAD_USER_INPUT'],
      ['/feeds/specifications/no-such-spec.atom', 404, 'NOT_FOUND'],
    ] as const) {
      const res = await h.get(p);
      expect(res.status, p).toBe(status);
      expect(((await res.json()) as any).errors[0].extensions.code, p).toBe(code);
    }
  });
});
