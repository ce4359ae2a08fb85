import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onDataChanged } from '../src/graphql/response-cache/generation.js';
import { alternativesOf, CONCEPTS } from '../src/modules/search/search.thesaurus.js';
import { startThesaurus, thesaurusChanged } from '../src/modules/thesaurus/thesaurus.sync.js';
import { createLogger } from '../src/logger.js';
import { createUser, type TestUser } from './actors.js';
import { createTestDatabase, type TestDatabase } from './db.js';
import { codes, createExecutor } from './graphql.js';
import { insertLedProjects } from './search-fixtures.js';

let db: TestDatabase;
let gql: Awaited<ReturnType<typeof createExecutor>>;
let curator: TestUser;
let member: TestUser;
const sql = <T = any>(q: string, p: unknown[] = []) => db.orm.em.getConnection().execute<T[]>(q, p);

beforeAll(async () => {
  db = await createTestDatabase('thesaurus');
  gql = await createExecutor(db.orm);
  const em = db.orm.em.fork();
  curator = await createUser(em, { admin: true });
  member = await createUser(em);
  const [oulu] = await sql(`select id from organisation where municipality_code = '564'`);
  await insertLedProjects(
    em,
    [
      {
        id: randomUUID(),
        slug: 'fx-lahdekoodi',
        name: { fi: 'Avoin lähdekoodi kuntien ohjelmistoissa' },
        lead: oulu.id,
      },
    ],
    [{ status: 'SYNTHETIC', note: 'thesaurus test fixture' }],
  );
});
afterAll(async () => {
  await gql?.stop();
  await db?.close();
});

const CONCEPT = `id fi sv en version`;
const LIST = `query($term: String) { searchConcepts(term: $term) { ${CONCEPT} } }`;
const CREATE = `mutation($input: SearchConceptInput!) { createSearchConcept(input: $input) { ${CONCEPT} } }`;
const UPDATE = `mutation($input: UpdateSearchConceptInput!) { updateSearchConcept(input: $input) { ${CONCEPT} } }`;
const DELETE = `mutation($id: ID!) { deleteSearchConcept(id: $id) }`;
const SEARCH = `query($q: String, $lang: Lang) { search(query: $q, lang: $lang, first: 50) {
  totalCount synonyms { term synonyms } nodes { node { ... on Project { slug } } } } }`;

const search = async (q: string, lang = 'en') => (await gql.execute<any>(SEARCH, { q, lang })).data!.search;
const slugs = (s: any) => s.nodes.map((n: any) => n.node.slug).filter(Boolean);
const count = async () => (await sql<{ n: number }>(`select count(*)::int as n from search_concept`))[0].n;

