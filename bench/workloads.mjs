import { createHash, randomBytes } from 'node:crypto';

// The workloads: per target the HTTP request, and a normaliser to a comparable shape.
// Targets: kg (Kuntagraph), raw (raw-SQL baseline), pgl (PostGraphile v5).

/** The API's match for one plain word (search.queries.ts termQuery): prefix of the stem in four
 * configurations; the other terms of its thesaurus concept (search.thesaurus.ts), word by word in the
 * same configurations (plainto_tsquery), and the concept's one-word terms in their inflected forms (the
 * thesaurus's stems as prefixes in `simple`); when it names no concept and no known word starts with it,
 * its nearest known words (in names and texts: weights A-C). `p` is a text parameter; `t` names the
 * thesaurus parameters: `also` (text[]), `langs` (regconfig[], each alternative's own language) and `stems`
 * (text[]). `lang`, a regconfig parameter, gives the query the API ranks with: the word in the
 * configurations `simple` and the search language, each thesaurus term in its own language. */
export const TSQUERY = (p, t, lang) => {
  const configs = lang
    ? [`'simple'`, `${lang}::regconfig`]
    : ['finnish', 'swedish', 'english', 'simple'].map((c) => `'${c}'`);
  const thesaurus = lang
    ? `bench_terms_own(${t.also}::text[], ${t.langs}::regconfig[])`
    : `bench_terms(${t.also}::text[], array[${configs.join(', ')}]::regconfig[]) || bench_stems(${t.stems}::text[])`;
  return `(${thesaurus}
  || ${configs.map((c) => `to_tsquery(${c}, quote_literal(${p}::text) || ':*')`).join(' || ')}
  || case when cardinality(${t.also}::text[]) > 0 then ''::tsquery else coalesce((select to_tsquery('simple', string_agg(quote_literal(w.word) || ':ABC', ' | ')) from (select word from search_word
       where word % ${p}::text and similarity(word, ${p}::text) >= 0.4
         and not exists (select 1 from search_word k where k.word like ${p}::text || '%')
       order by word <-> ${p}::text limit 3) w), ''::tsquery) end)`;
};

/** The thesaurus parameters of bench_search_hits / bench_search_facets. */
const T = { also: 'also', langs: 'langs', stems: 'stems' };

/** Functions PostGraphile exposes (its idiomatic extension point): created in the bench database only. */
export const PGL_FUNCTIONS = `
drop function if exists bench_search_hits(text);
drop function if exists bench_search_facets(text);
drop function if exists bench_search_hits(text, text[]);
drop function if exists bench_phrases(text[]);
drop function if exists bench_phrases(text[], regconfig[]);
drop function if exists bench_search_hits(text, text[], text);
drop function if exists bench_search_facets(text, text[]);
create or replace function bench_terms(also text[], configs regconfig[]) returns tsquery language plpgsql immutable as $$
  declare q tsquery := ''; a text; c regconfig;
  begin
    foreach a in array also loop
      foreach c in array configs loop q := q || plainto_tsquery(c, a); end loop;
    end loop;
    return q;
  end $$;
create or replace function bench_terms_own(also text[], langs regconfig[]) returns tsquery language plpgsql immutable as $$
  declare q tsquery := '';
  begin
    for i in 1 .. coalesce(array_length(also, 1), 0) loop q := q || plainto_tsquery(langs[i], also[i]); end loop;
    return q;
  end $$;
create or replace function bench_stems(stems text[]) returns tsquery language plpgsql immutable as $$
  declare q tsquery := ''; s text;
  begin
    -- a stem of several words (a term of several words): their prefixes as adjacent words
    foreach s in array stems loop
      q := q || to_tsquery('simple', (select string_agg(quote_literal(w) || ':*', ' <-> ' order by i)
                                        from unnest(string_to_array(s, ' ')) with ordinality x(w, i)));
    end loop;
    return q;
  end $$;
create or replace function project_latest_deliverables(p project) returns setof deliverable language sql stable as $$
  select d.* from deliverable_project dp join deliverable d on d.id = dp.deliverable_id
   where dp.project_id = p.id order by coalesce(d.published_at, '0001-01-01'::date) desc, d.id limit 5 $$;
create or replace function bench_create_deliverable(project uuid, title jsonb, kind text) returns deliverable
  language sql volatile as $$
  with d as (insert into deliverable (id, kind, title, provenance) values (gen_random_uuid(), kind, title, '[]') returning *),
  l as (insert into deliverable_project (id, deliverable_id, project_id) select gen_random_uuid(), d.id, project from d),
  a as (insert into audit_event (id, action, node_type, node_id, after)
        select gen_random_uuid(), 'deliverable.create', 'Deliverable', d.id, jsonb_build_object('title', d.title, 'kind', d.kind, 'project', project) from d)
  select * from d $$;
create or replace function bench_search_hits(q text, also text[], langs text[], stems text[], lang text) returns setof search_doc language sql stable as $$
  select d.* from search_doc d where d.vector @@ ${TSQUERY('q', T)}
   order by ts_rank_cd(d.vector, ${TSQUERY('q', T, 'lang')}) desc, d.kind, d.sort_name, d.id $$;
create or replace function bench_search_facets(q text, also text[], langs text[], stems text[]) returns json language sql stable as $$
  with hits as materialized (select d.kind, d.themes, d.regions from search_doc d where d.vector @@ ${TSQUERY('q', T)})
  select json_build_object(
    'kind', (select coalesce(json_agg(json_build_object('value', v, 'count', n) order by n desc, v), '[]')
               from (select kind as v, count(*) as n from hits group by 1 order by 2 desc, 1 limit 10) x),
    'theme', (select coalesce(json_agg(json_build_object('value', v, 'count', n) order by n desc, v), '[]')
               from (select v, count(*) as n from hits, unnest(themes) v group by 1 order by 2 desc, 1 limit 30) x),
    'region', (select coalesce(json_agg(json_build_object('value', v, 'count', n) order by n desc, v), '[]')
               from (select v, count(*) as n from hits, unnest(regions) v group by 1 order by 2 desc, 1 limit 25) x)) $$;
`;

