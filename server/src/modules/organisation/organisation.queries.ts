import type { ViewSpec } from '../../graphql/loaders.js';
import { pgArray } from '../../graphql/loaders.js';
import type { ListQuery } from '../../graphql/keyset.js';
import type { OrganisationFilter } from './organisation.types.js';

export const ORGANISATION: ViewSpec = {
  typename: 'Organisation',
  from: 'organisation t',
  columns: `t.id as uuid, t.slug, t.kind, t.name as "nameTranslations", t.municipality_code as "municipalityCode",
    t.business_id as "businessId", t.population, t.language_status as "languageStatus", t.website,
    case when t.lat is null then null else json_build_object('lat', t.lat, 'lon', t.lon) end as location,
    t.aliases, t.provenance, t.version, t.region_id as "regionId", t.parent_id as "parentId",
    t.member_of_id as "memberOfId", t.successor_of_id as "successorOfId"`,
};

/** Alphabetical by the Finnish (else Swedish) name. */
export const ORGANISATION_ORDER = `lower(coalesce(t.name->>'fi', t.name->>'sv', t.name->>'en', t.slug))`;

/** SQL conditions of an organisation filter. */
export function organisationFilter(f: OrganisationFilter | undefined | null): Pick<ListQuery, 'where' | 'params'> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f?.kind?.length) {
    where.push('t.kind = any(?::text[])');
    params.push(pgArray(f.kind));
  }
  if (f?.region?.length) {
    where.push('t.region_id in (select id from region where code = any(?::text[]))');
    params.push(pgArray(f.region));
  }
  if (f?.languageStatus?.length) {
    where.push('t.language_status = any(?::text[])');
    params.push(pgArray(f.languageStatus));
  }
  if (f?.populationMin != null) {
    where.push('t.population >= ?');
    params.push(f.populationMin);
  }
  if (f?.populationMax != null) {
    where.push('t.population <= ?');
    params.push(f.populationMax);
  }
  return { where, params };
}