describe('the search thesaurus', () => {
  it('is listed in its order, as the migration seeded it, and filtered by a part of a term', async () => {
    const all = (await gql.execute<any>(LIST)).data!.searchConcepts;
    expect(all.map((c: any) => ({ fi: c.fi, sv: c.sv, en: c.en }))).toEqual(CONCEPTS);
    const bygg = (await gql.execute<any>(LIST, { term: ' BYGG' })).data!.searchConcepts;
    expect(bygg.map((c: any) => c.sv[0])).toEqual(['bygglov', 'byggnadstillsyn', 'byggnadsarv']);
  });

  it('is edited by curators only; a new concept is in use by the next search, and leaves with its deletion', async () => {
    const input = { fi: ['avoin lähdekoodi'], sv: ['Öppen  källkod'], en: ['open source'] };
    const before = await count();
    for (const opts of [{}, { sessionToken: member.sessionToken }]) {
      expect(codes(await gql.execute(CREATE, { input }, opts))).toEqual([
        opts.sessionToken ? 'FORBIDDEN' : 'UNAUTHENTICATED',
      ]);
    }
    expect(await count()).toBe(before);
    expect(slugs(await search('open source'))).not.toContain('fx-lahdekoodi');

    const created = await gql.execute<any>(CREATE, { input }, { sessionToken: curator.sessionToken });
    expect(created.errors).toBeUndefined();
    const concept = created.data!.createSearchConcept;
    expect(concept).toMatchObject({ fi: ['avoin lähdekoodi'], sv: ['öppen källkod'], en: ['open source'], version: 1 });
    const found = await search('open source');
    expect(slugs(found)).toContain('fx-lahdekoodi'); // "Avoin lähdekoodi …": by the Finnish term
    expect(found.synonyms).toEqual([{ term: 'open source', synonyms: ['avoin lähdekoodi', 'öppen källkod'] }]);
    const [event] = await sql(`select action, actor_user_id from audit_event where node_id = ?`, [
      Buffer.from(concept.id, 'base64url').toString().split(':')[1],
    ]);
    expect(event).toEqual({ action: 'searchConcept.create', actor_user_id: curator.userId });

    const edited = await gql.execute<any>(
      UPDATE,
      { input: { id: concept.id, expectedVersion: 1, fi: ['avoin lähdekoodi'], sv: ['öppen källkod'], en: [] } },
      { sessionToken: curator.sessionToken },
    );
    expect(edited.data!.updateSearchConcept).toMatchObject({ en: [], version: 2 });
    expect(slugs(await search('open source'))).not.toContain('fx-lahdekoodi');
    expect(slugs(await search('öppen källkod', 'sv'))).toContain('fx-lahdekoodi');
    // Someone else's edit in the meantime: the stale version is refused.
    const stale = await gql.execute(
      UPDATE,
      { input: { id: concept.id, expectedVersion: 1, fi: ['avoin lähdekoodi'], sv: [], en: ['open source'] } },
      { sessionToken: curator.sessionToken },
    );
    expect(codes(stale)).toEqual(['CONFLICT']);

    const deleted = await gql.execute<any>(DELETE, { id: concept.id }, { sessionToken: curator.sessionToken });
    expect(deleted.data!.deleteSearchConcept).toBe(concept.id);
    expect(await count()).toBe(before);
    expect(slugs(await search('öppen källkod', 'sv'))).not.toContain('fx-lahdekoodi');
  });

  it('refuses terms that are malformed, too few or too many, repeated, or already of another concept, and stores nothing', async () => {
    const before = await count();
    const bad: Array<[Record<string, string[]>, string]> = [
      [{ fi: ['avoin; drop table'], sv: ['öppen källkod'], en: [] }, 'input'],
      [{ fi: ['x'], sv: ['öppen källkod'], en: [] }, 'input'],
      [{ fi: ['avoin lähdekoodi'], sv: [], en: [] }, 'input'],
      [{ fi: ['yksi kaksi kolme neljä'], sv: ['öppen källkod'], en: [] }, 'input'],
      [{ fi: ['a1', 'a2', 'a3', 'a4', 'a5'], sv: ['b1', 'b2', 'b3', 'b4', 'b5'], en: [] }, 'input'],
      [{ fi: ['open source'], sv: [], en: ['Open Source'] }, 'input'],
      [{ fi: ['avoin lähdekoodi'], sv: ['bygglov'], en: [] }, 'input'],
    ];
    for (const [input] of bad) {
      const r = await gql.execute(CREATE, { input }, { sessionToken: curator.sessionToken });
      expect(codes(r), JSON.stringify(input)).toEqual(['BAD_USER_INPUT']);
    }
    const taken = await gql.execute(
      CREATE,
      { input: { fi: ['avoin lähdekoodi'], sv: ['bygglov'], en: [] } },
      { sessionToken: curator.sessionToken },
    );
    expect(taken.errors![0].message).toBe('"bygglov" is already a term of another concept.');
    expect(taken.errors![0].extensions).toMatchObject({ argumentName: 'input', field: 'sv' });
    expect(await count()).toBe(before);
    expect(
      codes(await gql.execute(DELETE, { id: 'U2VhcmNoQ29uY2VwdDpub3BlCg' }, { sessionToken: curator.sessionToken })),
    ).toEqual(['BAD_USER_INPUT']);
  });

  it('tells the other instances of an edit, and loads an edit made elsewhere, then drops cached responses', async () => {
    const published: string[] = [];
    let remote: (m: string) => void = () => {};
    const stop = await startThesaurus(db.orm, createLogger('silent'), {
      publish: (m) => published.push(m ?? ''),
      subscribe: (f) => (remote = f),
    });
    try {
      thesaurusChanged();
      expect(published).toHaveLength(1);
      // Another instance's curator adds a concept: this one hears of it and loads it.
      await sql(
        `insert into search_concept (id, fi, sv, en) values (gen_random_uuid(), '{etätyö}', '{distansarbete}', '{}')`,
      );
      expect(alternativesOf('etätyö')).toEqual([]);
      const changed = new Promise<void>((resolve) => {
        const off = onDataChanged(() => (off(), resolve()));
      });
      remote('');
      await changed;
      expect(alternativesOf('etätyö')).toEqual(['distansarbete']);
    } finally {
      stop();
      await sql(`delete from search_concept where fi = '{etätyö}'`);
    }
  });

  it('reaches the other instances over Redis (127.0.0.1:6379), both ways', async () => {
    const { redisBus } = await import('../src/cluster/redis-bus.js');
    const log = createLogger('silent');
    const mine = redisBus('redis://127.0.0.1:6379', log);
    const theirs = redisBus('redis://127.0.0.1:6379', log); // another instance's bus
    const heard: string[] = [];
    const channel = theirs.channel('kuntagraph:thesaurus-changed');
    channel.subscribe((m) => heard.push(m));
    const stop = await startThesaurus(db.orm, log, mine.channel('kuntagraph:thesaurus-changed'));
    try {
      await new Promise((r) => setTimeout(r, 300)); // both subscriptions are up
      thesaurusChanged();
      await expect.poll(() => heard.length, { timeout: 3000 }).toBe(1);
      await sql(
        `insert into search_concept (id, fi, sv, en) values (gen_random_uuid(), '{kotihoito}', '{hemvård}', '{}')`,
      );
      expect(alternativesOf('kotihoito')).toEqual([]);
      channel.publish();
      await expect.poll(() => alternativesOf('kotihoito'), { timeout: 3000 }).toEqual(['hemvård']);
    } finally {
      stop();
      await mine.close();
      await theirs.close();
      await sql(`delete from search_concept where fi = '{kotihoito}'`);
    }
  });

  it('answers a retried request by its first answer, and NOT_FOUND once that concept is gone', async () => {
    const create = `mutation($input: SearchConceptInput!, $key: String) { createSearchConcept(input: $input, idempotencyKey: $key) { id } }`;
    const vars = { input: { fi: ['etäkokous'], sv: ['distansmöte'], en: [] }, key: 'kokous-1' };
    const as = { sessionToken: curator.sessionToken };
    const first = await gql.execute<any>(create, vars, as);
    const again = await gql.execute<any>(create, vars, as);
    expect(again.data!.createSearchConcept.id).toBe(first.data!.createSearchConcept.id);
    await gql.execute(DELETE, { id: first.data!.createSearchConcept.id }, as);
    expect(codes(await gql.execute(create, vars, as))).toEqual(['NOT_FOUND']);
  });
});