/** Opaque Relay id -> uuid. */
const uuid = (gid) => Buffer.from(gid, 'base64url').toString('utf8').split(':')[1];
const gidType = (gid) => Buffer.from(gid, 'base64url').toString('utf8').split(':')[0];
const gid = (type, id) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
const sorted = (a) => [...a].sort();
const gql = (query, variables = {}) => ({
  method: 'POST',
  path: '/graphql',
  body: JSON.stringify({ query, variables }),
});
const get = (path) => ({ method: 'GET', path });
const facetList = (f) => f.map((x) => `${x.value}:${x.count}`);

/** Picks the parameters (a project for W3, a municipality for W5) from the data. */
export async function pickParams(pool) {
  const w3 = await pool.query(`select p.id from project p
     where (select count(*) from deliverable_project dp where dp.project_id = p.id) between 5 and 100
     order by (select count(*) from participation x where x.project_id = p.id)
            + (select count(*) from "grant" x where x.project_id = p.id)
            + (select count(*) from service_use x where x.project_id = p.id) desc, p.id limit 1`);
  // A municipality of median activity: its 2-hop neighbourhood fills the 500-node limit.
  // At scale 100 every municipality takes part in hundreds of projects: then the least active one.
  const activity = `(select count(*) from participation x where x.organisation_id = o.id)`;
  let w5 = await pool.query(`select o.id, o.municipality_code from organisation o
     where o.municipality_code is not null and ${activity} between 1 and 100
     order by ${activity} desc, o.id limit 1 offset 20`);
  if (!w5.rows.length) {
    w5 = await pool.query(`select o.id, o.municipality_code from organisation o
       where o.municipality_code is not null and ${activity} > 0 order by ${activity}, o.id limit 1`);
  }
  return {
    project: w3.rows[0].id,
    municipality: w5.rows[0].id,
    municipalityCode: w5.rows[0].municipality_code,
    apiKey: await benchApiKey(pool, w3.rows[0].id),
  };
}

/** A WRITE API key of the W3 project's lead organisation (W4 writes with it), made in the database. */
async function benchApiKey(pool, projectId) {
  const alnum = (n) =>
    randomBytes(n * 2)
      .toString('base64')
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(0, n);
  const key = `kg_${alnum(8)}_${alnum(40)}`;
  const org = await pool.query(
    `select organisation_id from participation where project_id = $1 order by role <> 'LEAD_APPLICANT', id limit 1`,
    [projectId],
  );
  const user = await pool.query(
    `insert into app_user (id, email, display_name, password_hash) values (gen_random_uuid(), 'bench@bench.invalid', 'Bench', '!')
     on conflict (email) do update set display_name = excluded.display_name returning id`,
  );
  await pool.query(
    `insert into api_key (id, organisation_id, created_by_id, name, prefix, hash, scopes) values (gen_random_uuid(), $1, $2, 'bench W4', $3, $4, '{READ,WRITE}')`,
    [org.rows[0].organisation_id, user.rows[0].id, key.slice(0, 11), createHash('sha256').update(key).digest('hex')],
  );
  return key;
}

