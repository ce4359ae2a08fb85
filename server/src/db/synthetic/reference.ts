import { LanguageStatus, OrganisationKind } from '../../domain/enums.js';
import type { LocalizedText } from '../../domain/localized.js';
import type { SqlClient } from './pg.js';

export interface Municipality {
  id: string;
  code: string;
  name: LocalizedText;
  regionCode: string;
  population: number;
  /** Swedish-speaking or Swedish-majority: such leads write in Swedish first. */
  swedish: boolean;
}

export interface OtherOrganisation {
  id: string;
  slug: string;
  kind: OrganisationKind;
  name: LocalizedText;
}

export interface Hub {
  id: string;
  slug: string;
  kind: string;
  name: LocalizedText;
}

/** The real reference rows the synthetic data links to. */
export interface Reference {
  municipalities: Municipality[];
  others: OtherOrganisation[];
  regions: Map<string, { id: string; name: LocalizedText }>;
  services: Hub[];
  specifications: Hub[];
}

const SYNTHETIC = `'[{"status":"SYNTHETIC"}]'::jsonb`;

/**
 * Reads the reference data in a fixed order (by natural key), because the generator's draws
 * depend on list positions and the same seed must give the same rows.
 */
export async function loadReference(client: SqlClient): Promise<Reference> {
  const municipalities = (
    await client.query<{
      id: string;
      code: string;
      name: LocalizedText;
      region_code: string;
      population: number | null;
      language_status: string | null;
    }>(
      `select o.id, o.municipality_code as code, o.name, r.code as region_code, o.population, o.language_status
         from organisation o join region r on r.id = o.region_id
        where o.kind = 'MUNICIPALITY' and not o.provenance @> ${SYNTHETIC}
        order by o.municipality_code`,
    )
  ).rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    regionCode: r.region_code,
    population: r.population ?? 1000,
    swedish:
      r.language_status === LanguageStatus.SWEDISH || r.language_status === LanguageStatus.BILINGUAL_SWEDISH_MAJORITY,
  }));
  const others = (
    await client.query<OtherOrganisation>(
      `select id, slug, kind, name from organisation
        where kind <> 'MUNICIPALITY' and not provenance @> ${SYNTHETIC} order by slug`,
    )
  ).rows;
  const regions = new Map(
    (
      await client.query<{ id: string; code: string; name: LocalizedText }>(
        'select id, code, name from region order by code',
      )
    ).rows.map((r) => [r.code, { id: r.id, name: r.name }] as const),
  );
  const hubs = async (table: string) =>
    (
      await client.query<Hub>(
        `select id, slug, kind, name from ${table} where not provenance @> ${SYNTHETIC} order by slug`,
      )
    ).rows;
  const reference = {
    municipalities,
    others,
    regions,
    services: await hubs('national_service'),
    specifications: await hubs('specification'),
  };
  if (municipalities.length === 0 || reference.services.length === 0 || reference.specifications.length === 0) {
    throw new Error('The reference data is missing: import it first (importReferenceData / npm run seed).');
  }
  return reference;
}
