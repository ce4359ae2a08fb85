import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { SEARCH_CAP } from '../src/modules/search/search.queries.js';
import { searchCap } from '../src/modules/search/search.service.js';
import { insertLedProjects } from './search-fixtures.js';
import { createTestDatabase, type TestDatabase } from './db.js';
import { createExecutor } from './graphql.js';

// The cap on common words (search.queries.ts SEARCH_CAP), reached with a few documents by
// lowering it: a word is common when the statistics say it matches more than `exact` documents.

let db: TestDatabase;
let gql: Awaited<ReturnType<typeof createExecutor>>;
const sql = <T = any>(q: string, p: unknown[] = []) => db.orm.em.getConnection().execute<T[]>(q, p);
const FIXTURE = [{ status: 'SYNTHETIC', note: 'search cap test fixture' }];
/** Projects with the word in their name (a heading), and as many with it only in the description. */
const IN_NAME = 12;
const IN_TEXT = 12;
let oulu: string;
let vaasa: string;

beforeAll(async () => {
  db = await createTestDatabase('search_cap');
  [{ id: oulu }] = await sql(`select id from organisation where municipality_code = '564'`);
  [{ id: vaasa }] = await sql(`select id from organisation where municipality_code = '905'`);
  const projects = [
    ...Array.from({ length: IN_NAME }, (_, i) => ({
      slug: `cap-name-${i}`,
      name: { fi: `Viherkatto ${String.fromCharCode(65 + i)} kunnan kiinteistöihin` },
      description: { fi: 'Hulevesien hallinta kasvillisuuden avulla.' },
      lead: i % 2 ? oulu : vaasa,
    })),
    ...Array.from({ length: IN_TEXT }, (_, i) => ({
      slug: `cap-text-${i}`,
      name: { fi: `Hulevesiselvitys ${String.fromCharCode(65 + i)}` },
      description: { fi: 'Selvitetään, sopiiko viherkatto kunnan rakennuksiin.' },
      lead: i % 2 ? oulu : vaasa,
    })),
  ].map((p) => ({ ...p, id: randomUUID() }));
  const em = db.orm.em.fork();
  await insertLedProjects(em, projects, FIXTURE);
  // The statistics the cap is decided from (autovacuum would gather them in time).
  await sql('analyze search_doc');
  gql = await createExecutor(db.orm);
});
afterEach(() => Object.assign(searchCap, SEARCH_CAP));
afterAll(async () => {
  await gql?.stop();
  await db?.close();
});

const SEARCH = `query($q: String, $f: SearchFilter, $first: Int, $after: String) {
  search(query: $q, lang: fi, filter: $f, first: $first, after: $after) {
    totalCount totalCountIsExact facetsAreExact pageInfo { hasNextPage endCursor }
    nodes { kind score title { text } node { id ... on Project { slug } } }
    facets { kind { value count } region { value count } }
  }
}`;

async function search(q: string | null, vars: Record<string, unknown> = {}) {
  const r = await gql.execute<any>(SEARCH, { q, first: 100, ...vars });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.search;
}

const ids = (s: any): string[] => s.nodes.map((n: any) => n.node.id);
const byValue = (list: Array<{ value: string; count: number }>) =>
  Object.fromEntries(list.map((x) => [x.value, x.count]));
const uuidOf = (gid: string) => Buffer.from(gid, 'base64url').toString('utf8').split(':')[1];

/** Region counts over the given projects, from the base tables. */
async function regionCounts(projectGids: string[]) {
  const rows = await sql<{ v: string; n: number }>(
    `select r.code v, count(distinct p.project_id)::int n from participation p join organisation o on o.id = p.organisation_id
      join region r on r.id = o.region_id where p.project_id = any(?::uuid[]) group by 1`,
    [`{${projectGids.map(uuidOf).join(',')}}`],
  );
  return Object.fromEntries(rows.map((r) => [r.v, r.n]));
}