/** Removes what W4 wrote, so every run starts from the same data. */
export async function removeBenchWrites(pool) {
  await pool.query(`delete from audit_event where node_id in (select id from deliverable where title->>'fi' = $1)`, [
    W4_TITLE,
  ]);
  await pool.query(`delete from deliverable where title->>'fi' = $1`, [W4_TITLE]);
}

const W1 = {
  name: 'W1 nested listing',
  kg: () =>
    gql(
      `{ projects(first: 50) { nodes { slug participants(first: 100) { nodes { organisation { slug } } } deliverables(first: 5) { nodes { id } } } } }`,
    ),
  raw: () => get('/w1'),
  pgl: () =>
    gql(
      `{ allProjects(first: 50, orderBy: [SORT_NAME_ASC, ROW_ID_ASC]) { nodes { slug participationsByProjectId { nodes { organisationByOrganisationId { slug } } } latestDeliverables { nodes { rowId } } } } }`,
    ),
  norm: {
    kg: (r) =>
      r.data.projects.nodes.map((p) => ({
        slug: p.slug,
        orgs: sorted(p.participants.nodes.map((x) => x.organisation.slug)),
        dels: sorted(p.deliverables.nodes.map((d) => uuid(d.id))),
      })),
    raw: (r) => r.map((p) => ({ slug: p.slug, orgs: sorted(p.orgs), dels: sorted(p.dels) })),
    pgl: (r) =>
      r.data.allProjects.nodes.map((p) => ({
        slug: p.slug,
        orgs: sorted(p.participationsByProjectId.nodes.map((x) => x.organisationByOrganisationId.slug)),
        dels: sorted(p.latestDeliverables.nodes.map((d) => d.rowId)),
      })),
  },
};

/** The text search configuration of each search language (search.queries.ts). */
export const HEADLINE_CONFIG = { fi: 'finnish', sv: 'swedish', en: 'english' };

/**
 * W2 for one word. `also` is what the API's thesaurus adds to it (checked in the answer), which the
 * peers search for too; `langs` their languages and `stems` the prefixes of the concept's one-word terms
 * (search.thesaurus.ts inflectionPrefixes), which the verification of equal answers checks.
 */
const w2 = (term, lang, label, { also, langs, stems }) => ({
  name: `W2 search "${term}" (${lang}, ${label})`,
  kg: () =>
    gql(
      `query($q: String!, $lang: Lang) { search(query: $q, lang: $lang, first: 20) { totalCount totalCountIsExact facetsAreExact synonyms { synonyms } nodes { kind score node { id } } facets { kind { value count } theme { value count } region { value count } } } }`,
      { q: term, lang },
    ),
  raw: () =>
    get(
      `/w2?q=${encodeURIComponent(term)}&lang=${lang}&thesaurus=${encodeURIComponent(JSON.stringify({ also, langs: langs.map((l) => HEADLINE_CONFIG[l]), stems }))}`,
    ),
  pgl: () =>
    gql(
      `query($q: String!, $also: [String]!, $langs: [String]!, $stems: [String]!, $lang: String!) { bench_search_hits: benchSearchHits(q: $q, also: $also, langs: $langs, stems: $stems, lang: $lang, first: 20) { totalCount nodes { kind rowId } } benchSearchFacets(q: $q, also: $also, langs: $langs, stems: $stems) }`,
      { q: term, also, langs: langs.map((l) => HEADLINE_CONFIG[l]), stems, lang: HEADLINE_CONFIG[lang] },
    ),
  norm: {
    kg: (r) => {
      const s = r.data.search;
      return {
        also: s.synonyms.flatMap((x) => x.synonyms),
        total: s.totalCount,
        hits: s.nodes.map((h) => `${h.kind}:${uuid(h.node.id)}`),
        kind: facetList(s.facets.kind),
        theme: facetList(s.facets.theme),
        region: facetList(s.facets.region),
        // A common word over the API's cap: a bounded candidate set, counts are lower bounds.
        ...(s.totalCountIsExact && s.facetsAreExact ? {} : { capped: true }),
      };
    },
    raw: (r) => ({
      also,
      total: r.total,
      hits: r.hits.map((h) => `${h.kind}:${h.id}`),
      kind: facetList(r.kind),
      theme: facetList(r.theme),
      region: facetList(r.region),
    }),
    pgl: (r) => {
      const h = r.data.bench_search_hits;
      const f =
        typeof r.data.benchSearchFacets === 'string' ? JSON.parse(r.data.benchSearchFacets) : r.data.benchSearchFacets;
      return {
        also,
        total: h.totalCount,
        hits: h.nodes.map((x) => `${x.kind}:${x.rowId}`),
        kind: facetList(f.kind),
        theme: facetList(f.theme),
        region: facetList(f.region),
      };
    },
  },
});

