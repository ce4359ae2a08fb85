import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardOmitted, parseColumns, pruneColumns, setStrictColumns } from '../src/graphql/columns.js';
import { toGlobalId } from '../src/graphql/global-id.js';
import { asViews, type ViewSpec } from '../src/graphql/loaders.js';
import type { Sql } from '../src/graphql/sql.js';
import { getSchema } from '../src/graphql/schema.js';
import { needsTypename, selectionOf } from '../src/graphql/selection.js';
import { createTestDatabase, type TestDatabase } from './db.js';
import { createProjects } from './factories.js';
import { createExecutor } from './graphql.js';

/** Every view spec the modules export (objects with typename, from and columns). */
async function allViewSpecs(): Promise<ViewSpec[]> {
  const dir = path.resolve(import.meta.dirname, '../src/modules');
  const specs: ViewSpec[] = [];
  for (const mod of readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)) {
    for (const f of readdirSync(path.join(dir, mod)).filter((x) => /\.(queries|history)\.ts$|^history\.ts$/.test(x))) {
      const m = (await import(path.join(dir, mod, f))) as Record<string, unknown>;
      for (const v of Object.values(m)) {
        const s = v as Partial<ViewSpec>;
        if (s && typeof s === 'object' && typeof s.typename === 'string' && typeof s.columns === 'string') {
          specs.push(s as ViewSpec);
        }
      }
    }
  }
  return specs;
}

describe('view columns', () => {
  it('every view names each column once, with the uuid first', async () => {
    const specs = await allViewSpecs();
    expect(specs.length).toBeGreaterThanOrEqual(15);
    for (const s of specs) {
      const cols = parseColumns(s.columns);
      expect(cols[0].alias, s.typename).toBe('uuid');
      expect(new Set(cols.map((c) => c.alias)).size, s.typename).toBe(cols.length);
    }
  });

  it('splits only at top-level commas and keeps quoted aliases', () => {
    const cols = parseColumns(
      `t.id as uuid, to_char(t.x, 'YYYY, MM') as "whenText", coalesce(t.a, t.b) as "aOrB", t.slug`,
    );
    expect(cols.map((c) => c.alias)).toEqual(['uuid', 'whenText', 'aOrB', 'slug']);
    expect(() => parseColumns('t.id as uuid, count(*)')).toThrow(/without an alias/);
  });

  it('keeps the columns of the asked fields, their translations and ids, and declared needs', () => {
    const spec = {
      typename: 'T',
      from: 'tt t',
      columns: `t.id as uuid, t.slug, t.name as "nameTranslations", t.org_id as "organisationId", t.a, t.b, t.c`,
      needs: { ab: ['a', 'b'] },
    };
    const sel = new Map([['T', new Set(['slug', 'name', 'organisation', 'ab'])]]);
    const p = pruneColumns(spec, sel);
    expect(parseColumns(p.list).map((c) => c.alias)).toEqual([
      'uuid',
      'slug',
      'nameTranslations',
      'organisationId',
      'a',
      'b',
    ]);
    expect([...(p.omitted ?? [])]).toEqual(['c']);
    // The same selection object gives the cached result; no selection for the type reads all.
    expect(pruneColumns(spec, sel)).toBe(p);
    expect(pruneColumns(spec, new Map()).list).toBe(spec.columns);
    expect(pruneColumns(spec, undefined).omitted).toBeNull();
  });

  it('in strict mode, reading a left-out column throws and anything else reads through', () => {
    setStrictColumns(true);
    const row = guardOmitted('T', { uuid: 'u', slug: 's' } as Record<string, unknown>, new Set(['c']));
    expect(row.slug).toBe('s');
    expect(row.other).toBeUndefined();
    expect(() => row.c).toThrow(/T\.c was not read/);
  });

  it('encodes a global id only when the operation asks for one; reading an unasked id throws in strict mode', () => {
    const uuid = '00000000-0000-4000-8000-000000000001';
    const sqlAsking = (fields: string[]) => ({ selection: new Map([['Project', new Set(fields)]]) }) as unknown as Sql;
    try {
      setStrictColumns(false);
      const [plain] = asViews('Project', [{ uuid, slug: 's' }], sqlAsking(['slug']));
      // No accessor on the row: defining one per row made every later read of it slower.
      expect(Object.getOwnPropertyDescriptor(plain, 'id')).toBeUndefined();
      expect(plain).toEqual({ __typename: 'Project', uuid, slug: 's' });
      const [asked] = asViews('Project', [{ uuid, slug: 's' }], sqlAsking(['id', 'slug']));
      expect(asked.id).toBe(toGlobalId('Project', uuid));
      // Without a selection (exports, internal reads) every row has its id.
      expect(asViews('Project', [{ uuid }])[0].id).toBe(toGlobalId('Project', uuid));
      setStrictColumns(true);
      const [guarded] = asViews('Project', [{ uuid, slug: 's' }], sqlAsking(['slug']));
      expect(() => guarded.id).toThrow(/Project\.id was not encoded/);
      expect(Object.keys(guarded)).not.toContain('id');
    } finally {
      setStrictColumns(true);
    }
  });
});