/** The code of the region of Vaasa, which leads half of the fixture's projects. */
async function vaasaRegion(): Promise<string> {
  const [{ code }] = await sql(`select r.code from organisation o join region r on r.id = o.region_id where o.id = ?`, [
    vaasa,
  ]);
  return code;
}

const scoresDescending = (s: any) => {
  const scores: number[] = s.nodes.map((n: any) => n.score);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
};

describe('search cap: which words are common', () => {
  // The decision reads the lexemes ANALYZE keeps (pg_stats.most_common_elems). With PostgreSQL's
  // default target they reach down to 1.5 % of the documents, so at scale 100 words in 5,000 to
  // 33,000 documents went unseen and were searched exactly (`kouvola`: 453 ms); with 1,000 they
  // reach 0.05 % (measured with src/scripts/measure-search.ts: 36 ms). The fixture is too small
  // to show the difference, so the setting itself is checked.
  it('keeps statistics of the search vectors deep enough to see every word over the cap', async () => {
    const [row] = await sql<{ target: number }>(
      `select attstattarget::int as target from pg_attribute where attrelid = 'search_doc'::regclass and attname = 'vector'`,
    );
    expect(row.target).toBe(1000);
  });
});

describe('search cap: below it everything is exact', () => {
  it('counts, ranks and facets every hit, and says so', async () => {
    const s = await search('viherkatto');
    expect(s.totalCount).toBe(IN_NAME + IN_TEXT);
    expect(s.totalCountIsExact).toBe(true);
    expect(s.facetsAreExact).toBe(true);
    expect(s.nodes).toHaveLength(IN_NAME + IN_TEXT);
    scoresDescending(s);
    expect(byValue(s.facets.region)).toEqual(await regionCounts(ids(s)));
  });

  it('stays exact for a word with fewer hits than the cap, with fewer candidates than hits', async () => {
    Object.assign(searchCap, { exact: 20, candidates: 5 });
    const s = await search('hulevesiselvitys');
    expect(s.totalCount).toBe(IN_TEXT);
    expect([s.totalCountIsExact, s.facetsAreExact]).toEqual([true, true]);
  });
});

