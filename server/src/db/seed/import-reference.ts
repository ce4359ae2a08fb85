import type { EntityManager } from '@mikro-orm/postgresql';
import { readNationalServices, readSpecifications } from './import-catalogue.js';
import { readFunding } from './import-funding.js';
import { readGeography } from './import-geography.js';
import { readPartialRounds } from './import-partial-rounds.js';
import { emptyTables, readProjects2021 } from './import-projects-2021.js';
import { OrganisationRegistry } from './organisations.js';
import { upsertRows, type Row } from './upsert.js';

const ORGANISATION_DEFAULTS: Row = {
  municipality_code: null,
  business_id: null,
  region_id: null,
  population: null,
  language_status: null,
  lat: null,
  lon: null,
  aliases: [],
};

/** Same columns in every row: what a source does not give stays empty. */
function organisationRow(r: Row): Row {
  const { id, slug, kind, name, provenance, ...rest } = r;
  return { id, slug, kind, name, ...ORGANISATION_DEFAULTS, ...rest, provenance };
}

function dedupe(rows: Row[]): Row[] {
  const seen = new Map<unknown, Row>();
  for (const r of rows) if (!seen.has(r.id)) seen.set(r.id, r);
  return [...seen.values()];
}

export interface ImportReport {
  /** Rows inserted or changed, per table; all zero on a second run. */
  changed: Record<string, number>;
}

/**
 * Imports the real reference data (server/src/db/seed/data, copied from shared/data) in one
 * transaction. Keys are natural (municipality code, slugs) and ids derive from them; a row that
 * is already equal is not touched, so running it twice changes nothing.
 */
export async function importReferenceData(em: EntityManager): Promise<ImportReport> {
  const orgs = new OrganisationRegistry();
  const geo = readGeography();
  const { programme, calls } = readFunding(orgs);
  const services = readNationalServices(orgs);
  const specifications = readSpecifications(orgs);
  const tables = emptyTables();
  readProjects2021(orgs, geo.byCode, geo.byName, tables);
  readPartialRounds(geo.byName, tables);

  const steps: Array<[string, Row[], string[]]> = [
    ['region', geo.regions, ['name', 'provenance']],
    ['organisation', [...geo.municipalities, ...orgs.toRows()].map(organisationRow), ['name', 'provenance']],
    ['funding_programme', [programme], ['name', 'provenance']],
    ['funding_call', calls, ['name', 'provenance']],
    ['national_service', services, ['name', 'provider_text', 'description', 'provenance']],
    ['specification', specifications, ['name', 'maintainer_text', 'description', 'provenance']],
    ['project', tables.projects, ['name', 'summary', 'description', 'contacts', 'outcomes', 'provenance']],
    ['participation', tables.participations, ['contribution', 'provenance']],
    ['grant', tables.grants, ['provenance']],
    ['deliverable', tables.deliverables, ['title', 'short_description', 'description', 'provenance']],
    ['deliverable_project', tables.deliverableProjects, ['provenance']],
    ['service_use', tables.serviceUses, ['description', 'provenance']],
    ['project_specification', tables.projectSpecifications, ['provenance']],
    ['lesson_learned', tables.lessons, ['text', 'mitigation', 'provenance']],
  ];
  const changed: Record<string, number> = {};
  await em.transactional(async (tx) => {
    for (const [table, rows, json] of steps) changed[table] = await upsertRows(tx, table, dedupe(rows), json);
  });
  return { changed };
}

/** True when the database holds no reference data yet (a fresh install). */
export async function isEmpty(em: EntityManager): Promise<boolean> {
  const rows = await em.getConnection().execute<{ n: number }[]>('select count(*)::int as n from region');
  return rows[0].n === 0;
}