describe('the selection of an operation', () => {
  it('follows fragments, inline fragments and abstract types to the concrete types', async () => {
    const schema = await getSchema();
    const doc = parse(`
      query Q($id: ID!) {
        node(id: $id) { id ... on Project { slug ...P } }
        search(query: "x") { nodes { node { ... on Deliverable { kind } } } }
      }
      fragment P on Project { participants(first: 2) { nodes { organisation { municipalityCode } } } }
    `);
    const sel = selectionOf(schema, doc, 'Q');
    expect([...sel.get('Project')!].sort()).toEqual(['id', 'participants', 'slug']);
    expect(sel.get('Organisation')?.has('municipalityCode')).toBe(true);
    expect(sel.get('Organisation')?.has('id')).toBe(true); // `node { id }` asks every Node type
    expect(sel.get('Deliverable')?.has('kind')).toBe(true);
    expect(selectionOf(schema, doc, 'Q')).toBe(sel);
    // Types met through an interface need their rows' __typename; others do not.
    expect(needsTypename(sel, 'Project')).toBe(true);
    expect(needsTypename(sel, 'Deliverable')).toBe(true);
    const concrete = selectionOf(schema, parse(`{ projects(first: 1) { nodes { __typename slug } } }`));
    expect(needsTypename(concrete, 'Project')).toBe(false);
  });
});

