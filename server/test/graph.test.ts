import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertRows, type Row } from '../src/db/seed/upsert.js';
import { toGlobalId } from '../src/graphql/global-id.js';
import { createTestDatabase, type TestDatabase } from './db.js';
import { createExecutor, type Result } from './graphql.js';

let db: TestDatabase;
let gql: Awaited<ReturnType<typeof createExecutor>>;

const SYNTHETIC = [{ status: 'SYNTHETIC', note: 'graph test fixture' }];
const tag = randomUUID().slice(0, 8);

async function sql<T = any>(text: string, params: unknown[] = []): Promise<T[]> {
  return db.orm.em.getConnection().execute<T[]>(text, params, 'all');
}
async function insert(table: string, rows: Row[], json: string[] = []) {
  await upsertRows(db.orm.em.fork(), table, rows, ['provenance', ...json]);
}
const idOf = async (table: string, where: string, value: string) =>
  (await sql<{ id: string }>(`select id from ${table} where ${where} = ?`, [value]))[0].id;
const municipality = (code: string) => idOf('organisation', 'municipality_code', code);
const serviceId = (slug: string) => idOf('national_service', 'slug', slug);

function project(name: string, extra: Row = {}): Row {
  return {
    id: randomUUID(),
    slug: `g-${tag}-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`.slice(0, 120),
    name: { fi: name },
    themes: [],
    status: 'ONGOING',
    planned_end: null,
    contacts: [],
    provenance: SYNTHETIC,
    ...extra,
  };
}
async function insertProjects(rows: Row[]) {
  await insert('project', rows, ['name', 'contacts']);
}
function deliverable(title: string, extra: Row = {}): Row {
  return {
    id: randomUUID(),
    kind: 'GUIDELINE',
    title: { fi: title },
    publisher_id: null,
    derived_from_id: null,
    published_at: null,
    contacts: [],
    provenance: SYNTHETIC,
    ...extra,
  };
}
async function insertDeliverables(rows: Row[]) {
  await insert('deliverable', rows, ['title', 'contacts']);
}
const produced = (projectId: string, deliverableId: string): Row => ({
  id: randomUUID(),
  project_id: projectId,
  deliverable_id: deliverableId,
  provenance: SYNTHETIC,
});
function adoption(organisationId: string, deliverableId: string, verification: string, extra: Row = {}): Row {
  return {
    id: randomUUID(),
    organisation_id: organisationId,
    deliverable_id: deliverableId,
    status: 'IN_PRODUCTION',
    verification,
    since: null,
    instance_url: null,
    provenance: SYNTHETIC,
    ...extra,
  };
}

/** Runs a query that must succeed, and counts the SQL statements it sent. */
async function run(query: string, variables: Record<string, unknown> = {}) {
  db.resetStatements();
  const r = await gql.execute<any>(query, variables);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return { data: r.data as any, statements: db.statements.length };
}

/** The only error of a query: its code and the argument it names. */
async function errorOf(query: string, variables: Record<string, unknown> = {}) {
  const r: Result = await gql.execute(query, variables);
  expect(r.errors, JSON.stringify(r)).toHaveLength(1);
  return { code: r.errors![0].extensions?.code, argumentName: r.errors![0].extensions?.argumentName };
}

const gid = toGlobalId;

beforeAll(async () => {
  db = await createTestDatabase('graph');
  gql = await createExecutor(db.orm);
});
afterAll(async () => {
  await gql?.stop();
  await db?.close();
});

describe('projectsUsingService', () => {
  it('answers what uses a national service from the real data: DigiTyy uses Kybermittari', async () => {
    const { data } = await run(
      `{ projectsUsingService(service: "kybermittari") { totalCount nodes { relation project { slug acronym } } } }`,
    );
    expect(data.projectsUsingService.totalCount).toBe(1);
    expect(data.projectsUsingService.nodes).toEqual([
      { relation: 'USES', project: { slug: 'digityy', acronym: 'DigiTyy' } },
    ]);
  });

  it('lists projects first, then deliverables, filters by relation and pages, in a constant number of statements', async () => {
    const service = randomUUID();
    await insert(
      'national_service',
      [{ id: service, slug: `g-${tag}-service`, name: { fi: 'Testipalvelu' }, kind: 'OTHER', provenance: SYNTHETIC }],
      ['name'],
    );
    const [pa, pb] = [project('Palvelun käyttäjä A'), project('Palvelun käyttäjä B')];
    await insertProjects([pa, pb]);
    const d = deliverable('Palvelua käyttävä ohjelmisto');
    await insertDeliverables([d]);
    const use = (p: string | null, dl: string | null, relation: string): Row => ({
      id: randomUUID(),
      project_id: p,
      deliverable_id: dl,
      service_id: service,
      relation,
      provenance: SYNTHETIC,
    });
    await insert('service_use', [
      use(pb.id as string, null, 'AUTHENTICATES_WITH'),
      use(null, d.id as string, 'AUTHENTICATES_WITH'),
      use(pa.id as string, null, 'PAYS_WITH'),
    ]);
    const query = `query($s: String!, $r: ServiceRelation, $first: Int, $after: String) {
      projectsUsingService(service: $s, relation: $r, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        nodes { relation project { slug } deliverable { title { text } } }
      } }`;
    const all = await run(query, { s: `g-${tag}-service` });
    expect(all.data.projectsUsingService.totalCount).toBe(3);
    expect(all.data.projectsUsingService.nodes).toEqual([
      { relation: 'PAYS_WITH', project: { slug: pa.slug }, deliverable: null },
      { relation: 'AUTHENTICATES_WITH', project: { slug: pb.slug }, deliverable: null },
      {
        relation: 'AUTHENTICATES_WITH',
        project: null,
        deliverable: { title: { text: 'Palvelua käyttävä ohjelmisto' } },
      },
    ]);
    const filtered = await run(query, { s: `g-${tag}-service`, r: 'AUTHENTICATES_WITH' });
    expect(filtered.data.projectsUsingService.totalCount).toBe(2);
    // Page by page, the same items; a page never costs more statements than the whole list:
    // slug lookup, page, count, then one statement each for projects and deliverables.
    const seen: any[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await run(query, { s: `g-${tag}-service`, first: 1, after });
      seen.push(...page.data.projectsUsingService.nodes);
      expect(page.statements).toBeLessThanOrEqual(all.statements);
      if (!page.data.projectsUsingService.pageInfo.hasNextPage) break;
      after = page.data.projectsUsingService.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.data.projectsUsingService.nodes);
    expect(all.statements).toBe(5);
  });
});