/**
 * W2 when the API capped a common word (server/src/modules/search/search.queries.ts SEARCH_CAP):
 * its answer cannot equal the exact one, so it is checked as bounds of it — a full page, total
 * and every facet count no larger than the exact ones. Returns the first violation, or null.
 */
export function w2Bounds(kg, exact) {
  if (JSON.stringify(kg.also) !== JSON.stringify(exact.also)) return `synonyms: ${kg.also} vs ${exact.also}`;
  if (kg.hits.length !== Math.min(20, exact.total)) return `hits: ${kg.hits.length} vs ${exact.hits.length}`;
  if (kg.total > exact.total) return `total: ${kg.total} > ${exact.total}`;
  for (const facet of ['kind', 'theme', 'region']) {
    const counts = Object.fromEntries(exact[facet].map((x) => x.split(':')));
    for (const x of kg[facet]) {
      const [v, n] = x.split(':');
      // Values outside the exact top list are not comparable.
      if (v in counts && Number(n) > Number(counts[v])) return `${facet}.${v}: ${n} > ${counts[v]}`;
    }
  }
  return null;
}

const W3 = {
  name: 'W3 project by id + neighbours',
  kg: (p) =>
    gql(
      `query($id: ID!) { project(id: $id) { slug participants(first: 100) { nodes { role organisation { slug } } } grants { ordinal status call { year } } serviceUses(first: 100) { nodes { relation service { slug } } } deliverables(first: 100) { nodes { id kind } } } }`,
      { id: gid('Project', p.project) },
    ),
  raw: (p) => get(`/w3?id=${p.project}`),
  pgl: (p) =>
    gql(
      `query($id: UUID!) { projectByRowId(rowId: $id) { slug participationsByProjectId { nodes { role organisationByOrganisationId { slug } } } grantsByProjectId { nodes { ordinal status fundingCallByCallId { year } } } serviceUsesByProjectId { nodes { relation nationalServiceByServiceId { slug } } } deliverableProjectsByProjectId { nodes { deliverableByDeliverableId { rowId kind } } } } }`,
      { id: p.project },
    ),
  norm: {
    kg: ({ data: { project: p } }) => ({
      slug: p.slug,
      participants: sorted(p.participants.nodes.map((x) => `${x.role}:${x.organisation.slug}`)),
      grants: sorted(p.grants.map((g) => `${g.ordinal}:${g.status}:${g.call.year}`)),
      serviceUses: sorted(p.serviceUses.nodes.map((s) => `${s.relation}:${s.service.slug}`)),
      deliverables: sorted(p.deliverables.nodes.map((d) => `${uuid(d.id)}:${d.kind}`)),
    }),
    raw: (p) => ({
      slug: p.slug,
      participants: sorted(p.participants.map((x) => `${x.role}:${x.org}`)),
      grants: sorted(p.grants.map((g) => `${g.ordinal}:${g.status}:${g.year}`)),
      serviceUses: sorted(p.serviceUses.map((s) => `${s.relation}:${s.service}`)),
      deliverables: sorted(p.deliverables.map((d) => `${d.id}:${d.kind}`)),
    }),
    pgl: ({ data: { projectByRowId: p } }) => ({
      slug: p.slug,
      participants: sorted(
        p.participationsByProjectId.nodes.map((x) => `${x.role}:${x.organisationByOrganisationId.slug}`),
      ),
      grants: sorted(p.grantsByProjectId.nodes.map((g) => `${g.ordinal}:${g.status}:${g.fundingCallByCallId.year}`)),
      serviceUses: sorted(
        p.serviceUsesByProjectId.nodes.map((s) => `${s.relation}:${s.nationalServiceByServiceId.slug}`),
      ),
      deliverables: sorted(
        p.deliverableProjectsByProjectId.nodes.map(
          (d) => `${d.deliverableByDeliverableId.rowId}:${d.deliverableByDeliverableId.kind}`,
        ),
      ),
    }),
  },
};

