import type { Request } from 'express';
import { COUNTS_AS_REUSE } from '../adoption/adoption.queries.js';
import {
  AdoptionStatus,
  DeliverableKind,
  DevelopmentStatus,
  ProjectStatus,
  Theme,
  VerificationLevel,
  type Lang,
} from '../../domain/enums.js';
import type { LocalizedText } from '../../domain/localized.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { pgArray } from '../../graphql/loaders.js';
import type { CsvColumn } from './csv.js';
import { enumList, ExportError, list, single, type SqlRun } from './export.http.js';
import { pages, textOf } from './export.links.js';

/** Rows per CSV request; more come with `?page=`. */
export const CSV_PAGE_SIZE = 5000;

/** Conditions built in parameter order. */
class Where {
  readonly parts: string[] = [];
  readonly params: unknown[] = [];
  add(sql: string, ...params: unknown[]) {
    this.parts.push(sql);
    this.params.push(...params);
    return this;
  }
  any(values: string[], sql: string) {
    return values.length ? this.add(sql, pgArray(values)) : this;
  }
  get sql() {
    return this.parts.length ? `where ${this.parts.join(' and ')}` : '';
  }
}

const codes = (req: Request, name: string, re: RegExp) => {
  const v = list(req, name);
  const bad = v.find((x) => !re.test(x));
  if (bad !== undefined) throw new ExportError(400, 'BAD_USER_INPUT', `"${name}" has an invalid value "${bad}".`, name);
  return v;
};
const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;
const MUNICIPALITY = /^[0-9]{3}$/;
const names = (rows: { name: LocalizedText }[] | null, lang: Lang) =>
  (rows ?? []).map((r) => textOf(r.name, lang)).join(', ');
const h = (fi: string, sv: string, en: string): Record<Lang, string> => ({ fi, sv, en }) as Record<Lang, string>;

interface ProjectRow {
  id: string;
  slug: string;
  acronym: string | null;
  name: LocalizedText;
  summary: LocalizedText;
  status: string;
  themes: string[];
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  budgetEur: number | null;
  website: string | null;
  lead: { name: LocalizedText }[] | null;
  participants: { name: LocalizedText }[] | null;
  municipalityCodes: string[] | null;
  grantEur: number | null;
  updatedAt: string;
}

/** The filters of `projects.csv` (projectRows reads them). */
export const PROJECT_FILTERS = ['theme', 'status', 'municipality'] as const;

/** `projects.csv`: one statement per page. */
export async function projectRows(sql: SqlRun, req: Request, offset: number, limit: number) {
  const w = new Where()
    .any(enumList(req, 'theme', Theme), 't.themes && ?::text[]')
    .any(enumList(req, 'status', ProjectStatus), 't.status = any(?::text[])')
    .any(
      codes(req, 'municipality', MUNICIPALITY),
      'exists (select 1 from participation pa join organisation o on o.id = pa.organisation_id where pa.project_id = t.id and o.municipality_code = any(?::text[]))',
    );
  return sql<ProjectRow>(
    `select t.id, t.slug, t.acronym, t.name, t.summary, t.status, t.themes, t.planned_start::text as "plannedStart",
       t.planned_end::text as "plannedEnd", t.actual_start::text as "actualStart", t.actual_end::text as "actualEnd",
       t.budget_eur as "budgetEur", t.website,
       (select json_agg(json_build_object('name', o.name) order by o.slug) from participation pa join organisation o on o.id = pa.organisation_id
         where pa.project_id = t.id and pa.role = 'LEAD_APPLICANT') as lead,
       (select json_agg(json_build_object('name', o.name) order by o.slug) from participation pa join organisation o on o.id = pa.organisation_id
         where pa.project_id = t.id and pa.role <> 'LEAD_APPLICANT') as participants,
       (select array_agg(distinct o.municipality_code) from participation pa join organisation o on o.id = pa.organisation_id
         where pa.project_id = t.id and o.municipality_code is not null) as "municipalityCodes",
       (select sum(g.max_amount_eur)::int from "grant" g where g.project_id = t.id and g.status = 'AWARDED') as "grantEur",
       to_char(t.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "updatedAt"
     from project t ${w.sql} order by t.slug limit ? offset ?`,
    [...w.params, limit, offset],
  );
}