describe('deliverablesConformingTo', () => {
  it('lists the deliverables conforming to a specification, newest first', async () => {
    const spec = randomUUID();
    await insert(
      'specification',
      [{ id: spec, slug: `g-${tag}-spec`, name: { fi: 'Testimääritys' }, kind: 'DATA_MODEL', provenance: SYNTHETIC }],
      ['name'],
    );
    const ds = [
      deliverable('Vanha', { published_at: '2021-01-01' }),
      deliverable('Uusin', { published_at: '2024-06-01' }),
      deliverable('Keskimmäinen', { published_at: '2022-03-01' }),
      deliverable('Ei mukana', { published_at: '2025-01-01' }),
    ];
    await insertDeliverables(ds);
    await insert(
      'conformance',
      ds
        .slice(0, 3)
        .map((d) => ({ id: randomUUID(), deliverable_id: d.id, specification_id: spec, provenance: SYNTHETIC })),
    );
    const { data } = await run(
      `{ deliverablesConformingTo(specification: "g-${tag}-spec") { totalCount nodes { title { text } conformsTo { slug } } } }`,
    );
    expect(data.deliverablesConformingTo.totalCount).toBe(3);
    expect(data.deliverablesConformingTo.nodes.map((n: any) => n.title.text)).toEqual([
      'Uusin',
      'Keskimmäinen',
      'Vanha',
    ]);
    expect(data.deliverablesConformingTo.nodes[0].conformsTo).toEqual([{ slug: `g-${tag}-spec` }]);
  });
});

describe('relatedProjects', () => {
  it('ranks KAATIO\u2019s relatives from the real data: the other kaavatietomalli project first, by slug or id', async () => {
    const q = `query($p: String!) { relatedProjects(project: $p, first: 50) {
      score project { slug } reasons { kind weight items { value id label { text } } } } }`;
    const bySlug = await run(q, { p: 'kaatio' });
    const list = bySlug.data.relatedProjects;
    expect(list[0].project.slug).toBe('digitaalisen-yleiskaavan-jatkuvan-yllapitoprosessin-luominen');
    expect(list[0].reasons[0]).toMatchObject({
      kind: 'SHARED_SPECIFICATION',
      weight: 3,
      items: [{ value: 'kaavatietomalli', label: { text: expect.stringContaining('Kaavatietomalli') } }],
    });
    // Scores are sums of the reasons, and the list is sorted by them.
    for (const r of list) {
      expect(r.score).toBeCloseTo(
        r.reasons.reduce((a: number, x: any) => a + x.weight, 0),
        2,
      );
      expect(r.project.slug).not.toBe('kaatio');
    }
    expect(list.map((r: any) => r.score)).toEqual([...list.map((r: any) => r.score)].sort((a, b) => b - a));
    // Seutudigi shares Tampere as a participant and the PLAN_DATA_MODEL sub-theme.
    const seutudigi = list.find((r: any) => r.project.slug === 'seutudigi');
    expect(seutudigi.reasons.map((x: any) => x.kind).sort()).toEqual(['SHARED_PARTICIPANT', 'SHARED_THEME']);
    expect(seutudigi.reasons.find((x: any) => x.kind === 'SHARED_PARTICIPANT').items).toEqual([
      { value: 'kunta-837', id: expect.any(String), label: { text: 'Tampere' } },
    ]);
    expect(seutudigi.reasons.find((x: any) => x.kind === 'SHARED_THEME').items.map((i: any) => i.value)).toEqual([
      'BUILT_ENVIRONMENT',
      'PLAN_DATA_MODEL',
    ]);
    const id = (await run('{ project(slug: "kaatio") { id } }')).data.project.id;
    const byId = await run(q, { p: id });
    expect(byId.data).toEqual(bySlug.data);
    expect(byId.statements).toBe(1);
  });

  it('ranks a project sharing two national services above one sharing one, and finds similar names', async () => {
    const [suomifi, maksut, viestit] = await Promise.all(
      ['suomifi-tunnistus', 'suomifi-maksut', 'suomifi-viestit'].map(serviceId),
    );
    const source = project('Kaukolämpöverkon vuotojen etsintä');
    const two = project('Sähköinen arkistointi');
    const one = project('Koulukuljetusten reititys');
    const none = project('Uimahallin varausjärjestelmä');
    const namesake = project('Kaukolämpöverkon vuotojen etsintä jatkohanke');
    await insertProjects([source, two, one, none, namesake]);
    const use = (p: Row, service: string): Row => ({
      id: randomUUID(),
      project_id: p.id,
      deliverable_id: null,
      service_id: service,
      relation: 'AUTHENTICATES_WITH',
      provenance: SYNTHETIC,
    });
    await insert('service_use', [
      use(source, suomifi),
      use(source, maksut),
      use(source, viestit),
      use(two, suomifi),
      use(two, maksut),
      use(one, maksut),
      use(none, viestit),
    ]);
    const { data, statements } = await run(
      `{ relatedProjects(project: "${source.slug}", first: 10) { score project { slug name { text } } reasons { kind weight items { value } } } }`,
    );
    const slugs = data.relatedProjects.map((r: any) => r.project.slug);
    expect(slugs.indexOf(two.slug)).toBeGreaterThanOrEqual(0);
    expect(slugs.indexOf(two.slug)).toBeLessThan(slugs.indexOf(one.slug));
    const reasonsOf = (slug: unknown) => data.relatedProjects.find((r: any) => r.project.slug === slug).reasons;
    expect(reasonsOf(two.slug)).toEqual([
      { kind: 'SHARED_SERVICE', weight: 6, items: [{ value: 'suomifi-maksut' }, { value: 'suomifi-tunnistus' }] },
    ]);
    expect(reasonsOf(one.slug)).toEqual([{ kind: 'SHARED_SERVICE', weight: 3, items: [{ value: 'suomifi-maksut' }] }]);
    const similar = reasonsOf(namesake.slug);
    expect(similar).toHaveLength(1);
    expect(similar[0].kind).toBe('SIMILAR_TEXT');
    expect(similar[0].weight).toBeGreaterThan(0.6);
    expect(similar[0].items.map((i: any) => i.value)).toEqual(['etsintä', 'kaukolämpöverkon', 'vuotojen']);
    // Project fields come from the same statement (the loader was primed).
    expect(statements).toBe(1);
  });
});

