import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importReferenceData } from '../src/db/seed/import-reference.js';
import { createTestDatabase, type TestDatabase } from './db.js';
import { createExecutor } from './graphql.js';

let db: TestDatabase;
let gql: Awaited<ReturnType<typeof createExecutor>>;
const sql = <T = any>(q: string, p: unknown[] = []) => db.orm.em.getConnection().execute<T[]>(q, p);

beforeAll(async () => {
  db = await createTestDatabase('reference');
  gql = await createExecutor(db.orm);
});
afterAll(async () => {
  await gql?.stop();
  await db?.close();
});

describe('reference data import', () => {
  it('imports the 309 municipalities of 2021 with their regions, names and language status', async () => {
    const [m] = await sql(
      `select count(*)::int n, sum(population)::int pop from organisation where kind = 'MUNICIPALITY'`,
    );
    expect(m).toEqual({ n: 309, pop: 5533793 });
    const [r] = await sql('select count(*)::int n from region');
    expect(r.n).toBe(19);
    const statuses = await sql(
      `select language_status s, count(*)::int n from organisation where kind = 'MUNICIPALITY' group by 1 order by 1`,
    );
    expect(statuses).toEqual([
      { s: 'BILINGUAL_FINNISH_MAJORITY', n: 18 },
      { s: 'BILINGUAL_SWEDISH_MAJORITY', n: 15 },
      { s: 'FINNISH', n: 260 },
      { s: 'SWEDISH', n: 16 },
    ]);
    const [helsinki] = await sql(`select name, lat, lon from organisation where municipality_code = '091'`);
    expect(helsinki.name).toEqual({ fi: 'Helsinki', sv: 'Helsingfors' });
    expect(helsinki.lat).toBeGreaterThan(60);
    expect(helsinki.lon).toBeGreaterThan(24);
  });

  it('imports the 17 grants and projects of the 2021 call, adding up to EUR 5,766,456', async () => {
    const [g] = await sql(
      `select count(*)::int n, sum(max_amount_eur)::int total, count(project_id)::int with_project
         from "grant" g join funding_call c on c.id = g.call_id where c.year = 2021`,
    );
    expect(g).toEqual({ n: 17, total: 5766456, with_project: 17 });
  });

  it('keeps unknown values empty and partial rounds partial', async () => {
    const [helsinki] = await sql(`select name from project where slug like 'fortsatt-utveckling%'`);
    expect(helsinki.name.fi).toBeUndefined();
    expect(helsinki.name.sv).toMatch(/^Fortsatt utveckling av den elektroniska tillståndsprocessen/);
    const [call2022] = await sql(
      `select c.total_awarded_eur announced, c.grants_awarded announced_n, count(g.id)::int known_n
         from funding_call c left join "grant" g on g.call_id = c.id where c.year = 2022 group by c.id`,
    );
    expect(call2022).toEqual({ announced: 8620000, announced_n: 24, known_n: 16 });
  });

  it('gives every record provenance, marking inferences', async () => {
    for (const table of [
      'region',
      'organisation',
      'project',
      'participation',
      'grant',
      'national_service',
      'specification',
      'deliverable',
    ]) {
      const [row] = await sql(`select count(*)::int n from "${table}" where jsonb_array_length(provenance) = 0`);
      expect(row.n, table).toBe(0);
    }
    const inferred = await sql(
      `select o.name->>'fi' name from participation p join organisation o on o.id = p.organisation_id
        join project pr on pr.id = p.project_id
       where pr.slug = 'seutudigi' and p.provenance @> '[{"status":"INFERRED"}]'::jsonb order by 1`,
    );
    expect(inferred.map((r: { name: string }) => r.name)).toEqual([
      'Kangasala',
      'Lempäälä',
      'Nokia',
      'Orivesi',
      'Pirkkala',
      'Tampere',
      'Vesilahti',
      'Ylöjärvi',
    ]);
  });

  it('changes nothing when run twice', async () => {
    const before = await sql(`select md5(string_agg(t::text, '' order by t.id)) h from organisation t`);
    const { changed } = await importReferenceData(db.orm.em.fork());
    expect(Object.values(changed).every((n) => n === 0)).toBe(true);
    const after = await sql(`select md5(string_agg(t::text, '' order by t.id)) h from organisation t`);
    expect(after).toEqual(before);
  });
});

describe('questions on the real data', () => {
  it("answers Oulu's participations", async () => {
    const r = await gql.execute(
      `{ municipality(code: "564") { name(lang: fi) { text } participations(first: 10) { totalCount nodes { role project { acronym } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.municipality.participations).toEqual({
      totalCount: 1,
      nodes: [{ role: 'LEAD_APPLICANT', project: { acronym: 'KAATIO' } }],
    });
  });

  it('lists the 13 municipalities of Pohjois-Karjala', async () => {
    const r = await gql.execute(
      `{ region(code: "12") { name(lang: sv) { text } municipalityCount municipalities(first: 50) { totalCount nodes { municipalityCode } } } }`,
    );
    expect(r.data!.region.name.text).toBe('Norra Karelen');
    expect(r.data!.region.municipalityCount).toBe(13);
    expect(r.data!.region.municipalities.totalCount).toBe(13);
    expect(r.data!.region.municipalities.nodes).toHaveLength(13);
  });

  it('counts the known grants whose amount is known, call by call', async () => {
    const r = await gql.execute(`{ fundingCalls { year knownGrantCount knownAmountGrantCount
      grants(first: 100) { nodes { maxAmountEur } } } }`);
    const calls = r.data!.fundingCalls as any[];
    expect(calls.length).toBeGreaterThan(1);
    for (const c of calls) {
      expect(c.grants.nodes).toHaveLength(c.knownGrantCount);
      expect(c.knownAmountGrantCount).toBe(c.grants.nodes.filter((g: any) => g.maxAmountEur !== null).length);
    }
    // the 2021 decision published every amount; some calls' amounts were never published
    expect(calls.find((c) => c.year === 2021)).toMatchObject({ knownGrantCount: 17, knownAmountGrantCount: 17 });
    expect(calls.some((c) => c.knownGrantCount > 0 && c.knownAmountGrantCount < c.knownGrantCount)).toBe(true);
  });

  it('lists the 17 projects of the 2021 call with their lead and amount', async () => {
    const r = await gql.execute(`{ fundingCall(year: 2021) { totalAwardedEur unknownAmountEur
      projects(first: 50) { totalCount nodes { slug leadOrganisation { municipalityCode name { text } } grants { maxAmountEur } } } } }`);
    const call = r.data!.fundingCall;
    expect(call.projects.totalCount).toBe(17);
    const total = call.projects.nodes.reduce((s: number, p: any) => s + p.grants[0].maxAmountEur, 0);
    expect(total).toBe(5766456);
    expect(call.unknownAmountEur).toBe(5770000 - 5766456);
    const kaatio = call.projects.nodes.find((p: any) => p.slug === 'kaatio');
    expect(kaatio.leadOrganisation).toEqual({ municipalityCode: '564', name: { text: 'Oulu' } });
  });
});