export function projectColumns(origin: string, lang: Lang): CsvColumn<ProjectRow>[] {
  return [
    { header: h('Tunnus', 'Kod', 'Slug'), value: (r) => r.slug },
    { header: h('Lyhenne', 'Förkortning', 'Acronym'), value: (r) => r.acronym },
    { header: h('Nimi', 'Namn', 'Name'), value: (r) => textOf(r.name, lang) },
    { header: h('Tiivistelmä', 'Sammanfattning', 'Summary'), value: (r) => textOf(r.summary, lang) },
    { header: h('Tila', 'Status', 'Status'), value: (r) => r.status },
    { header: h('Teemat', 'Teman', 'Themes'), value: (r) => r.themes.join(', ') },
    { header: h('Päähakija', 'Huvudsökande', 'Lead applicant'), value: (r) => names(r.lead, lang) },
    { header: h('Osallistujat', 'Deltagare', 'Participants'), value: (r) => names(r.participants, lang) },
    {
      header: h('Kuntanumerot', 'Kommunnummer', 'Municipality codes'),
      value: (r) => (r.municipalityCodes ?? []).join(', '),
    },
    { header: h('Suunniteltu alku', 'Planerad start', 'Planned start'), value: (r) => r.plannedStart },
    { header: h('Suunniteltu loppu', 'Planerat slut', 'Planned end'), value: (r) => r.plannedEnd },
    { header: h('Toteutunut alku', 'Faktisk start', 'Actual start'), value: (r) => r.actualStart },
    { header: h('Toteutunut loppu', 'Faktiskt slut', 'Actual end'), value: (r) => r.actualEnd },
    { header: h('Budjetti (EUR)', 'Budget (EUR)', 'Budget (EUR)'), value: (r) => r.budgetEur },
    {
      header: h('Myönnetty avustus (EUR)', 'Beviljat understöd (EUR)', 'Grant awarded (EUR)'),
      value: (r) => r.grantEur,
    },
    { header: h('Verkkosivu', 'Webbplats', 'Website'), value: (r) => r.website },
    {
      header: h('Kuntagraph-sivu', 'Kuntagraph-sida', 'Kuntagraph page'),
      value: (r) => pages.project(origin, r.slug, lang),
    },
    { header: h('Päivitetty', 'Uppdaterad', 'Updated'), value: (r) => r.updatedAt },
  ];
}

interface DeliverableRow {
  id: string;
  kind: string;
  title: LocalizedText;
  shortDescription: LocalizedText;
  licence: string | null;
  languages: string[];
  developmentStatus: string | null;
  publishedAt: string | null;
  landingUrl: string | null;
  repositoryUrl: string | null;
  publisher: { name: LocalizedText; businessId: string | null; municipalityCode: string | null } | null;
  projects: { name: LocalizedText; slug: string }[] | null;
  specifications: { slug: string; uri: string | null; url: string | null }[] | null;
  services: { slug: string; url: string | null }[] | null;
  reuseCount: number;
  updatedAt: string;
}

/** The filters of `deliverables.csv` (deliverableRows reads them). */
export const DELIVERABLE_FILTERS = [
  'kind',
  'developmentStatus',
  'licence',
  'specification',
  'nationalService',
] as const;

