import rdf from '@zazuko/env-node';
import jsonld from 'jsonld';
import { Parser, type Quad } from 'n3';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import SHACLValidator from 'rdf-validate-shacl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProjects } from './factories.js';
import {
  createSoftwareFixture,
  startExportHarness,
  type ExportHarness,
  type SoftwareFixture,
} from './export-harness.js';

const SHAPES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'dcat-ap-3.0.1');
const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

let h: ExportHarness;
let sw: SoftwareFixture;
let validator: SHACLValidator;

beforeAll(async () => {
  h = await startExportHarness('export_dcat');
  sw = await createSoftwareFixture(h.db);
  await createSoftwareFixture(h.db, { kind: 'DATA_MODEL', description: {}, short_description: {} });
  await createProjects(h.db.orm.em.fork(), 4);
  const shapes = rdf.dataset();
  for (const f of ['dcat-ap-SHACL.ttl', 'ranges.ttl']) {
    for (const q of new Parser().parse(readFileSync(path.join(SHAPES_DIR, f), 'utf8'))) shapes.add(q as never);
  }
  validator = new SHACLValidator(shapes, { factory: rdf });
});
afterAll(async () => {
  await h?.close();
});

async function validate(quads: Quad[]) {
  const data = rdf.dataset();
  for (const q of quads) data.add(q as never);
  return validator.validate(data);
}
const messages = (report: Awaited<ReturnType<typeof validate>>) =>
  report.results.map((r) => `${r.focusNode?.value} ${r.path?.value}: ${r.message.map((m) => m.value).join(' ')}`);

async function jsonLdQuads(doc: object): Promise<Quad[]> {
  const nquads = (await jsonld.toRDF(doc as never, { format: 'application/n-quads' })) as unknown as string;
  return new Parser({ format: 'N-Quads' }).parse(nquads);
}

describe('DCAT-AP 3 catalogue', () => {
  it('conforms to the official DCAT-AP 3.0.1 shapes as JSON-LD, in one statement', async () => {
    h.db.resetStatements();
    const res = await h.get('/export/catalog.jsonld');
    expect(h.db.statements.filter((s) => !/^(begin|commit|rollback)/i.test(s))).toHaveLength(1);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    const quads = await jsonLdQuads((await res.json()) as object);
    const report = await validate(quads);
    expect(messages(report)).toEqual([]);
    expect(report.conforms).toBe(true);
    const types = quads
      .filter((q) => q.predicate.value === RDF_TYPE)
      .map((q) => `${q.subject.value} ${q.object.value}`);
    expect(types.some((t) => t.includes(sw.globalId) && t.endsWith(`${DCAT}Resource`))).toBe(true);
    expect(types.some((t) => t.endsWith(`${DCAT}Dataset`))).toBe(true);
    const about = (p: string) =>
      quads.filter((q) => q.subject.value.endsWith(sw.globalId) && q.predicate.value === p).map((q) => q.object.value);
    expect(about(`${DCT}conformsTo`)).toContain(sw.specUri);
    expect(about(`${DCT}license`)).toEqual(['http://spdx.org/licenses/EUPL-1.2']);
    expect(about('http://www.w3.org/ns/prov#wasGeneratedBy')[0]).toMatch(new RegExp(`/projects/${sw.projectSlug}$`));
    expect(
      quads.some(
        (q) => q.predicate.value === `${DCAT}downloadURL` && /\/api\/files\/[0-9a-f-]{36}$/.test(q.object.value),
      ),
    ).toBe(true);
    expect(quads.some((q) => q.predicate.value === `${DCT}identifier` && q.object.value === '0201256-6')).toBe(true);
    expect(
      quads.some(
        (q) => q.predicate.value === 'http://www.w3.org/2004/02/skos/core#notation' && q.object.value === '091',
      ),
    ).toBe(true);
    const titles = quads.filter((q) => q.subject.value.endsWith(sw.globalId) && q.predicate.value === `${DCT}title`);
    expect(titles.map((q) => (q.object as { language: string }).language).sort()).toEqual(['en', 'fi', 'sv']);
  });

  it('serves the same graph as Turtle (by Accept and at catalog.ttl), also conforming', async () => {
    for (const res of [
      await h.get('/export/catalog.jsonld', { accept: 'text/turtle' }),
      await h.get('/export/catalog.ttl'),
    ]) {
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/turtle/);
      const quads = new Parser({ format: 'Turtle' }).parse(await res.text());
      const report = await validate(quads);
      expect(messages(report)).toEqual([]);
    }
    const negotiated = await h.get('/export/catalog', { accept: 'text/turtle' });
    expect(negotiated.headers.get('content-type')).toMatch(/^text\/turtle/);
  });

  it('fails validation when a mandatory property is missing', async () => {
    const quads = new Parser({ format: 'Turtle' }).parse(await (await h.get('/export/catalog.ttl')).text());
    const datasets = quads
      .filter((q) => q.predicate.value === RDF_TYPE && q.object.value === `${DCAT}Dataset`)
      .map((q) => q.subject.value);
    const noDescription = quads.filter(
      (q) => !(q.subject.value === datasets[0] && q.predicate.value === `${DCT}description`),
    );
    const r1 = await validate(noDescription);
    expect(r1.conforms).toBe(false);
    expect(messages(r1).join('\n')).toMatch(/description/);
    const noTitle = quads.filter(
      (q) =>
        !(
          q.object.termType === 'Literal' &&
          q.predicate.value === `${DCT}title` &&
          q.subject.value.endsWith('/export/catalog')
        ),
    );
    expect((await validate(noTitle)).conforms).toBe(false);
  });

  it('pages with a keyset cursor and a next link; bad pages are 400', async () => {
    const { CATALOG_PAGE_SIZE } = await import('../src/modules/export/catalog.queries.js');
    expect(CATALOG_PAGE_SIZE).toBe(500);
    const first = await h.get('/export/catalog.jsonld');
    const doc = (await first.json()) as { '@graph': Record<string, unknown>[] };
    expect(doc['@graph'].some((n) => String(n['@type']).includes('hydra:PartialCollectionView'))).toBe(true);
    expect(first.headers.get('link')).toBeNull();
    for (const bad of ['x', 'bm90LWEtdXVpZA', '1']) {
      const res = await h.get(`/export/catalog.jsonld?page=${bad}`);
      expect(res.status).toBe(400);
      expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });
});
