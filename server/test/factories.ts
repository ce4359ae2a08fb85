import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { upsertRows, type Row } from '../src/db/seed/upsert.js';

const SYNTHETIC = [{ status: 'SYNTHETIC', note: 'test fixture' }];
const RELATIONS = ['AUTHENTICATES_WITH', 'NOTIFIES_VIA', 'PAYS_WITH', 'EXCHANGES_DATA_VIA', 'PUBLISHES_TO'];

/**
 * Projects whose every child list is non-empty (QUALITY.md: at least three children of each
 * kind), built on the real reference data: participants are real municipalities, services real.
 */
export async function createProjects(em: EntityManager, count: number, children = 3): Promise<string[]> {
  const conn = em.getConnection();
  const orgs = (
    await conn.execute<{ id: string }[]>(
      `select id from organisation where kind = 'MUNICIPALITY' order by municipality_code limit 50`,
    )
  ).map((r) => r.id);
  const services = (await conn.execute<{ id: string }[]>('select id from national_service order by slug')).map(
    (r) => r.id,
  );
  const tag = randomUUID().slice(0, 8);
  const projects: Row[] = [];
  const participations: Row[] = [];
  const uses: Row[] = [];
  const deliverables: Row[] = [];
  const links: Row[] = [];
  const adoptions: Row[] = [];
  for (let i = 0; i < count; i++) {
    const id = randomUUID();
    projects.push({
      id,
      slug: `fixture-${tag}-${String(i).padStart(4, '0')}`,
      name: { fi: `Testihanke ${tag} ${i}`, sv: `Testprojekt ${i}` },
      themes: ['BUILT_ENVIRONMENT'],
      status: 'ONGOING',
      provenance: SYNTHETIC,
    });
    for (let c = 0; c < children; c++) {
      participations.push({
        id: randomUUID(),
        project_id: id,
        organisation_id: orgs[(i + c) % 25],
        role: c === 0 ? 'LEAD_APPLICANT' : 'PARTNER',
        provenance: SYNTHETIC,
      });
      uses.push({
        id: randomUUID(),
        project_id: id,
        deliverable_id: null,
        service_id: services[(i + c) % services.length],
        relation: RELATIONS[c % RELATIONS.length],
        provenance: SYNTHETIC,
      });
      const d = randomUUID();
      deliverables.push({
        id: d,
        kind: 'GUIDELINE',
        title: { fi: `Ohje ${i}.${c}` },
        publisher_id: orgs[i % 25],
        published_at: `2023-0${1 + c}-15`,
        provenance: SYNTHETIC,
      });
      links.push({ id: randomUUID(), deliverable_id: d, project_id: id, provenance: SYNTHETIC });
      // Adopters are other municipalities than participants, so no loader cache hides a statement.
      adoptions.push({
        id: randomUUID(),
        organisation_id: orgs[25 + ((i + c) % 25)],
        deliverable_id: d,
        status: 'IN_PRODUCTION',
        verification: 'VERIFIED',
        provenance: SYNTHETIC,
      });
    }
  }
  await upsertRows(em, 'project', projects, ['name', 'provenance']);
  await upsertRows(em, 'participation', participations, ['provenance']);
  await upsertRows(em, 'service_use', uses, ['provenance']);
  await upsertRows(em, 'deliverable', deliverables, ['title', 'provenance']);
  await upsertRows(em, 'deliverable_project', links, ['provenance']);
  await upsertRows(em, 'adoption', adoptions, ['provenance']);
  return projects.map((p) => p.id as string);
}