// W5: PostGraphile has no bounded walk; it gets the closest nested read (2 hops of the main
// relations, unbounded), and is verified on the part both share: the hop-1 projects.
const W5 = {
  name: 'W5 neighbourhood 2 hops',
  kg: (p) =>
    gql(
      `query($id: ID!) { neighbourhood(node: $id, hops: 2, limit: 500) { truncated nodes { id typename hops } edges { source target type } } }`,
      { id: gid('Organisation', p.municipality) },
    ),
  raw: (p) => get(`/w5?id=${p.municipality}`),
  pgl: (p) =>
    gql(
      `query($id: UUID!) { organisationByRowId(rowId: $id) { rowId regionByRegionId { rowId }
      participationsByOrganisationId { nodes { projectByProjectId { rowId
        participationsByProjectId { nodes { organisationId } } grantsByProjectId { nodes { rowId } }
        deliverableProjectsByProjectId { nodes { deliverableId } } serviceUsesByProjectId { nodes { serviceId } }
        projectSpecificationsByProjectId { nodes { specificationId } } } } }
      grantsByLeadApplicantId { nodes { rowId callId projectId } }
      adoptionsByOrganisationId { nodes { deliverableId } } } }`,
      { id: p.municipality },
    ),
  norm: {
    kg: ({ data: { neighbourhood: n } }) => ({
      truncated: n.truncated,
      nodes: sorted(n.nodes.map((x) => `${x.typename}:${uuid(x.id)}:${x.hops}`)),
      edges: n.edges.length,
    }),
    raw: (r) => ({
      truncated: r.reached > 500,
      nodes: sorted(r.nodes.map(([k, id, hop]) => `${k}:${id}:${hop}`)),
      edges: r.edges.length,
    }),
    pgl: ({ data: { organisationByRowId: o } }) => ({
      hop1Projects: sorted(new Set(o.participationsByOrganisationId.nodes.map((x) => x.projectByProjectId.rowId))),
    }),
  },
  /** PostGraphile is compared on the hop-1 projects only. */
  projectNote: 'hop-1 projects only',
  project: {
    pgl: (kgNorm) => ({
      hop1Projects: kgNorm.nodes
        .filter((s) => s.startsWith('Project:') && s.endsWith(':1'))
        .map((s) => s.split(':')[1])
        .sort(),
    }),
  },
};

// W4: one write: a deliverable of a project, its project link and the audit row, in one
// transaction. Kuntagraph authenticates with a WRITE API key of the project's lead organisation.
export const W4_TITLE = 'Bench-kirjoitus';
const W4 = {
  name: 'W4 write (create deliverable + audit)',
  write: true,
  kg: (p) => ({
    ...gql(`mutation($input: CreateDeliverableInput!) { createDeliverable(input: $input) { kind title { text } } }`, {
      input: { project: gid('Project', p.project), kind: 'REPORT', title: { fi: W4_TITLE } },
    }),
    headers: { authorization: `Bearer ${p.apiKey}` },
  }),
  raw: (p) => ({
    method: 'POST',
    path: '/w4',
    body: JSON.stringify({ project: p.project, kind: 'REPORT', title: { fi: W4_TITLE } }),
  }),
  pgl: (p) =>
    gql(
      `mutation($project: UUID!, $title: JSON!) { benchCreateDeliverable(input: { project: $project, title: $title, kind: "REPORT" }) { result { kind title } } }`,
      { project: p.project, title: { fi: W4_TITLE } },
    ),
  norm: {
    kg: ({ data: { createDeliverable: d } }) => ({ kind: d.kind, title: d.title.text }),
    raw: (r) => ({ kind: r.kind, title: r.title.fi }),
    pgl: ({
      data: {
        benchCreateDeliverable: { result: d },
      },
    }) => ({ kind: d.kind, title: d.title.fi }),
  },
};

export const WORKLOADS = [
  { id: 'W1', ...W1 },
  {
    id: 'W2a',
    ...w2('pistepilvi', 'fi', 'rare', {
      also: ['punktmoln', 'point cloud'],
      langs: ['sv', 'en'],
      stems: ['pistepil', 'punktmo', 'poin clou'],
    }),
  },
  {
    id: 'W2b',
    ...w2('digitalisaatio', 'fi', 'common', {
      also: ['digitalisointi', 'digitalisering', 'digitalisation', 'digitalization'],
      langs: ['fi', 'sv', 'en', 'en'],
      stems: ['digitalisaat', 'digitalisoin', 'digitaliseri', 'digitalisati', 'digitalizati'],
    }),
  },
  {
    id: 'W2c',
    ...w2('detaljplan', 'sv', 'sv', {
      also: ['asemakaava', 'detailed plan'],
      langs: ['fi', 'en'],
      stems: ['asemakaa', 'detaljpl', 'detai plan'],
    }),
  },
  { id: 'W3', ...W3 },
  { id: 'W4', ...W4 },
  { id: 'W5', ...W5 },
];
export { gidType };
