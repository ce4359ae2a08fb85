import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './db.js';
import { createExecutor } from './graphql.js';

let db: TestDatabase;
let gql: Awaited<ReturnType<typeof createExecutor>>;

beforeAll(async () => {
  db = await createTestDatabase('lists');
  gql = await createExecutor(db.orm);
});
afterAll(async () => {
  await gql?.stop();
  await db?.close();
});

async function walk(query: string, pick: (d: any) => any, variables: Record<string, unknown> = {}) {
  const seen: any[] = [];
  let after: string | null = null;
  for (let i = 0; i < 100; i++) {
    const r = await gql.execute<any>(query, { ...variables, after });
    expect(r.errors).toBeUndefined();
    const conn = pick(r.data);
    seen.push(...conn.nodes);
    if (!conn.pageInfo.hasNextPage) return { seen, totalCount: conn.totalCount };
    after = conn.pageInfo.endCursor;
  }
  throw new Error('did not end');
}

describe('cursor pagination', () => {
  it('walks all 309 municipalities in a stable order without repeats', async () => {
    const { seen, totalCount } = await walk(
      'query($after: String) { municipalities(first: 50, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { municipalityCode name(lang: fi) { text } } } }',
      (d) => d.municipalities,
    );
    expect(totalCount).toBe(309);
    expect(new Set(seen.map((m) => m.municipalityCode)).size).toBe(309);
    const again = await walk(
      'query($after: String) { municipalities(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { municipalityCode name(lang: fi) { text } } } }',
      (d) => d.municipalities,
    );
    expect(again.seen).toEqual(seen);
  });

  it('walks projects newest-changed first and nested participants page by page', async () => {
    const { seen } = await walk(
      'query($after: String) { projects(first: 7, after: $after, orderBy: RECENTLY_UPDATED) { totalCount pageInfo { hasNextPage endCursor } nodes { slug updatedAt } } }',
      (d) => d.projects,
    );
    expect(seen).toHaveLength(20);
    const times = seen.map((p) => p.updatedAt);
    expect(times).toEqual([...times].sort().reverse());
    const { seen: participants, totalCount } = await walk(
      'query($after: String) { project(slug: "kaatio") { participants(first: 5, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { role organisation { municipalityCode slug } } } } }',
      (d) => d.project.participants,
    );
    // Oulu leads; 15 municipalities and Kuntaliitto take part.
    expect(totalCount).toBe(17);
    expect(participants).toHaveLength(17);
    expect(participants[0]).toEqual({
      role: 'LEAD_APPLICANT',
      organisation: { municipalityCode: '564', slug: 'kunta-564' },
    });
    expect(new Set(participants.map((p) => p.organisation.slug)).size).toBe(17);
  });
});

describe('filters', () => {
  const count = async (filter: object) => {
    const r = await gql.execute<any>(
      'query($f: ProjectFilter) { projects(filter: $f) { totalCount nodes { slug } } }',
      { f: filter },
    );
    expect(r.errors).toBeUndefined();
    return r.data!.projects;
  };

  it('by theme, status, year and region', async () => {
    expect((await count({ year: [2021] })).totalCount).toBe(17);
    expect((await count({ theme: ['DIGITAL_SECURITY'], year: [2021] })).totalCount).toBe(6);
    expect((await count({ theme: ['E_PERMITS_BUILDING_CONTROL'] })).nodes.length).toBe(3);
    const pk = await count({ region: ['12'] });
    expect(pk.nodes.map((p: any) => p.slug)).toContain('ibruktagande-av-en-elektronisk-kund-och-tillstandstjanst');
    expect((await count({ status: ['COMPLETED'] })).totalCount).toBe(4);
  });

  it('by national service, specification and deliverable kind', async () => {
    expect((await count({ nationalService: ['kybermittari'] })).nodes.map((p: any) => p.slug)).toEqual(['digityy']);
    expect((await count({ specification: ['kaavatietomalli'] })).nodes.map((p: any) => p.slug).sort()).toEqual(
      ['digitaalisen-yleiskaavan-jatkuvan-yllapitoprosessin-luominen', 'kaatio'].sort(),
    );
    expect((await count({ deliverableKind: ['REPORT'] })).nodes.map((p: any) => p.slug)).toEqual(['seutudigi']);
  });

  it('by organisation kind and organisation', async () => {
    const r = await gql.execute<any>('{ municipality(code: "049") { id } }');
    const espoo = r.data!.municipality.id;
    expect((await count({ organisation: [espoo] })).nodes.map((p: any) => p.slug).sort()).toEqual([
      'kaatio',
      'turvallinen-tieto',
    ]);
    expect((await count({ organisationKind: ['UNIVERSITY'] })).nodes.map((p: any) => p.slug)).toEqual([
      'turvallinen-tieto',
    ]);
  });
});

