import { Conditions, filterIds } from '../../graphql/conditions.js';
import type { ListQuery } from '../../graphql/keyset.js';
import { registerDetails, type ViewSpec } from '../../graphql/loaders.js';
import { DeliverableOrder, type DeliverableFilter } from './deliverable.types.js';
import { ORGANISATION } from '../organisation/organisation.queries.js';

export const DELIVERABLE: ViewSpec = {
  typename: 'Deliverable',
  from: 'deliverable t',
  columns: `t.id as uuid, t.kind, t.title as "titleTranslations", t.licence, t.languages, t.platforms, t.development_status as "developmentStatus",
    t.maintenance_type as "maintenanceType", t.maintenance_until::text as "maintenanceUntil",
    t.landing_url as "landingUrl", t.repository_url as "repositoryUrl", t.documentation_url as "documentationUrl",
    t.published_at::text as "publishedAt", to_char(t.last_verified_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "lastVerifiedAt",
    t.version, t.publisher_id as "publisherId", t.derived_from_id as "derivedFromId"`,
  embeds: { publisher: { view: () => ORGANISATION, fk: 't.publisher_id' } },
  needs: {
    publiccodeMissing: [
      'kind',
      'licence',
      'languages',
      'platforms',
      'maintenanceType',
      'maintenanceUntil',
      'repositoryUrl',
      'developmentStatus',
    ],
  },
};

registerDetails('Deliverable', {
  from: 'deliverable t',
  columns: `t.short_description as "shortDescriptionTranslations", t.description as "descriptionTranslations", t.keywords,
    t.contacts, t.provenance`,
  fields: ['shortDescriptionTranslations', 'descriptionTranslations', 'keywords', 'contacts', 'provenance'],
  needs: { publiccodeMissing: ['shortDescriptionTranslations', 'descriptionTranslations', 'keywords', 'contacts'] },
});

export const RELEASE: ViewSpec = {
  typename: 'Release',
  from: 'release t',
  columns: `t.id as uuid, t.version, t.released_at::text as "releasedAt", t.notes as "notesTranslations", t.links,
    t.deliverable_id as "deliverableId"`,
};

export const FILE: ViewSpec = {
  typename: 'File',
  from: 'file t',
  columns: `t.id as uuid, t.filename, t.media_type as "mediaType", t.byte_size::float8 as "byteSize", t.sha256,
    to_char(t.uploaded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "uploadedAt",
    '/api/files/' || t.id as "downloadUrl", t.release_id as "releaseId"`,
};

/** Newest first; undated last. */
export const RECENT_ORDER = `coalesce(t.published_at, '0001-01-01'::date)`;

export const DELIVERABLE_ORDER: Record<DeliverableOrder, { expr: string; direction: 'asc' | 'desc' }> = {
  [DeliverableOrder.RECENT]: { expr: RECENT_ORDER, direction: 'desc' },
  [DeliverableOrder.TITLE]: {
    expr: `lower(coalesce(t.title->>'fi', t.title->>'sv', t.title->>'en', ''))`,
    direction: 'asc',
  },
};

/** SQL conditions for a deliverable filter. */
export function deliverableFilter(f: DeliverableFilter | null | undefined): Pick<ListQuery, 'where' | 'params'> {
  const c = new Conditions();
  if (!f) return c.build();
  return c
    .anyOf(f.kind, 't.kind = any(?::text[])')
    .anyOf(f.licence, 't.licence = any(?::text[])')
    .anyOf(f.developmentStatus, 't.development_status = any(?::text[])')
    .anyOf(f.language, 't.languages && ?::text[]')
    .anyOf(filterIds(f.publisher, 'publisher', 'Organisation'), 't.publisher_id = any(?::uuid[])')
    .anyOf(
      filterIds(f.project, 'project', 'Project'),
      'exists (select 1 from deliverable_project dp where dp.deliverable_id = t.id and dp.project_id = any(?::uuid[]))',
    )
    .anyOf(
      f.specification,
      'exists (select 1 from conformance c join specification s on s.id = c.specification_id where c.deliverable_id = t.id and s.slug = any(?::text[]))',
    )
    .anyOf(
      f.nationalService,
      'exists (select 1 from service_use su join national_service s on s.id = su.service_id where su.deliverable_id = t.id and s.slug = any(?::text[]))',
    )
    .build();
}