describe('column pruning end to end', () => {
  let db: TestDatabase;
  let pruned: Awaited<ReturnType<typeof createExecutor>>;
  let full: Awaited<ReturnType<typeof createExecutor>>;

  beforeAll(async () => {
    db = await createTestDatabase('pruning');
    await createProjects(db.orm.em.fork(), 12);
    pruned = await createExecutor(db.orm);
    full = await createExecutor(db.orm, { pruning: false });
  });
  afterAll(async () => {
    await pruned?.stop();
    await full?.stop();
    await db?.close();
  });

  const LISTING = `{ projects(first: 10) { nodes { slug participants(first: 100) { nodes { organisation { slug } } }
    deliverables(first: 5) { nodes { id kind } } } } }`;
  const RICH = `{ projects(first: 10) { totalCount nodes { id slug acronym name { text lang } summary { text }
    status themes plannedStart budgetEur participantCount updatedAt version provenance { url }
    leadOrganisation { slug name { text } municipalityCode population languageStatus region { code name { text } } }
    participants(first: 20) { totalCount nodes { role fromDate contribution { text } organisation { id slug kind businessId municipalityCode population languageStatus website aliases version location { lat lon } nameTranslations { fi sv en } provenance { url } region { code } parent { slug } } project { slug } } }
    grants { maxAmountEur status call { id year decisionDate knownGrantCount knownGrantsTotalEur unknownAmountEur isComplete appropriationEur totalAwardedEur applicationOpens themesText provenance { url } programme { slug } name { text } } }
    serviceUses(first: 10) { nodes { relation service { id slug kind url providerText { fi } description { text } provider { slug } name { text } } } }
    deliverables(first: 5) { totalCount nodes { id kind title { text } description { text } licence languages publishedAt
      publisher { slug } releases { version releasedAt } adoptions(first: 3) { nodes { status verification countsAsReuse organisation { slug } } } } }
    history(first: 3) { nodes { action at } } } } }`;

  // Participations read with the joined organisation / project (columns.ts `joined` embeds).
  const ORGANISATIONS = `{ organisations(first: 20) { nodes { slug participations(first: 5) { totalCount nodes { role
    organisation { slug name { text } region { code } } project { slug name { text } status participants(first: 3) { nodes { organisation { slug } } } } } } } } }`;

  const SEARCH_FULL = `{ search(query: "kunta", first: 5) { totalCount pageInfo { hasNextPage endCursor }
    nodes { kind score title { text } snippet { text html }
      node { id ... on Project { slug name { text } status } ... on Organisation { slug municipalityCode } } }
    facets { kind { value count selected } theme { value count } region { value count label { text } }
      municipality { value count label { text } } year { value count } } } }`;
  const SEARCH_LEAN = `{ search(query: "kunta", first: 5) { nodes { kind node { id } } facets { theme { value count } } } }`;

  it('searches without the parts a query does not ask for', async () => {
    db.resetStatements();
    const r = await pruned.execute(SEARCH_LEAN);
    expect(r.errors).toBeUndefined();
    const s = db.statements.find((x) => /from search_doc d/.test(x))!;
    expect(s).not.toMatch(/ts_headline|'region'|'municipality'|select r\.name|count\(\*\)::int from filtered/);
    expect(s).toMatch(/'theme'/);
  });

  it('reads only the columns of the fields a listing asks for', async () => {
    db.resetStatements();
    const r = await pruned.execute(LISTING);
    expect(r.errors).toBeUndefined();
    const projects = db.statements.find((s) => /from project t/.test(s))!;
    expect(projects).toMatch(/t\.slug/);
    expect(projects).not.toMatch(/participation pc|t\.name|t\.budget_eur/);
    const deliverables = db.statements.find((s) => /join deliverable t/.test(s))!;
    expect(deliverables).not.toMatch(/t\.title|t\.licence/);
  });

  it('answers __typename on a concrete type and resolves the Node interface by it', async () => {
    const list = await pruned.execute(`{ projects(first: 2) { nodes { __typename id slug } } }`);
    expect(list.errors).toBeUndefined();
    const [first] = (list.data as any).projects.nodes;
    expect(first.__typename).toBe('Project');
    const one = await pruned.execute(`query($id: ID!) { node(id: $id) { __typename ... on Project { slug } } }`, {
      id: first.id,
    });
    expect(one.errors).toBeUndefined();
    expect(one.data).toEqual({ node: { __typename: 'Project', slug: first.slug } });
  });

  it('answers every field exactly as reading all columns does', async () => {
    for (const q of [LISTING, RICH, ORGANISATIONS, SEARCH_FULL, SEARCH_LEAN]) {
      const a = await pruned.execute(q);
      const b = await full.execute(q);
      expect(a.errors, JSON.stringify(a.errors)).toBeUndefined();
      expect(b.errors).toBeUndefined();
      expect(a.data).toEqual(b.data);
    }
    const orgs = (await pruned.execute(ORGANISATIONS)).data as any;
    expect(
      orgs.organisations.nodes.some((o: any) => o.participations.nodes[0]?.project.participants.nodes.length),
    ).toBe(true);
    // The search really found something to compare, snippets and labels included.
    const found = (await pruned.execute(SEARCH_FULL)).data as any;
    expect(found.search.nodes.length).toBeGreaterThan(0);
    expect(found.search.nodes.some((n: any) => n.snippet?.html)).toBe(true);
    expect(found.search.facets.region.some((f: any) => f.label?.text)).toBe(true);
  });
});
