import { registerDetails, type ViewSpec } from '../../graphql/loaders.js';
import { Conditions } from '../../graphql/conditions.js';
import { NAME_ORDER, type ListQuery } from '../../graphql/keyset.js';
import type { OrganisationFilter } from './organisation.types.js';

export const ORGANISATION: ViewSpec = {
  typename: 'Organisation',
  from: 'organisation t',
  columns: `t.id as uuid, t.slug, t.kind, t.name as "nameTranslations", t.municipality_code as "municipalityCode",
    t.business_id as "businessId", t.population, t.language_status as "languageStatus", t.website,
    case when t.lat is null then null else json_build_object('lat', t.lat, 'lon', t.lon) end as location,
    t.aliases, t.version, t.region_id as "regionId", t.parent_id as "parentId",
    t.member_of_id as "memberOfId", t.successor_of_id as "successorOfId"`,
};

registerDetails('Organisation', { from: 'organisation t', columns: 't.provenance', fields: ['provenance'] });

/** Alphabetical by the Finnish (else Swedish) name. */
export const ORGANISATION_ORDER = NAME_ORDER;

/** SQL conditions of an organisation filter. */
export function organisationFilter(f: OrganisationFilter | undefined | null): Pick<ListQuery, 'where' | 'params'> {
  return new Conditions()
    .anyOf(f?.kind, 't.kind = any(?::text[])')
    .anyOf(f?.region, 't.region_id in (select id from region where code = any(?::text[]))')
    .anyOf(f?.languageStatus, 't.language_status = any(?::text[])')
    .value(f?.populationMin, 't.population >= ?')
    .value(f?.populationMax, 't.population <= ?')
    .build();
}