/** `deliverables.csv`: one statement per page. */
export async function deliverableRows(sql: SqlRun, req: Request, offset: number, limit: number) {
  const w = new Where()
    .any(enumList(req, 'kind', DeliverableKind), 't.kind = any(?::text[])')
    .any(enumList(req, 'developmentStatus', DevelopmentStatus), 't.development_status = any(?::text[])')
    .any(list(req, 'licence'), 't.licence = any(?::text[])')
    .any(
      codes(req, 'specification', SLUG),
      'exists (select 1 from conformance c join specification s on s.id = c.specification_id where c.deliverable_id = t.id and s.slug = any(?::text[]))',
    )
    .any(
      codes(req, 'nationalService', SLUG),
      'exists (select 1 from service_use su join national_service s on s.id = su.service_id where su.deliverable_id = t.id and s.slug = any(?::text[]))',
    );
  return sql<DeliverableRow>(
    `select t.id, t.kind, t.title, t.short_description as "shortDescription", t.licence, t.languages,
       t.development_status as "developmentStatus", t.published_at::text as "publishedAt", t.landing_url as "landingUrl",
       t.repository_url as "repositoryUrl",
       (select json_build_object('name', o.name, 'businessId', o.business_id, 'municipalityCode', o.municipality_code)
         from organisation o where o.id = t.publisher_id) as publisher,
       (select json_agg(json_build_object('name', p.name, 'slug', p.slug) order by p.slug) from deliverable_project dp
         join project p on p.id = dp.project_id where dp.deliverable_id = t.id) as projects,
       (select json_agg(json_build_object('slug', s.slug, 'uri', s.uri, 'url', s.url) order by s.slug) from conformance c
         join specification s on s.id = c.specification_id where c.deliverable_id = t.id) as specifications,
       (select json_agg(distinct jsonb_build_object('slug', s.slug, 'url', s.url)) from service_use su
         join national_service s on s.id = su.service_id where su.deliverable_id = t.id) as services,
       (select count(*)::int from adoption a where a.deliverable_id = t.id and ${COUNTS_AS_REUSE.replaceAll('t.', 'a.')}) as "reuseCount",
       to_char(t.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "updatedAt"
     from deliverable t ${w.sql} order by t.id limit ? offset ?`,
    [...w.params, limit, offset],
  );
}

export function deliverableColumns(origin: string, lang: Lang): CsvColumn<DeliverableRow>[] {
  return [
    { header: h('Tunniste', 'Id', 'Id'), value: (r) => toGlobalId('Deliverable', r.id) },
    { header: h('Laji', 'Typ', 'Kind'), value: (r) => r.kind },
    { header: h('Nimi', 'Namn', 'Title'), value: (r) => textOf(r.title, lang) },
    {
      header: h('Lyhyt kuvaus', 'Kort beskrivning', 'Short description'),
      value: (r) => textOf(r.shortDescription, lang),
    },
    { header: h('Lisenssi', 'Licens', 'Licence'), value: (r) => r.licence },
    { header: h('Kielet', 'Språk', 'Languages'), value: (r) => r.languages.join(', ') },
    { header: h('Kehitysvaihe', 'Utvecklingsskede', 'Development status'), value: (r) => r.developmentStatus },
    {
      header: h('Julkaisija', 'Utgivare', 'Publisher'),
      value: (r) => (r.publisher ? textOf(r.publisher.name, lang) : null),
    },
    {
      header: h('Julkaisijan Y-tunnus', 'Utgivarens FO-nummer', 'Publisher business ID'),
      value: (r) => r.publisher?.businessId,
    },
    {
      header: h('Julkaisijan kuntanumero', 'Utgivarens kommunnummer', 'Publisher municipality code'),
      value: (r) => r.publisher?.municipalityCode,
    },
    { header: h('Hankkeet', 'Projekt', 'Projects'), value: (r) => names(r.projects, lang) },
    {
      header: h('Määrittelyt (URI)', 'Specifikationer (URI)', 'Specifications (URI)'),
      value: (r) =>
        (r.specifications ?? []).map((s) => s.uri ?? s.url ?? pages.specification(origin, s.slug)).join(' '),
    },
    {
      header: h('Kansalliset palvelut', 'Nationella tjänster', 'National services'),
      value: (r) => (r.services ?? []).map((s) => s.slug).join(', '),
    },
    { header: h('Uudelleenkäyttäjiä', 'Återanvändare', 'Reused by'), value: (r) => r.reuseCount },
    { header: h('Julkaistu', 'Publicerad', 'Published'), value: (r) => r.publishedAt },
    { header: h('Esittelysivu', 'Webbsida', 'Landing page'), value: (r) => r.landingUrl },
    { header: h('Lähdekoodi', 'Källkod', 'Repository'), value: (r) => r.repositoryUrl },
    {
      header: h('Kuntagraph-sivu', 'Kuntagraph-sida', 'Kuntagraph page'),
      value: (r) => pages.deliverable(origin, r.id, lang),
    },
    { header: h('Päivitetty', 'Uppdaterad', 'Updated'), value: (r) => r.updatedAt },
  ];
}