describe('languages', () => {
  it('falls back lang -> fi -> sv -> en and says so', async () => {
    const r = await gql.execute<any>(`{
      fi: project(slug: "digityy") { name(lang: fi) { text lang isFallback } nameTranslations { fi sv en } }
      en: project(slug: "kaatio") { name(lang: en) { text lang isFallback } }
      sv: project(slug: "kaatio") { name(lang: sv) { text lang isFallback } }
    }`);
    expect(r.data!.fi.name).toEqual({
      text: 'DigiTyy – en digitalvänlig arbetskultur och arbetsmiljö',
      lang: 'sv',
      isFallback: true,
    });
    expect(r.data!.fi.nameTranslations.fi).toBeNull();
    expect(r.data!.en.name.lang).toBe('fi');
    expect(r.data!.en.name.isFallback).toBe(true);
    expect(r.data!.sv.name).toEqual({
      text: 'Utarbetande av plan enligt en standardiserad datamodell i olika program',
      lang: 'sv',
      isFallback: false,
    });
  });
});

describe('detail fields (sources, long texts) read only when asked for', () => {
  it('loads them in one batched statement per type and level, with the right values', async () => {
    const q = `{ projects(first: 50, filter: { year: [2021] }) { nodes { slug contacts { name role } outcomes { kind } provenance { status url }
      participants(first: 20) { nodes { contribution(lang: en) { text } provenance { status } organisation { slug provenance { status field } } } }
      deliverables { nodes { description(lang: en) { text } provenance { status field } } } } } }`;
    db.resetStatements();
    const r = await gql.execute<any>(q);
    expect(r.errors).toBeUndefined();
    // The page with the projects' details, participants (+ organisations) and deliverables in it,
    // then the details of the participations, organisations and deliverables: one statement each.
    expect(db.statements.length).toBe(4);
    const heinola = r.data!.projects.nodes.find((p: any) => p.slug === 'digiturvalla-tulevaan');
    expect(heinola.contacts).toEqual([
      { name: 'Vesa Huttunen', role: 'tietohallintopäällikkö (IT manager), City of Heinola' },
    ]);
    expect(heinola.outcomes.map((o: any) => o.kind)).toContain('OUTCOME');
    expect(heinola.provenance.some((s: any) => s.status === 'INFERRED')).toBe(true);
    const tiera = heinola.participants.nodes.find((p: any) => p.organisation.slug === 'kuntien-tiera-oy');
    expect(tiera.contribution.text).toMatch(/work package 1/);
    const municipality = heinola.participants.nodes.find((p: any) => p.organisation.slug === 'kunta-111');
    expect(municipality.organisation.provenance.map((s: any) => s.field)).toContain('languageStatus');
    const topten = r
      .data!.projects.nodes.flatMap((p: any) => p.deliverables.nodes)
      .find((d: any) => /80\+/.test(d.description?.text ?? ''));
    expect(topten.provenance[0].status).toBe('STATED');
  });

  it('cost nothing when not asked for', async () => {
    db.resetStatements();
    await gql.execute(
      `{ projects(first: 50) { nodes { slug participants { nodes { organisation { slug } } } deliverables { nodes { id } } } } }`,
    );
    // Projects with their participants (organisations embedded) and deliverables: one statement
    // (many-embeds.ts).
    expect(db.statements).toHaveLength(1);
    expect(db.statements.join('\n')).not.toMatch(/provenance/);
  });
});

describe('nested lists', () => {
  // The loader reads only the page's rows: with totalCount the next page is known from the count,
  // without it from a row read in PostgreSQL and not sent. Both ways must page the same.
  it('page through a project’s participants one by one, with and without totalCount', async () => {
    const q = (total: string) => `query($after: String) { project(slug: "kaatio") {
      participants(first: 1, after: $after) { ${total} pageInfo { hasNextPage endCursor } nodes { organisation { slug } } } } }`;
    const all = await gql.execute<any>(
      `{ project(slug: "kaatio") { participants(first: 100) { totalCount nodes { organisation { slug } } } } }`,
    );
    const everyone = all.data.project.participants.nodes.map((n: any) => n.organisation.slug);
    expect(everyone.length).toBeGreaterThanOrEqual(3);
    expect(all.data.project.participants.totalCount).toBe(everyone.length);
    for (const total of ['', 'totalCount']) {
      const { seen, totalCount } = await walk(q(total), (d) => d.project.participants);
      expect(seen.map((n: any) => n.organisation.slug)).toEqual(everyone);
      if (total) expect(totalCount).toBe(everyone.length);
    }
    // A cursor past the end: an empty page that still knows the count.
    const { data: first } = await gql.execute<any>(q('totalCount'), { after: null });
    const cursorOf = (n: number) => Buffer.from(`o:${n}`).toString('base64url');
    expect(first.project.participants.pageInfo.hasNextPage).toBe(true);
    const past = await gql.execute<any>(q('totalCount'), { after: cursorOf(everyone.length + 5) });
    expect(past.data.project.participants).toMatchObject({
      totalCount: everyone.length,
      nodes: [],
      pageInfo: { hasNextPage: false },
    });
    const lastPage = await gql.execute<any>(q(''), { after: cursorOf(everyone.length - 1) });
    expect(lastPage.data.project.participants.nodes).toHaveLength(1);
    expect(lastPage.data.project.participants.pageInfo.hasNextPage).toBe(false);
  });
});
