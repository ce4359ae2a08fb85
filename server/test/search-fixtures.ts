import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { upsertRows } from '../src/db/seed/upsert.js';

type Text = Partial<Record<'fi' | 'sv' | 'en', string>>;

/** A fixture project for the search tests, led by one organisation. */
export interface FixtureProject {
  id: string;
  slug: string;
  name: Text;
  summary?: Text;
  description?: Text;
  lead: string;
}

/** Writes the projects (theme BUILT_ENVIRONMENT, ongoing) and their lead applicants. */
export async function insertLedProjects(
  em: EntityManager,
  projects: readonly FixtureProject[],
  provenance: unknown,
): Promise<void> {
  await upsertRows(
    em,
    'project',
    projects.map((p) => ({
      id: p.id,
      slug: p.slug,
      name: p.name,
      summary: p.summary ?? {},
      description: p.description ?? {},
      themes: ['BUILT_ENVIRONMENT'],
      status: 'ONGOING',
      provenance,
    })),
    ['name', 'summary', 'description', 'provenance'],
  );
  await upsertRows(
    em,
    'participation',
    projects.map((p) => ({
      id: randomUUID(),
      project_id: p.id,
      organisation_id: p.lead,
      role: 'LEAD_APPLICANT',
      provenance,
    })),
    ['provenance'],
  );
}