interface AdoptionRow {
  id: string;
  deliverableId: string;
  deliverable: LocalizedText;
  organisation: LocalizedText;
  municipalityCode: string | null;
  businessId: string | null;
  status: string;
  mode: string | null;
  since: string | null;
  until: string | null;
  verification: string;
  countsAsReuse: boolean;
  viaProject: string | null;
  instanceUrl: string | null;
  evidenceUrls: string[];
}

/** The filters of `adoptions.csv` (adoptionRows reads them). */
export const ADOPTION_FILTERS = ['verification', 'status', 'municipality', 'countsAsReuse'] as const;

/** `adoptions.csv`: one statement per page. */
export async function adoptionRows(sql: SqlRun, req: Request, offset: number, limit: number) {
  const w = new Where()
    .any(enumList(req, 'verification', VerificationLevel), 't.verification = any(?::text[])')
    .any(enumList(req, 'status', AdoptionStatus), 't.status = any(?::text[])')
    .any(codes(req, 'municipality', MUNICIPALITY), 'o.municipality_code = any(?::text[])');
  const reuse = single(req, 'countsAsReuse');
  if (reuse !== undefined) {
    if (reuse !== 'true' && reuse !== 'false')
      throw new ExportError(400, 'BAD_USER_INPUT', '"countsAsReuse" must be true or false.', 'countsAsReuse');
    w.add(`${reuse === 'true' ? '' : 'not '}${COUNTS_AS_REUSE}`);
  }
  return sql<AdoptionRow>(
    `select t.id, t.deliverable_id as "deliverableId", d.title as deliverable, o.name as organisation,
       o.municipality_code as "municipalityCode", o.business_id as "businessId", t.status, t.mode, t.since::text as since,
       t.until::text as until, t.verification, ${COUNTS_AS_REUSE} as "countsAsReuse",
       (select p.slug from project p where p.id = t.via_project_id) as "viaProject", t.instance_url as "instanceUrl",
       t.evidence_urls as "evidenceUrls"
     from adoption t join organisation o on o.id = t.organisation_id join deliverable d on d.id = t.deliverable_id
     ${w.sql} order by t.id limit ? offset ?`,
    [...w.params, limit, offset],
  );
}

export function adoptionColumns(origin: string, lang: Lang): CsvColumn<AdoptionRow>[] {
  return [
    { header: h('Tuotos', 'Resultat', 'Deliverable'), value: (r) => textOf(r.deliverable, lang) },
    {
      header: h('Tuotoksen tunniste', 'Resultatets id', 'Deliverable id'),
      value: (r) => toGlobalId('Deliverable', r.deliverableId),
    },
    { header: h('Käyttöönottaja', 'Användare', 'Adopter'), value: (r) => textOf(r.organisation, lang) },
    { header: h('Kuntanumero', 'Kommunnummer', 'Municipality code'), value: (r) => r.municipalityCode },
    { header: h('Y-tunnus', 'FO-nummer', 'Business ID'), value: (r) => r.businessId },
    { header: h('Tila', 'Status', 'Status'), value: (r) => r.status },
    { header: h('Tapa', 'Sätt', 'Mode'), value: (r) => r.mode },
    { header: h('Alkaen', 'Från', 'Since'), value: (r) => r.since },
    { header: h('Päättyen', 'Till', 'Until'), value: (r) => r.until },
    { header: h('Varmennus', 'Verifiering', 'Verification'), value: (r) => r.verification },
    {
      header: h('Lasketaan uudelleenkäytöksi', 'Räknas som återanvändning', 'Counts as reuse'),
      value: (r) => r.countsAsReuse,
    },
    { header: h('Hankkeen kautta', 'Via projekt', 'Via project'), value: (r) => r.viaProject },
    { header: h('Instanssi', 'Instans', 'Instance URL'), value: (r) => r.instanceUrl },
    { header: h('Näyttö', 'Belägg', 'Evidence'), value: (r) => r.evidenceUrls.join(' ') },
    {
      header: h('Tuotoksen sivu', 'Resultatets sida', 'Deliverable page'),
      value: (r) => pages.deliverable(origin, r.deliverableId, lang),
    },
  ];
}