describe('search cap: above it, a bounded candidate set', () => {
  it("takes a misspelling of a common word as common, with the word's candidates", async () => {
    Object.assign(searchCap, { exact: 10, candidates: 8 });
    // `wiherkatto` is found by its correction to the nearest known word alone (no stem of its
    // own is in the statistics): it is as common as that word, so capped, and its candidates are
    // that word's, not none.
    const s = await search('wiherkatto');
    expect([s.totalCountIsExact, s.facetsAreExact, s.nodes.length]).toEqual([false, false, 8]);
    for (const n of s.nodes) expect(n.title.text).toMatch(/^Viherkatto /);
  });

  it('ranks heading matches first, counts a lower bound and facets the same candidates', async () => {
    const exact = await search('viherkatto');
    Object.assign(searchCap, { exact: 10, candidates: 8 });
    const s = await search('viherkatto');
    expect([s.totalCountIsExact, s.facetsAreExact]).toEqual([false, false]);
    // The candidates are documents whose name holds the word, all of them true hits.
    expect(s.totalCount).toBe(8);
    expect(s.totalCount).toBeLessThanOrEqual(exact.totalCount);
    expect(s.nodes).toHaveLength(8);
    for (const n of s.nodes) expect(n.title.text).toMatch(/^Viherkatto /);
    for (const id of ids(s)) expect(ids(exact)).toContain(id);
    scoresDescending(s);
    // Facets count exactly the candidates the page is drawn from.
    expect(byValue(s.facets.kind)).toEqual({ PROJECT: 8 });
    expect(byValue(s.facets.region)).toEqual(await regionCounts(ids(s)));
    for (const [region, n] of Object.entries(byValue(s.facets.region)))
      expect(n).toBeLessThanOrEqual(byValue(exact.facets.region)[region]);
  });

  it('fills up with other hits when too few headings match, still ranked by score', async () => {
    Object.assign(searchCap, { exact: 10, candidates: 20 });
    const s = await search('viherkatto');
    expect([s.totalCountIsExact, s.facetsAreExact]).toEqual([false, false]);
    expect(s.totalCount).toBe(20);
    scoresDescending(s);
    const names = s.nodes.map((n: any) => n.title.text as string);
    // Every heading match ranks above every description-only match.
    expect(names.slice(0, IN_NAME).every((t: string) => t.startsWith('Viherkatto '))).toBe(true);
    expect(names.slice(IN_NAME).every((t: string) => t.startsWith('Hulevesiselvitys '))).toBe(true);
  });

  it('takes the words as typed first, and the thesaurus words only when those are too few', async () => {
    // The Swedish ones first, so that a scan of both words in table order would meet them first.
    const named = [
      ...Array.from({ length: 4 }, (_, i) => ({ name: { sv: `Bygglov ${String.fromCharCode(65 + i)}` } })),
      ...Array.from({ length: 12 }, (_, i) => ({ name: { fi: `Rakennuslupa ${String.fromCharCode(65 + i)}` } })),
    ].map((p, i) => ({ ...p, id: randomUUID(), slug: `cap-lupa-${i}`, summary: {}, lead: oulu }));
    await insertLedProjects(db.orm.em.fork(), named, FIXTURE);
    await sql('analyze search_doc');
    try {
      // Over the cap with its thesaurus words (16 documents), not without them (12 examined).
      Object.assign(searchCap, { exact: 12, candidates: 8 });
      const few = await search('rakennuslupa', { f: { kind: ['PROJECT'] } });
      expect([few.totalCountIsExact, few.totalCount]).toEqual([false, 8]);
      for (const n of few.nodes) expect(n.title.text).toMatch(/^Rakennuslupa /);
      Object.assign(searchCap, { exact: 12, candidates: 14 });
      const more = (await search('rakennuslupa', { f: { kind: ['PROJECT'] } })).nodes.map((n: any) => n.title.text);
      expect(more.filter((t: string) => t.startsWith('Rakennuslupa '))).toHaveLength(12);
      expect(more.filter((t: string) => t.startsWith('Bygglov '))).toHaveLength(2);
    } finally {
      await sql(`delete from project where slug like 'cap-lupa-%'`);
      await sql('analyze search_doc');
    }
  });

  it('pages through the candidates, and only through them', async () => {
    Object.assign(searchCap, { exact: 10, candidates: 8 });
    const first = await search('viherkatto', { first: 5 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await search('viherkatto', { first: 5, after: first.pageInfo.endCursor });
    expect(second.nodes).toHaveLength(3);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(new Set([...ids(first), ...ids(second)]).size).toBe(8);
  });

  it('draws the candidates from the hits that pass the filter', async () => {
    Object.assign(searchCap, { exact: 10, candidates: 8 });
    const code = await vaasaRegion();
    const s = await search('viherkatto', { f: { region: [code] } });
    expect([s.totalCountIsExact, s.facetsAreExact]).toEqual([false, false]);
    // Half of the name matches are led from Vaasa: 6 of them, then 2 description-only ones.
    expect(s.totalCount).toBe(8);
    expect(byValue(s.facets.region)).toEqual({ [code]: 8 });
    expect(await regionCounts(ids(s))).toEqual({ [code]: 8 });
  });

  it('examines only documents that pass an indexed filter, so a narrow filter still fills the candidates', async () => {
    // At most 4 documents examined per source: before the filter, about half would be from Vaasa.
    Object.assign(searchCap, { exact: 4, candidates: 8 });
    const code = await vaasaRegion();
    const s = await search('viherkatto', { f: { region: [code] } });
    expect(s.totalCount).toBe(8);
    expect(await regionCounts(ids(s))).toEqual({ [code]: 8 });
  });

  it('reads a kind of few documents whole, so a common word within it is counted exactly', async () => {
    const uncapped = await search('finland', { f: { kind: ['NATIONAL_SERVICE'] } });
    expect(uncapped.totalCount).toBeGreaterThan(1);
    // Common: more than 20 documents hold the word, but only 16 are national services.
    Object.assign(searchCap, { exact: 20, candidates: 10 });
    expect((await search('finland')).totalCountIsExact).toBe(false);
    const s = await search('finland', { f: { kind: ['NATIONAL_SERVICE'] } });
    expect([s.totalCountIsExact, s.totalCount]).toEqual([true, uncapped.totalCount]);
    expect(new Set(ids(s))).toEqual(new Set(ids(uncapped)));
    scoresDescending(s);
    // More hits in the kind than candidates: a lower bound again.
    Object.assign(searchCap, { exact: 20, candidates: uncapped.totalCount - 1 });
    const cut = await search('finland', { f: { kind: ['NATIONAL_SERVICE'] } });
    expect([cut.totalCountIsExact, cut.totalCount]).toEqual([false, uncapped.totalCount - 1]);
  });

  it('reads a municipality of few documents whole, so a common word within it is counted exactly', async () => {
    // A compound holds the word as a prefix only: no candidate by the word, still a hit.
    const compound = { id: randomUUID(), slug: 'cap-compound', name: { fi: 'Viherkattoratkaisut' }, lead: oulu };
    await insertLedProjects(db.orm.em.fork(), [{ ...compound, summary: {} }], FIXTURE);
    await sql('analyze search_doc');
    onTestFinished(async () => {
      await sql(`delete from project where slug = 'cap-compound'`);
      await sql('analyze search_doc');
    });
    const uncapped = await search('viherkatto', { f: { municipality: ['564'] } });
    expect(uncapped.totalCount).toBe(IN_NAME / 2 + IN_TEXT / 2 + 1);
    const [{ n }] = await sql(`select count(*)::int n from search_doc where municipalities && '{564}'`);
    // Common (24 documents hold the word), but the municipality has fewer documents than that.
    expect(n).toBeLessThan(IN_NAME + IN_TEXT - 1);
    Object.assign(searchCap, { exact: n + 1, candidates: 50 });
    expect((await search('viherkatto')).totalCountIsExact).toBe(false);
    const s = await search('viherkatto', { f: { municipality: ['564'] } });
    expect([s.totalCountIsExact, s.totalCount]).toEqual([true, uncapped.totalCount]);
    expect(new Set(ids(s))).toEqual(new Set(ids(uncapped)));
    // The statistics say the municipality has more documents than the cap: the word's way.
    Object.assign(searchCap, { exact: n - 1, candidates: 50 });
    expect((await search('viherkatto', { f: { municipality: ['564'] } })).totalCountIsExact).toBe(false);
  });

  it('browses in exact order, and counts exactly when the filter leaves few documents', async () => {
    const all = await search('', { f: { kind: ['NATIONAL_SERVICE'] } });
    expect(all.totalCountIsExact).toBe(true);
    Object.assign(searchCap, { exact: 10, candidates: 5 });
    const capped = await search('', { f: { kind: ['NATIONAL_SERVICE'] }, first: 5 });
    expect([capped.totalCountIsExact, capped.facetsAreExact]).toEqual([false, false]);
    expect(capped.totalCount).toBe(6);
    expect(ids(capped)).toEqual(ids(all).slice(0, 5));
    Object.assign(searchCap, { exact: 10, candidates: 100 });
    const few = await search('', { f: { kind: ['NATIONAL_SERVICE'] } });
    expect([few.totalCountIsExact, few.facetsAreExact]).toEqual([true, false]);
    expect(few.totalCount).toBe(all.totalCount);
    expect(ids(few)).toEqual(ids(all));
  });
});
