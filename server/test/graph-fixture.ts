import type { MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { toGlobalId } from '../src/graphql/global-id.js';

/** Real organisations and reference rows the contribution fixtures hang on. */
export interface Anchors {
  org: Record<'helsinki' | 'turku' | 'espoo' | 'tampere', string>;
  serviceId: string;
  specId: string;
}

export async function loadAnchors(orm: MikroORM): Promise<Anchors> {
  const sql = <T>(text: string, params: unknown[] = []) => orm.em.getConnection().execute<T[]>(text, params);
  const org = {} as Anchors['org'];
  const codesByName = { helsinki: '091', turku: '853', espoo: '049', tampere: '837' } as const;
  for (const [name, code] of Object.entries(codesByName)) {
    org[name as keyof Anchors['org']] = (
      await sql<{ id: string }>(`select id from organisation where municipality_code = ?`, [code])
    )[0].id;
  }
  const serviceId = (await sql<{ id: string }>(`select id from national_service order by slug limit 1`))[0].id;
  const specId = (await sql<{ id: string }>(`select id from specification order by slug limit 1`))[0].id;
  return { org, serviceId, specId };
}

/** A project led by Helsinki with Espoo as partner, a deliverable with a release, a claim by Turku and more. */
export async function fixture(orm: MikroORM, { org, serviceId, specId }: Anchors) {
  const sql = (text: string, params: unknown[] = []) => orm.em.getConnection().execute(text, params);
  const tag = randomUUID().slice(0, 8);
  const p = randomUUID();
  const q = randomUUID();
  const d = randomUUID();
  const r = randomUUID();
  const a = randomUUID();
  const lesson = randomUUID();
  const use = randomUUID();
  // A vendor recorded twice (as sources spell it differently): the case for merging duplicates.
  const vendor = randomUUID();
  const vendorDup = randomUUID();
  await sql(
    `insert into organisation (id, slug, kind, name, aliases) values (?, ?, 'COMPANY', ?, '{}'), (?, ?, 'COMPANY', ?, '{}')`,
    [
      vendor,
      `vendor-${tag}`,
      JSON.stringify({ fi: `Toimittaja ${tag} Oy` }),
      vendorDup,
      `vendor-${tag}-dup`,
      JSON.stringify({ fi: `Toimittaja ${tag}` }),
    ],
  );
  for (const [id, slug] of [
    [p, `matrix-${tag}`],
    [q, `matrix-${tag}-q`],
  ]) {
    await sql(`insert into project (id, slug, name, status) values (?, ?, ?, 'ONGOING')`, [
      id,
      slug,
      JSON.stringify({ fi: `Hanke ${slug}` }),
    ]);
  }
  await sql(
    `insert into participation (id, project_id, organisation_id, role) values (?, ?, ?, 'LEAD_APPLICANT'), (?, ?, ?, 'PARTNER')`,
    [randomUUID(), p, org.helsinki, randomUUID(), p, org.espoo],
  );
  await sql(`insert into deliverable (id, kind, title) values (?, 'GUIDELINE', ?)`, [
    d,
    JSON.stringify({ fi: `Ohje ${tag}` }),
  ]);
  await sql(`insert into participation (id, project_id, organisation_id, role) values (?, ?, ?, 'SOFTWARE_VENDOR')`, [
    randomUUID(),
    p,
    vendorDup,
  ]);
  await sql(`update deliverable set publisher_id = ? where id = ?`, [vendorDup, d]);
  await sql(`insert into deliverable_project (id, deliverable_id, project_id) values (?, ?, ?)`, [randomUUID(), d, p]);
  await sql(`insert into release (id, deliverable_id, version) values (?, ?, '1.0')`, [r, d]);
  await sql(
    `insert into adoption (id, organisation_id, deliverable_id, status, verification, declared_by, evidence_urls)
     values (?, ?, ?, 'PILOTING', 'CLAIMED', ?, '{https://www.turku.fi/uutiset}')`,
    [a, org.turku, d, randomUUID()],
  );
  await sql(`insert into project_link (id, from_id, to_id, relation) values (?, ?, ?, 'CONTINUES')`, [
    randomUUID(),
    p,
    q,
  ]);
  await sql(`insert into lesson_learned (id, project_id, category, text) values (?, ?, 'PROCUREMENT', ?)`, [
    lesson,
    p,
    JSON.stringify({ fi: 'Opittua' }),
  ]);
  await sql(`insert into service_use (id, project_id, service_id, relation) values (?, ?, ?, 'AUTHENTICATES_WITH')`, [
    use,
    p,
    serviceId,
  ]);
  await sql(
    `insert into project_specification (id, project_id, specification_id, relation) values (?, ?, ?, 'APPLIED')`,
    [randomUUID(), p, specId],
  );
  return {
    uuid: { p, q, d, r, a, vendor, vendorDup },
    vendor: toGlobalId('Organisation', vendor),
    vendorDup: toGlobalId('Organisation', vendorDup),
    project: toGlobalId('Project', p),
    other: toGlobalId('Project', q),
    deliverable: toGlobalId('Deliverable', d),
    release: toGlobalId('Release', r),
    adoption: toGlobalId('Adoption', a),
    lesson: toGlobalId('LessonLearned', lesson),
    serviceUse: toGlobalId('ServiceUse', use),
  };
}
export type Fixture = Awaited<ReturnType<typeof fixture>>;

const TABLES = [
  'project',
  'participation',
  'project_link',
  'lesson_learned',
  'service_use',
  'project_specification',
  'deliverable',
  'deliverable_project',
  'conformance',
  'release',
  'adoption',
  'membership',
  'invitation',
  'audit_event',
  'idempotency_key',
  'search_concept',
];

/** A digest of every row of the graph's tables: equal digests mean nothing changed. */
export async function digest(orm: MikroORM): Promise<Record<string, string>> {
  const parts = TABLES.map(
    (t) => `(select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) from ${t} x) as ${t}`,
  );
  return (await orm.em.getConnection().execute<Record<string, string>[]>(`select ${parts.join(', ')}`))[0];
}
