import { parse } from 'csv-parse/sync';
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

beforeAll(async () => {
  h = await startExportHarness('export_csv');
  sw = await createSoftwareFixture(h.db);
});
afterAll(async () => {
  await h?.close();
});

const sqlCount = () => h.db.statements.filter((s) => !/^(begin|commit|rollback)/i.test(s)).length;

async function csv(path: string) {
  const res = await h.get(path);
  expect(res.status, path).toBe(200);
  const buf = Buffer.from(await res.arrayBuffer());
  expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = buf.toString('utf8').slice(1);
  expect(text).toMatch(/\r\n$/);
  expect(
    text.replace(/"[^"]*"/g, '').includes('\n')
      ? text
          .replace(/"[^"]*"/g, '')
          .split('\n')
          .every((l) => l === '' || l.endsWith('\r'))
      : true,
  ).toBe(true);
  return { res, rows: parse(text, { delimiter: ';', relax_quotes: false }) as string[][] };
}

describe('CSV exports', () => {
  it('deliverables.csv: BOM, semicolons, CRLF, localised headers, quoting and the formula guard', async () => {
    const { res, rows } = await csv('/export/deliverables.csv?lang=sv');
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="kuntagraph-deliverables.csv"/);
    expect(rows[0].slice(0, 3)).toEqual(['Id', 'Typ', 'Namn']);
    const row = rows.find((r) => r[0] === sw.globalId)!;
    expect(row[2]).toBe('Tillståndstillägg');
    const en = (await csv('/export/deliverables.csv?lang=en&kind=SOFTWARE')).rows;
    expect(en[0][2]).toBe('Title');
    const mine = en.find((r) => r[0] === sw.globalId)!;
    expect(mine[en[0].indexOf('Publisher business ID')]).toBe('0201256-6');
    expect(mine[en[0].indexOf('Specifications (URI)')]).toBe(sw.specUri);
    expect(mine[en[0].indexOf('Reused by')]).toBe('1');
    expect(en.slice(1).every((r) => r[1] === 'SOFTWARE')).toBe(true);
  });

  it('guards against formula injection and quotes separators', async () => {
    await createSoftwareFixture(h.db, {
      title: { fi: '=HYPERLINK("http://evil";"x")' },
      short_description: { fi: '+1; "quoted"\nnext line' },
    });
    const { rows } = await csv('/export/deliverables.csv?lang=fi');
    const evil = rows.find((r) => r[2].includes('HYPERLINK'))!;
    expect(evil[2]).toBe(`'=HYPERLINK("http://evil";"x")`);
    expect(evil[3]).toBe(`'+1; "quoted"\nnext line`);
  });

  it('projects.csv and adoptions.csv in one statement each, whatever the number of rows', async () => {
    h.db.resetStatements();
    const small = await csv('/export/projects.csv?lang=fi');
    expect(sqlCount()).toBe(1);
    expect(small.rows[0][0]).toBe('Tunnus');
    await createProjects(h.db.orm.em.fork(), 30);
    h.db.resetStatements();
    const big = await csv('/export/projects.csv?lang=fi&theme=BUILT_ENVIRONMENT');
    expect(sqlCount()).toBe(1);
    expect(big.rows.length).toBeGreaterThan(30);
    h.db.resetStatements();
    const adoptions = await csv('/export/adoptions.csv?lang=en&countsAsReuse=true');
    expect(sqlCount()).toBe(1);
    expect(adoptions.rows[0][0]).toBe('Deliverable');
    expect(adoptions.rows.slice(1).every((r) => r[adoptions.rows[0].indexOf('Counts as reuse')] === 'true')).toBe(true);
    expect(adoptions.rows.length).toBeGreaterThan(90);
  });

  it('search.csv runs the search with facet filters', async () => {
    h.db.resetStatements();
    const { rows } = await csv('/export/search.csv?q=kunta&lang=en&kind=PROJECT,ORGANISATION');
    expect(sqlCount()).toBe(1);
    expect(rows[0]).toEqual(['Rank', 'Kind', 'Name', 'Snippet', 'Score', 'Page']);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.slice(1).every((r) => r[1] === 'PROJECT' || r[1] === 'ORGANISATION')).toBe(true);
  });

  it('finds nothing for words that are not words, as search() does', async () => {
    for (const q of ['%FF%FE', '%25_', 'ja']) {
      const { rows } = await csv(`/export/search.csv?q=${q}&lang=fi`);
      expect([q, rows.length]).toEqual([q, 1]);
    }
    expect((await csv('/export/search.csv?lang=fi')).rows.length).toBeGreaterThan(1);
  });

  it('answers bad parameters with 400 JSON, never 500', async () => {
    for (const p of [
      '/export/projects.csv?lang=de',
      '/export/projects.csv?theme=NOPE',
      '/export/projects.csv?page=0',
      '/export/projects.csv?page=abc',
      '/export/deliverables.csv?kind=CAR',
      '/export/adoptions.csv?countsAsReuse=maybe',
      '/export/adoptions.csv?municipality=12',
      '/export/search.csv?kind=THING',
      '/export/search.csv?year=20x1',
      '/export/search.csv?lang=en&lang=fi',
      // A filter the export does not take is refused, not silently ignored.
      '/export/deliverables.csv?theme=LAND_USE_PLANNING',
      '/export/projects.csv?theme[a]=b',
      '/export/adoptions.csv?countAsReuse=true',
      `/export/search.csv?q=${'sana '.repeat(20)}`,
    ]) {
      const res = await h.get(p);
      expect(res.status, p).toBe(400);
      expect(((await res.json()) as any).errors[0].extensions.code, p).toBe('BAD_USER_INPUT');
    }
  });
});

describe('JSON dump', () => {
  it('streams the public graph as an attachment, without users, sessions or keys', async () => {
    const res = await h.get('/export/graph.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment/);
    const text = await res.text();
    const body = JSON.parse(text);
    expect(Object.keys(body.nodes)).toEqual(
      expect.arrayContaining([
        'Organisation',
        'Project',
        'Deliverable',
        'Adoption',
        'Specification',
        'NationalService',
      ]),
    );
    expect(body.nodes.Deliverable.some((d: { id: string }) => d.id === sw.id)).toBe(true);
    expect(body.edges.PRODUCED.length).toBeGreaterThan(0);
    const keys = new Set<string>();
    JSON.parse(text, (k, v) => (keys.add(k), v));
    for (const secret of [
      'password',
      'passwordHash',
      'storageKey',
      'storage_key',
      'declaredBy',
      'uploadedBy',
      'email',
      'tokenHash',
    ]) {
      expect(keys.has(secret), secret).toBe(false);
    }
    expect(Object.keys(body.nodes)).not.toEqual(expect.arrayContaining(['User']));
  });
});
