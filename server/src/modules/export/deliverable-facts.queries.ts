import type { LocalizedText } from '../../domain/localized.js';
import type { Contact } from '../project/project.entity.js';
import type { SqlRun } from './export.http.js';

/** An organisation as exports name it: names and authoritative identifiers. */
export interface OrgFacts {
  id: string;
  name: LocalizedText;
  businessId: string | null;
  municipalityCode: string | null;
  website: string | null;
}

/** Everything an export says about one deliverable, read in one statement. */
export interface DeliverableFacts {
  id: string;
  kind: string;
  title: LocalizedText;
  shortDescription: LocalizedText;
  description: LocalizedText;
  keywords: string[];
  licence: string | null;
  languages: string[];
  platforms: string[];
  developmentStatus: string | null;
  maintenanceType: string | null;
  maintenanceUntil: string | null;
  contacts: Contact[];
  landingUrl: string | null;
  repositoryUrl: string | null;
  documentationUrl: string | null;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  publisher: OrgFacts | null;
  derivedFrom: { id: string; kind: string; repositoryUrl: string | null; landingUrl: string | null } | null;
  releases: {
    id: string;
    version: string;
    releasedAt: string | null;
    notes: LocalizedText;
    links: { url: string; title?: LocalizedText | null }[];
    files: { id: string; filename: string; mediaType: string; byteSize: number; sha256: string; uploadedAt: string }[];
  }[];
  projects: { id: string; slug: string; name: LocalizedText; themes: string[] }[];
  funders: OrgFacts[];
  programmes: { name: LocalizedText; url: string | null; funder: string | null }[];
  specifications: { id: string; slug: string; name: LocalizedText; uri: string | null; url: string | null }[];
  services: { id: string; slug: string; name: LocalizedText; url: string | null; relation: string }[];
  usedBy: OrgFacts[];
}

const ORG = (a: string) =>
  `json_build_object('id', ${a}.id, 'name', ${a}.name, 'businessId', ${a}.business_id, 'municipalityCode', ${a}.municipality_code, 'website', ${a}.website)`;

/** Only DECLARED_BY_ADOPTER and VERIFIED adoptions count as reuse (DOMAIN.md); `usedBy` lists current use. */
export const USED_BY = `a.verification in ('DECLARED_BY_ADOPTER', 'VERIFIED') and a.status in ('PILOTING', 'IN_PRODUCTION')`;

/** Columns of DeliverableFacts over `deliverable d`: correlated sub-selects, so a page is still one statement. */
export const DELIVERABLE_FACTS = `d.id, d.kind, d.title, d.short_description as "shortDescription", d.description, d.keywords,
  d.licence, d.languages, d.platforms, d.development_status as "developmentStatus", d.maintenance_type as "maintenanceType",
  d.maintenance_until::text as "maintenanceUntil", d.contacts, d.landing_url as "landingUrl", d.repository_url as "repositoryUrl",
  d.documentation_url as "documentationUrl", d.published_at::text as "publishedAt",
  to_char(d.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "createdAt",
  to_char(d.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "updatedAt",
  (select ${ORG('o')} from organisation o where o.id = d.publisher_id) as publisher,
  (select json_build_object('id', b.id, 'kind', b.kind, 'repositoryUrl', b.repository_url, 'landingUrl', b.landing_url)
     from deliverable b where b.id = d.derived_from_id) as "derivedFrom",
  coalesce((select json_agg(json_build_object('id', r.id, 'version', r.version, 'releasedAt', r.released_at::text,
       'notes', r.notes, 'links', r.links,
       'files', coalesce((select json_agg(json_build_object('id', f.id, 'filename', f.filename, 'mediaType', f.media_type,
            'byteSize', f.byte_size, 'sha256', f.sha256,
            'uploadedAt', to_char(f.uploaded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')) order by f.filename, f.id)
          from file f where f.release_id = r.id), '[]'::json))
       order by r.released_at desc nulls last, r.created_at desc)
     from release r where r.deliverable_id = d.id), '[]'::json) as releases,
  coalesce((select json_agg(json_build_object('id', p.id, 'slug', p.slug, 'name', p.name, 'themes', p.themes) order by p.slug)
     from deliverable_project dp join project p on p.id = dp.project_id where dp.deliverable_id = d.id), '[]'::json) as projects,
  coalesce((select json_agg(distinct jsonb_build_object('id', o.id, 'name', o.name, 'businessId', o.business_id,
       'municipalityCode', o.municipality_code, 'website', o.website))
     from deliverable_project dp join "grant" g on g.project_id = dp.project_id join funding_call c on c.id = g.call_id
     join funding_programme fp on fp.id = c.programme_id join organisation o on o.id = fp.funder_id
     where dp.deliverable_id = d.id and g.status <> 'WITHDRAWN'), '[]'::json) as funders,
  coalesce((select json_agg(distinct jsonb_build_object('name', fp.name, 'url', fp.url, 'funder', fp.funder_id))
     from deliverable_project dp join "grant" g on g.project_id = dp.project_id join funding_call c on c.id = g.call_id
     join funding_programme fp on fp.id = c.programme_id
     where dp.deliverable_id = d.id and g.status <> 'WITHDRAWN'), '[]'::json) as programmes,
  coalesce((select json_agg(json_build_object('id', s.id, 'slug', s.slug, 'name', s.name, 'uri', s.uri, 'url', s.url) order by s.slug)
     from conformance c join specification s on s.id = c.specification_id where c.deliverable_id = d.id), '[]'::json) as specifications,
  coalesce((select json_agg(json_build_object('id', s.id, 'slug', s.slug, 'name', s.name, 'url', s.url, 'relation', su.relation) order by s.slug, su.relation)
     from service_use su join national_service s on s.id = su.service_id where su.deliverable_id = d.id), '[]'::json) as services,
  coalesce((select json_agg(${ORG('o')} order by coalesce(o.name->>'fi', o.name->>'sv', o.name->>'en'), o.id)
     from adoption a join organisation o on o.id = a.organisation_id where a.deliverable_id = d.id and ${USED_BY}), '[]'::json) as "usedBy"`;

/** One deliverable's facts, or null. One statement. */
export async function deliverableFacts(sql: SqlRun, id: string): Promise<DeliverableFacts | null> {
  const rows = await sql<DeliverableFacts>(`select ${DELIVERABLE_FACTS} from deliverable d where d.id = ?`, [id]);
  return rows[0] ?? null;
}