describe('reuseChain', () => {
  it('terminates on a cycle of project links and returns each node once', async () => {
    const [a, b, c] = [project('Kierre A'), project('Kierre B'), project('Kierre C')];
    await insertProjects([a, b, c]);
    const link = (from: Row, to: Row): Row => ({
      id: randomUUID(),
      from_id: from.id,
      to_id: to.id,
      relation: 'CONTINUES',
      provenance: SYNTHETIC,
    });
    await insert('project_link', [link(a, b), link(b, c), link(c, a)]);
    const d = deliverable('Kierteen ohje');
    const derived = deliverable('Johdettu ohje');
    await insertDeliverables([d]);
    derived.derived_from_id = d.id;
    await insertDeliverables([derived]);
    await insert('deliverable_project', [produced(a.id as string, d.id as string)]);
    const adopter = await municipality('244');
    await insert('adoption', [adoption(adopter, d.id as string, 'VERIFIED')]);

    const q = `query($n: ID!, $d: Int) { reuseChain(node: $n, depth: $d) {
      truncated root { id } nodes { __typename id ... on Project { slug } ... on Deliverable { title { text } } ... on Organisation { municipalityCode } }
      edges { source target type } } }`;
    const { data, statements } = await run(q, { n: gid('Project', a.id as string), d: 4 });
    const chain = data.reuseChain;
    expect(chain.truncated).toBe(false);
    expect(chain.root.id).toBe(gid('Project', a.id as string));
    expect(chain.nodes[0].id).toBe(chain.root.id);
    const ids = chain.nodes.map((n: any) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(
      new Set([
        gid('Project', a.id as string),
        gid('Project', b.id as string),
        gid('Project', c.id as string),
        gid('Deliverable', d.id as string),
        gid('Deliverable', derived.id as string),
        gid('Organisation', adopter),
      ]),
    );
    const edges = chain.edges.map((e: any) => `${e.source}>${e.type}>${e.target}`).sort();
    expect(edges).toEqual(
      [
        `${gid('Project', a.id as string)}>CONTINUES>${gid('Project', b.id as string)}`,
        `${gid('Project', b.id as string)}>CONTINUES>${gid('Project', c.id as string)}`,
        `${gid('Project', c.id as string)}>CONTINUES>${gid('Project', a.id as string)}`,
        `${gid('Project', a.id as string)}>PRODUCED>${gid('Deliverable', d.id as string)}`,
        `${gid('Deliverable', derived.id as string)}>DERIVED_FROM>${gid('Deliverable', d.id as string)}`,
        `${gid('Organisation', adopter)}>ADOPTED>${gid('Deliverable', d.id as string)}`,
      ].sort(),
    );
    // Node fields come with the chain: one statement.
    expect(statements).toBe(1);

    // Depth 1 from B: A and C (links both ways), nothing further.
    const near = await run(q, { n: gid('Project', b.id as string), d: 1 });
    expect(near.data.reuseChain.nodes.map((n: any) => n.slug).sort()).toEqual([a.slug, b.slug, c.slug].sort());
    // From the derived deliverable, depth 2: its source, and the source's project and adopter.
    const up = await run(q, { n: gid('Deliverable', derived.id as string), d: 2 });
    const upIds = up.data.reuseChain.nodes.map((n: any) => n.id);
    expect(upIds.slice(0, 2)).toEqual([gid('Deliverable', derived.id as string), gid('Deliverable', d.id as string)]);
    expect(new Set(upIds.slice(2))).toEqual(new Set([gid('Project', a.id as string), gid('Organisation', adopter)]));
  });
});

describe('bounded graphs: a project with 5,200 deliverables', () => {
  let hub: Row;
  beforeAll(async () => {
    hub = project('Iso hanke');
    await insertProjects([hub]);
    const ds = Array.from({ length: 5200 }, (_, i) => deliverable(`Tuotos ${i}`));
    await insertDeliverables(ds);
    await insert(
      'deliverable_project',
      ds.map((d) => produced(hub.id as string, d.id as string)),
    );
  });

  it('reuseChain stops at 500 nodes and says so', async () => {
    const { data, statements } = await run(
      `{ reuseChain(node: "${gid('Project', hub.id as string)}", depth: 1) { truncated nodes { id } edges { type } } }`,
    );
    expect(data.reuseChain.truncated).toBe(true);
    expect(data.reuseChain.nodes).toHaveLength(500);
    expect(data.reuseChain.edges).toHaveLength(499);
    expect(statements).toBe(1);
  });

  it('neighbourhood returns exactly `limit` nodes when cut, up to 5,000, in one statement whatever the size', async () => {
    const q = `query($n: ID!, $limit: Int, $hops: Int) { neighbourhood(node: $n, limit: $limit, hops: $hops) {
      truncated centre { id typename label hops } nodes { id typename label labelLang hops } edges { source target type } } }`;
    const n = gid('Project', hub.id as string);
    const small = await run(q, { n, limit: 10 });
    expect(small.data.neighbourhood.truncated).toBe(true);
    expect(small.data.neighbourhood.nodes).toHaveLength(10);
    expect(small.data.neighbourhood.centre).toEqual({ id: n, typename: 'Project', label: 'Iso hanke', hops: 0 });
    expect(small.data.neighbourhood.nodes[0].id).toBe(n);
    expect(small.data.neighbourhood.edges).toHaveLength(9);

    const big = await run(q, { n, limit: 5000, hops: 2 });
    const nb = big.data.neighbourhood;
    expect(nb.truncated).toBe(true);
    expect(nb.nodes).toHaveLength(5000);
    expect(new Set(nb.nodes.map((x: any) => x.id)).size).toBe(5000);
    const ids = new Set(nb.nodes.map((x: any) => x.id));
    for (const e of nb.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      expect(e).toMatchObject({ source: n, type: 'PRODUCED' });
    }
    expect(nb.edges).toHaveLength(4999);
    expect(nb.nodes[1]).toMatchObject({ typename: 'Deliverable', labelLang: 'fi', hops: 1 });
    expect(nb.nodes[1].label).toMatch(/^Tuotos \d+$/);
    expect(small.statements).toBe(1);
    expect(big.statements).toBe(small.statements);

    // Only the edge types asked for: none of this project's, so just the centre, not truncated.
    const exact = await run(
      `{ neighbourhood(node: "${n}", limit: 5000, kinds: [FUNDED_BY]) { truncated nodes { id } edges { type } } }`,
    );
    expect(exact.data.neighbourhood).toEqual({ truncated: false, nodes: [{ id: n }], edges: [] });
  });
});

describe('neighbourhood on the real data', () => {
  it('draws Oulu: its project, region and grant, with typed edges and labels in the wanted language', async () => {
    const oulu = gid('Organisation', await municipality('564'));
    const { data } = await run(
      `query($n: ID!) { neighbourhood(node: $n, lang: sv) { truncated nodes { id typename label labelLang hops } edges { source target type } } }`,
      { n: oulu },
    );
    const nb = data.neighbourhood;
    expect(nb.truncated).toBe(false);
    expect(nb.nodes[0]).toEqual({ id: oulu, typename: 'Organisation', label: 'Uleåborg', labelLang: 'sv', hops: 0 });
    const byLabel = Object.fromEntries(nb.nodes.map((x: any) => [x.label, x]));
    expect(byLabel['Norra Österbotten']).toMatchObject({ typename: 'Region', hops: 1 });
    const kaatio = nb.nodes.find((x: any) => x.typename === 'Project');
    expect(kaatio).toMatchObject({ label: expect.stringMatching(/^Utarbetande av plan/), labelLang: 'sv', hops: 1 });
    const typeOf = (id: string) => (id === oulu ? 'Oulu' : nb.nodes.find((x: any) => x.id === id).typename);
    const edges = nb.edges.map((e: any) => `${typeOf(e.source)}>${e.type}>${typeOf(e.target)}`);
    // Oulu leads KAATIO and two grants (2021 for KAATIO, 2022 without a named project); the
    // 2021 grant funds KAATIO: an edge between two nodes one hop away.
    expect(edges.sort()).toEqual(
      [
        'Oulu>LEADS>Grant',
        'Oulu>LEADS>Grant',
        'Oulu>LEADS>Project',
        'Oulu>LOCATED_IN>Region',
        'Project>FUNDED_BY>Grant',
      ].sort(),
    );
    // English: Oulu has no English name and falls back to Finnish; the region has one.
    const en = await run(
      `query($n: ID!) { neighbourhood(node: $n, lang: en, kinds: [LOCATED_IN]) { nodes { label labelLang } } }`,
      {
        n: oulu,
      },
    );
    expect(en.data.neighbourhood.nodes).toEqual([
      { label: 'Oulu', labelLang: 'fi' },
      { label: 'North Ostrobothnia', labelLang: 'en' },
    ]);
    // Two hops: KAATIO's partners (Tyrnävä among them) and the region's municipalities.
    const two = await run(
      `query($n: ID!) { neighbourhood(node: $n, hops: 2, kinds: [LEADS, PARTICIPATES_IN]) { nodes { label typename hops } edges { type } } }`,
      { n: oulu },
    );
    const labels = two.data.neighbourhood.nodes.map((x: any) => x.label);
    expect(labels).toContain('Tyrnävä');
    expect(labels).not.toContain('Kempele');
    expect(new Set(two.data.neighbourhood.edges.map((e: any) => e.type))).toEqual(
      new Set(['LEADS', 'PARTICIPATES_IN']),
    );
  });
});

describe('similar municipalities and adopters like me', () => {
  let d: Row;
  let liminka: string;
  let helsinki: string;
  let kempele: string;
  let ii: string;
  let association: string;
  let viaSlug: string;
  beforeAll(async () => {
    [liminka, helsinki, kempele, ii] = await Promise.all(['425', '091', '244', '139'].map(municipality));
    const region17 = await idOf('region', 'code', '17');
    association = randomUUID();
    await insert(
      'organisation',
      [
        {
          id: association,
          slug: `g-${tag}-yhdistys`,
          kind: 'ASSOCIATION',
          name: { fi: 'Testiyhdistys ry' },
          region_id: region17,
          website: 'https://yhdistys.example',
          provenance: SYNTHETIC,
        },
      ],
      ['name'],
    );
    const producer = project('Jaettu ratkaisu', {
      contacts: [{ name: 'Maija Meikäläinen', role: 'projektipäällikkö', sourceUrl: 'https://example.org/hanke' }],
    });
    const via = project('Käyttöönottohanke', { contacts: [{ name: 'Kalle Käyttäjä', role: 'IT' }] });
    await insertProjects([producer, via]);
    viaSlug = via.slug as string;
    d = deliverable('Jaettu ohjelmisto', { contacts: [{ name: 'Ylläpito', role: 'tuki' }] });
    await insertDeliverables([d]);
    await insert('deliverable_project', [produced(producer.id as string, d.id as string)]);
    await insert('adoption', [
      adoption(helsinki, d.id as string, 'HARVESTED', { via_project_id: null }),
      adoption(liminka, d.id as string, 'VERIFIED', {
        via_project_id: via.id,
        instance_url: 'https://liminka.example/app',
      }),
      adoption(ii, d.id as string, 'DECLARED_BY_PUBLISHER', { via_project_id: null, instance_url: null }),
      adoption(association, d.id as string, 'DECLARED_BY_ADOPTER', { via_project_id: null, instance_url: null }),
      adoption(kempele, d.id as string, 'VERIFIED', { via_project_id: null, instance_url: null }),
    ]);
  });

  it('similarMunicipalities explains Oulu\u2019s likes from the real data', async () => {
    const { data, statements } = await run(
      `{ similarMunicipalities(municipality: "564", first: 50) { score municipality { municipalityCode } reasons { kind weight items { value id label { text } } } } }`,
    );
    const list = data.similarMunicipalities;
    expect(list).toHaveLength(50);
    expect(list.map((x: any) => x.municipality.municipalityCode)).not.toContain('564');
    expect(list.map((r: any) => r.score)).toEqual([...list.map((r: any) => r.score)].sort((a, b) => b - a));
    // Tyrnävä: same region, same language, takes part in KAATIO with Oulu; 31 times smaller.
    const tyrnava = list.find((x: any) => x.municipality.municipalityCode === '859');
    expect(tyrnava.score).toBe(2.5);
    expect(tyrnava.reasons).toEqual([
      { kind: 'SAME_LANGUAGE_STATUS', weight: 1, items: [{ value: 'FINNISH', id: null, label: null }] },
      {
        kind: 'SAME_REGION',
        weight: 1,
        items: [{ value: '17', id: expect.any(String), label: { text: 'Pohjois-Pohjanmaa' } }],
      },
      {
        kind: 'SHARED_PROJECT',
        weight: 0.5,
        items: [{ value: 'kaatio', id: expect.any(String), label: { text: expect.stringMatching(/^KAATIO/) } }],
      },
    ]);
    // Tampere: a city of like size (log scale) that also takes part in KAATIO.
    const tampere = list.find((x: any) => x.municipality.municipalityCode === '837');
    expect(tampere.reasons.map((r: any) => r.kind)).toEqual([
      'SIMILAR_POPULATION',
      'SAME_LANGUAGE_STATUS',
      'SHARED_PROJECT',
    ]);
    expect(tampere.reasons[0].weight).toBeCloseTo(
      2 * (1 - Math.abs(Math.log(241009) - Math.log(207327)) / Math.log(10)),
      3,
    );
    expect(tampere.reasons[0].items).toEqual([{ value: '241009', id: null, label: null }]);
    expect(statements).toBe(1);
  });

  it('similarMunicipalities counts adoptions in common only when both count as reuse', async () => {
    const { data } = await run(
      `{ similarMunicipalities(municipality: "244", first: 50) { municipality { municipalityCode } reasons { kind items { id } } } }`,
    );
    const reasonsOf = (code: string) =>
      data.similarMunicipalities.find((x: any) => x.municipality.municipalityCode === code)?.reasons ?? [];
    expect(reasonsOf('425').find((r: any) => r.kind === 'SHARED_ADOPTION')).toEqual({
      kind: 'SHARED_ADOPTION',
      items: [{ id: gid('Deliverable', d.id as string) }],
    });
    // Ii (near and alike) adopted it too, but only as a claim by the publisher: not reuse.
    expect(reasonsOf('139').map((r: any) => r.kind)).toEqual([
      'SIMILAR_POPULATION',
      'SAME_LANGUAGE_STATUS',
      'SAME_REGION',
    ]);
  });

  it('adoptersLikeMe ranks a nearby adopter of like size above a distant, much larger one', async () => {
    const q = `query($d: ID!, $m: String!, $first: Int, $after: String) {
      adoptersLikeMe(deliverable: $d, municipality: $m, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        nodes { score status verification countsAsReuse
          organisation { slug municipalityCode } adoption { id verification viaProject { slug } }
          reasons { kind weight }
          contact { adopterWebsite instanceUrl viaProjectContacts { name } publisherContacts { name } } } } }`;
    const { data, statements } = await run(q, { d: gid('Deliverable', d.id as string), m: '244' });
    const page = data.adoptersLikeMe;
    // Kempele itself is left out.
    expect(page.totalCount).toBe(4);
    const order = page.nodes.map((n: any) => n.organisation.municipalityCode ?? n.organisation.slug);
    // Liminka: same region and language, like size, and both adopters vouch for it; Ii alike but
    // its adoption is a claim; the association is only in the same region; Helsinki is far and 35x larger.
    expect(order).toEqual(['425', '139', `g-${tag}-yhdistys`, '091']);
    const [lim, iiRow, assoc, hki] = page.nodes;
    expect(lim.score).toBeGreaterThan(hki.score);
    expect(lim.reasons.map((r: any) => r.kind)).toEqual([
      'SIMILAR_POPULATION',
      'SAME_LANGUAGE_STATUS',
      'SAME_REGION',
      'SHARED_ADOPTION',
    ]);
    const popWeight = (a: number, b: number) => 2 * (1 - Math.abs(Math.log(a) - Math.log(b)) / Math.log(10));
    expect(lim.score).toBeCloseTo(popWeight(10238, 18796) + 1 + 1 + 0.5, 3);
    expect(iiRow.score).toBeCloseTo(popWeight(9848, 18796) + 1 + 1, 3);
    expect(hki.reasons).toEqual([]);
    expect(hki.score).toBe(0);
    expect(lim).toMatchObject({
      status: 'IN_PRODUCTION',
      verification: 'VERIFIED',
      countsAsReuse: true,
      adoption: { verification: 'VERIFIED', viaProject: { slug: viaSlug } },
      contact: {
        adopterWebsite: null,
        instanceUrl: 'https://liminka.example/app',
        viaProjectContacts: [{ name: 'Kalle Käyttäjä' }],
        publisherContacts: [{ name: 'Ylläpito' }, { name: 'Maija Meikäläinen' }],
      },
    });
    expect(assoc).toMatchObject({ countsAsReuse: true, verification: 'DECLARED_BY_ADOPTER', score: 1.5 });
    expect(assoc.contact.adopterWebsite).toBe('https://yhdistys.example');
    expect(iiRow).toMatchObject({ countsAsReuse: false, verification: 'DECLARED_BY_PUBLISHER' });
    expect(hki).toMatchObject({ countsAsReuse: false, verification: 'HARVESTED' });
    // Adoption, organisation and viaProject rows came with the ranking.
    expect(statements).toBe(2);

    // Pages of 3 then 1 give the same order.
    const p1 = await run(q, { d: gid('Deliverable', d.id as string), m: '244', first: 3 });
    expect(p1.data.adoptersLikeMe.pageInfo.hasNextPage).toBe(true);
    const p2 = await run(q, {
      d: gid('Deliverable', d.id as string),
      m: '244',
      first: 3,
      after: p1.data.adoptersLikeMe.pageInfo.endCursor,
    });
    expect([...p1.data.adoptersLikeMe.nodes, ...p2.data.adoptersLikeMe.nodes]).toEqual(page.nodes);
    expect(p2.data.adoptersLikeMe.pageInfo.hasNextPage).toBe(false);
  });
});

describe('coverageGap', () => {
  const q = `query($s: String, $n: String, $r: String!, $first: Int, $after: String) {
    coverageGap(specification: $s, nationalService: $n, region: $r, first: $first, after: $after) {
      municipalityCount coveredCount uncoveredCount region { code } specification { slug } nationalService { slug }
      uncovered { totalCount pageInfo { hasNextPage endCursor } nodes { municipalityCode } } } }`;

  async function allUncovered(vars: Record<string, unknown>) {
    const codes: string[] = [];
    let after: string | null = null;
    let first: any;
    for (;;) {
      const { data } = await run(q, { ...vars, first: 7, after });
      first ??= data.coverageGap;
      codes.push(...data.coverageGap.uncovered.nodes.map((n: any) => n.municipalityCode));
      if (!data.coverageGap.uncovered.pageInfo.hasNextPage) break;
      after = data.coverageGap.uncovered.pageInfo.endCursor;
    }
    return { gap: first, codes };
  }

  it('kaavatietomalli in Northern Ostrobothnia: Oulu and Tyrnävä take part in KAATIO, Kempele does not', async () => {
    const { gap, codes } = await allUncovered({ s: 'kaavatietomalli', r: '17' });
    const [{ n }] = await sql<{ n: number }>(
      `select count(*)::int as n from organisation o join region r on r.id = o.region_id where r.code = '17' and o.kind = 'MUNICIPALITY'`,
    );
    expect(gap).toMatchObject({
      municipalityCount: n,
      coveredCount: 2,
      uncoveredCount: n - 2,
      region: { code: '17' },
      specification: { slug: 'kaavatietomalli' },
      nationalService: null,
    });
    expect(gap.uncovered.totalCount).toBe(n - 2);
    expect(codes).toHaveLength(n - 2);
    expect(new Set(codes).size).toBe(n - 2);
    expect(codes).not.toContain('564');
    expect(codes).not.toContain('859');
    expect(codes).toContain('244');
  });

  it('a national service: DigiTyy\u2019s Kalajoki and Ylivieska use Kybermittari', async () => {
    const { gap, codes } = await allUncovered({ n: 'kybermittari', r: '17' });
    expect(gap.coveredCount).toBe(2);
    expect(gap.nationalService).toEqual({ slug: 'kybermittari' });
    expect(codes).not.toContain('208');
    expect(codes).not.toContain('977');
    expect(codes).toContain('564');
  });

  it('counts publishing and adopting a conforming deliverable as coverage, in one statement', async () => {
    const spec = randomUUID();
    await insert(
      'specification',
      [{ id: spec, slug: `g-${tag}-gap`, name: { fi: 'Aukkomääritys' }, kind: 'DATA_MODEL', provenance: SYNTHETIC }],
      ['name'],
    );
    const [turku, kaarina] = await Promise.all(['853', '202'].map(municipality));
    const d = deliverable('Mukainen tuotos', { publisher_id: turku });
    await insertDeliverables([d]);
    await insert('conformance', [
      { id: randomUUID(), deliverable_id: d.id, specification_id: spec, provenance: SYNTHETIC },
    ]);
    await insert('adoption', [adoption(kaarina, d.id as string, 'HARVESTED')]);
    const { data, statements } = await run(q, { s: `g-${tag}-gap`, r: '02', first: 100 });
    const codes = data.coverageGap.uncovered.nodes.map((n: any) => n.municipalityCode);
    expect(data.coverageGap.coveredCount).toBe(2);
    expect(codes).not.toContain('853');
    expect(codes).not.toContain('202');
    expect(codes).toHaveLength(data.coverageGap.municipalityCount - 2);
    expect(statements).toBe(1);
  });
});

describe('stats', () => {
  it('match a brute-force count of the database', async () => {
    // A project that ended, with deliverables and adoptions before and after its end.
    const ended = project('Päättynyt hanke', { planned_end: '2023-10-31', actual_end: '2023-06-30' });
    await insertProjects([ended]);
    const [early, late] = [
      deliverable('Ennen loppua', { published_at: '2023-01-01' }),
      deliverable('Loppumisen jälkeen', { published_at: '2024-01-01' }),
    ];
    await insertDeliverables([early, late]);
    await insert('deliverable_project', [
      produced(ended.id as string, early.id as string),
      produced(ended.id as string, late.id as string),
    ]);
    const orgs = await Promise.all(['005', '010', '016', '018'].map(municipality));
    await insert('adoption', [
      adoption(orgs[0], early.id as string, 'VERIFIED', { since: '2023-01-15' }),
      adoption(orgs[1], early.id as string, 'VERIFIED', { since: '2023-08-01' }),
      adoption(orgs[2], late.id as string, 'HARVESTED', { since: '2024-02-01' }),
      adoption(orgs[3], late.id as string, 'DECLARED_BY_ADOPTER', { since: null }),
    ]);

    const { data, statements } = await run(`{ stats {
      projectCount deliverableCount participatingOrganisationCount adoptionCount reuseAdoptionCount adoptionsAfterProjectEnd
      grantCount grantTotalEur grantsByTheme { theme grantCount totalEur } grantsByRegion { region { code } grantCount totalEur }
      grantsByYear { year grantCount totalEur } } }`);
    const s = data.stats;
    const one = async (text: string) => Number(Object.values((await sql(text))[0])[0]);
    expect(s.projectCount).toBe(await one('select count(*) from project'));
    expect(s.deliverableCount).toBe(await one('select count(*) from deliverable'));
    expect(s.participatingOrganisationCount).toBe(
      await one('select count(distinct organisation_id) from participation'),
    );
    expect(s.adoptionCount).toBe(await one('select count(*) from adoption'));
    expect(s.reuseAdoptionCount).toBe(
      await one(`select count(*) from adoption where verification in ('DECLARED_BY_ADOPTER', 'VERIFIED')`),
    );
    // The real 2021 round: 17 grants, EUR 5.77 M.
    expect(s.grantsByYear.find((y: any) => y.year === 2021)).toEqual({ year: 2021, grantCount: 17, totalEur: 5766456 });

    // Brute force in JS over plain rows.
    const grants = await sql<{
      amount: number | null;
      status: string;
      themes: string[] | null;
      region: string | null;
      year: number;
    }>(
      `select g.max_amount_eur as amount, g.status, p.themes, r.code as region, c.year from "grant" g
         left join project p on p.id = g.project_id left join organisation o on o.id = g.lead_applicant_id
         left join region r on r.id = o.region_id join funding_call c on c.id = g.call_id`,
    );
    const live = grants.filter((g) => g.status !== 'WITHDRAWN');
    const sum = (list: typeof grants) => list.reduce((a, g) => a + (g.amount ?? 0), 0);
    expect(s.grantCount).toBe(live.length);
    expect(s.grantTotalEur).toBe(sum(live));
    const group = (key: (g: (typeof grants)[number]) => Array<string | number | null>) => {
      const m = new Map<string | number | null, typeof grants>();
      for (const g of live) for (const k of key(g)) m.set(k, [...(m.get(k) ?? []), g]);
      return new Map([...m].map(([k, list]) => [k, { grantCount: list.length, totalEur: sum(list) }]));
    };
    const byTheme = group((g) => (g.themes?.length ? g.themes : [null]));
    expect(
      new Map(s.grantsByTheme.map((t: any) => [t.theme, { grantCount: t.grantCount, totalEur: t.totalEur }])),
    ).toEqual(byTheme);
    const byRegion = group((g) => [g.region]);
    expect(
      new Map(
        s.grantsByRegion.map((t: any) => [t.region?.code ?? null, { grantCount: t.grantCount, totalEur: t.totalEur }]),
      ),
    ).toEqual(byRegion);
    const byYear = group((g) => [g.year]);
    expect(
      new Map(s.grantsByYear.map((t: any) => [t.year, { grantCount: t.grantCount, totalEur: t.totalEur }])),
    ).toEqual(byYear);
    expect(s.grantsByYear.map((y: any) => y.year)).toEqual([...byYear.keys()].sort((a, b) => Number(b) - Number(a)));

    // Adoptions after the end of a project that produced the deliverable (ISO dates compare as text).
    const adoptions = await sql<{ deliverable: string; since: string | null }>(
      `select deliverable_id as deliverable, since::text as since from adoption`,
    );
    const ends = await sql<{ deliverable: string; ends: string | null }>(
      `select dp.deliverable_id as deliverable, coalesce(p.actual_end, p.planned_end)::text as ends
         from deliverable_project dp join project p on p.id = dp.project_id`,
    );
    const after = adoptions.filter((a) =>
      ends.some((e) => e.deliverable === a.deliverable && a.since !== null && e.ends !== null && a.since > e.ends),
    );
    expect(after.length).toBeGreaterThanOrEqual(2);
    expect(s.adoptionsAfterProjectEnd).toBe(after.length);
    expect(statements).toBe(1);

    // Per project: the ended one has 2 deliverables (1 after its end), 4 adoptions (2 after, 1 of them reuse).
    const seen: any[] = [];
    let cursor: string | null = null;
    let pageStatements: number | undefined;
    for (;;) {
      const page = await run(
        `query($after: String) { stats { projectsAfterEnd(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor }
          nodes { endDate deliverableCount deliverablesAfterEnd adoptionCount adoptionsAfterEnd reuseAdoptionsAfterEnd project { slug } } } } }`,
        { after: cursor },
      );
      pageStatements = page.statements;
      const conn = page.data.stats.projectsAfterEnd;
      expect(conn.totalCount).toBe(s.projectCount);
      seen.push(...conn.nodes);
      if (!conn.pageInfo.hasNextPage) break;
      cursor = conn.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(s.projectCount);
    expect(seen.find((x) => x.project.slug === ended.slug)).toEqual({
      endDate: '2023-06-30',
      deliverableCount: 2,
      deliverablesAfterEnd: 1,
      adoptionCount: 4,
      adoptionsAfterEnd: 2,
      reuseAdoptionsAfterEnd: 1,
      project: { slug: ended.slug },
    });
    const afterCounts = seen.map((x) => x.adoptionsAfterEnd);
    expect(afterCounts).toEqual([...afterCounts].sort((a, b) => b - a));
    expect(pageStatements).toBe(2);
  });
});

describe('argument validation', () => {
  const project0 = gid('Project', '00000000-0000-4000-8000-000000000000');
  const deliverable0 = gid('Deliverable', '00000000-0000-4000-8000-000000000000');
  let kaatio: string;
  let oulu: string;
  let participation: string;
  beforeAll(async () => {
    kaatio = gid('Project', await idOf('project', 'slug', 'kaatio'));
    oulu = gid('Organisation', await municipality('564'));
    participation = gid('Participation', (await sql<{ id: string }>('select id from participation limit 1'))[0].id);
  });

  it.each([
    ['{ projectsUsingService(service: "Not A Slug") { totalCount } }', 'service'],
    ['{ projectsUsingService(service: "kybermittari", first: 0) { totalCount } }', 'first'],
    ['{ projectsUsingService(service: "kybermittari", first: 101) { totalCount } }', 'first'],
    ['{ deliverablesConformingTo(specification: "kaava tietomalli") { totalCount } }', 'specification'],
    ['{ relatedProjects(project: "Not A Slug!") { score } }', 'project'],
    ['{ relatedProjects(project: "kaatio", first: 51) { score } }', 'first'],
    ['{ relatedProjects(project: "kaatio", first: 0) { score } }', 'first'],
    ['{ similarMunicipalities(municipality: "56") { score } }', 'municipality'],
    ['{ similarMunicipalities(municipality: "5644") { score } }', 'municipality'],
    ['{ similarMunicipalities(municipality: "564", first: 51) { score } }', 'first'],
    ['{ coverageGap(region: "17") { coveredCount } }', 'specification'],
    [
      '{ coverageGap(specification: "kaavatietomalli", nationalService: "lupapiste", region: "17") { coveredCount } }',
      'specification',
    ],
    ['{ coverageGap(specification: "Kaava!", region: "17") { coveredCount } }', 'specification'],
    ['{ coverageGap(nationalService: "Lupa piste", region: "17") { coveredCount } }', 'nationalService'],
    ['{ coverageGap(specification: "kaavatietomalli", region: "7") { coveredCount } }', 'region'],
    ['{ coverageGap(specification: "kaavatietomalli", region: "17", first: 500) { coveredCount } }', 'first'],
    ['{ coverageGap(specification: "kaavatietomalli", region: "17", after: "eA") { coveredCount } }', 'after'],
    ['{ reuseChain(node: "not-an-id") { truncated } }', 'node'],
    ['{ neighbourhood(node: "not-an-id") { truncated } }', 'node'],
    ['{ stats { projectsAfterEnd(first: 0) { totalCount } } }', 'first'],
  ])('%s -> BAD_USER_INPUT', async (query, argumentName) => {
    expect(await errorOf(query)).toEqual({ code: 'BAD_USER_INPUT', argumentName });
  });

  it('bounds depth, hops and limit, and checks id types', async () => {
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['query($n: ID!) { reuseChain(node: $n, depth: 0) { truncated } }', { n: kaatio }, 'depth'],
      ['query($n: ID!) { reuseChain(node: $n, depth: 5) { truncated } }', { n: kaatio }, 'depth'],
      ['query($n: ID!) { reuseChain(node: $n) { truncated } }', { n: oulu }, 'node'],
      ['query($n: ID!) { neighbourhood(node: $n, hops: 0) { truncated } }', { n: oulu }, 'hops'],
      ['query($n: ID!) { neighbourhood(node: $n, hops: 3) { truncated } }', { n: oulu }, 'hops'],
      ['query($n: ID!) { neighbourhood(node: $n, limit: 0) { truncated } }', { n: oulu }, 'limit'],
      ['query($n: ID!) { neighbourhood(node: $n, limit: 5001) { truncated } }', { n: oulu }, 'limit'],
      ['query($n: ID!) { neighbourhood(node: $n, kinds: []) { truncated } }', { n: oulu }, 'kinds'],
      ['query($n: ID!) { neighbourhood(node: $n) { truncated } }', { n: participation }, 'node'],
      [
        'query($n: ID!) { adoptersLikeMe(deliverable: $n, municipality: "564") { totalCount } }',
        { n: kaatio },
        'deliverable',
      ],
      [
        'query($n: ID!) { adoptersLikeMe(deliverable: $n, municipality: "5") { totalCount } }',
        { n: deliverable0 },
        'municipality',
      ],
      [
        'query($n: ID!) { adoptersLikeMe(deliverable: $n, municipality: "564", first: 101) { totalCount } }',
        { n: deliverable0 },
        'first',
      ],
    ];
    for (const [query, variables, argumentName] of cases) {
      db.resetStatements();
      expect(await errorOf(query, variables), query).toEqual({ code: 'BAD_USER_INPUT', argumentName });
      // Rejected before any SQL.
      expect(db.statements, query).toHaveLength(0);
    }
  });

  it('answers unknown slugs, codes and ids with NOT_FOUND naming the argument', async () => {
    const dl = gid('Deliverable', (await sql<{ id: string }>('select id from deliverable limit 1'))[0].id);
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['{ projectsUsingService(service: "no-such-service") { totalCount } }', {}, 'service'],
      ['{ deliverablesConformingTo(specification: "no-such-spec") { totalCount } }', {}, 'specification'],
      ['{ relatedProjects(project: "no-such-project") { score } }', {}, 'project'],
      ['query($p: String!) { relatedProjects(project: $p) { score } }', { p: project0 }, 'project'],
      ['{ similarMunicipalities(municipality: "998") { score } }', {}, 'municipality'],
      ['{ coverageGap(specification: "kaavatietomalli", region: "03") { coveredCount } }', {}, 'region'],
      ['{ coverageGap(specification: "no-such-spec", region: "17") { coveredCount } }', {}, 'specification'],
      ['{ coverageGap(nationalService: "no-such-service", region: "17") { coveredCount } }', {}, 'nationalService'],
      ['query($n: ID!) { reuseChain(node: $n) { truncated } }', { n: project0 }, 'node'],
      ['query($n: ID!) { neighbourhood(node: $n) { truncated } }', { n: project0 }, 'node'],
      [
        'query($n: ID!) { adoptersLikeMe(deliverable: $n, municipality: "564") { totalCount } }',
        { n: deliverable0 },
        'deliverable',
      ],
      [
        'query($n: ID!) { adoptersLikeMe(deliverable: $n, municipality: "998") { totalCount } }',
        { n: dl },
        'municipality',
      ],
    ];
    for (const [query, variables, argumentName] of cases) {
      expect(await errorOf(query, variables), query).toEqual({ code: 'NOT_FOUND', argumentName });
    }
  });
});
