import { BadUserInputError } from '../../graphql/errors.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import type { ListQuery } from '../../graphql/keyset.js';
import { pgArray, type ViewSpec } from '../../graphql/loaders.js';
import { ProjectOrder, type ProjectFilter } from './project.types.js';

export const PROJECT: ViewSpec = {
  typename: 'Project',
  from: 'project t',
  columns: `t.id as uuid, t.slug, t.acronym, t.name as "nameTranslations", t.summary as "summaryTranslations",
    t.description as "descriptionTranslations", t.themes, t.status, t.planned_start::text as "plannedStart",
    t.planned_end::text as "plannedEnd", t.actual_start::text as "actualStart", t.actual_end::text as "actualEnd",
    t.budget_eur as "budgetEur", t.website, t.contacts, t.outcomes, t.provenance, t.version,
    to_char(t.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "updatedAt",
    (select count(*)::int from participation pc where pc.project_id = t.id) as "participantCount"`,
};

export const PARTICIPATION: ViewSpec = {
  typename: 'Participation',
  from: 'participation t',
  columns: `t.id as uuid, t.role, t.from_date::text as "fromDate", t.to_date::text as "toDate",
    t.contribution as "contributionTranslations", t.provenance, t.project_id as "projectId", t.organisation_id as "organisationId"`,
};

/** Lead applicant first, then by role, then by the organisation's name. */
export const PARTICIPATION_ORDER = `(t.role <> 'LEAD_APPLICANT'), t.role,
  (select lower(coalesce(o.name->>'fi', o.name->>'sv')) from organisation o where o.id = t.organisation_id), t.id`;

export const PROJECT_LINK: ViewSpec = {
  typename: 'ProjectLink',
  from: 'project_link t',
  columns: `t.id as uuid, t.relation, t.provenance, t.from_id as "fromId", t.to_id as "toId"`,
};

export const LESSON: ViewSpec = {
  typename: 'LessonLearned',
  from: 'lesson_learned t',
  columns: `t.id as uuid, t.category, t.text as "textTranslations", t.mitigation as "mitigationTranslations",
    t.provenance, t.project_id as "projectId"`,
};

export const PROJECT_ORDER: Record<ProjectOrder, { expr: string; direction: 'asc' | 'desc' }> = {
  [ProjectOrder.NAME]: { expr: 't.sort_name', direction: 'asc' },
  [ProjectOrder.RECENTLY_UPDATED]: { expr: 't.updated_at', direction: 'desc' },
};

const ids = (values: string[], arg: string, type: string) =>
  values.map((v, i) => fromGlobalId(v, `filter.${arg}[${i}]`, [type]).id);

/** SQL conditions for a project filter (EXISTS subqueries over the edges). */
export function projectFilter(f: ProjectFilter | null | undefined): Pick<ListQuery, 'where' | 'params'> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    where.push(sql);
    params.push(value);
  };
  if (!f) return { where, params };
  for (const r of f.region ?? []) {
    if (!/^\d{2}$/.test(r))
      throw new BadUserInputError('filter', 'filter.region must hold 2-digit region codes.', 'region');
  }
  if (f.theme?.length) add('t.themes && ?::text[]', pgArray(f.theme));
  if (f.status?.length) add('t.status = any(?::text[])', pgArray(f.status));
  if (f.region?.length) {
    add(
      `exists (select 1 from participation p join organisation o on o.id = p.organisation_id join region r on r.id = o.region_id
        where p.project_id = t.id and r.code = any(?::text[]))`,
      pgArray(f.region),
    );
  }
  if (f.organisation?.length) {
    add(
      'exists (select 1 from participation p where p.project_id = t.id and p.organisation_id = any(?::uuid[]))',
      pgArray(ids(f.organisation, 'organisation', 'Organisation')),
    );
  }
  if (f.organisationKind?.length) {
    add(
      'exists (select 1 from participation p join organisation o on o.id = p.organisation_id where p.project_id = t.id and o.kind = any(?::text[]))',
      pgArray(f.organisationKind),
    );
  }
  if (f.call?.length)
    add(
      'exists (select 1 from "grant" g where g.project_id = t.id and g.call_id = any(?::uuid[]))',
      pgArray(ids(f.call, 'call', 'FundingCall')),
    );
  if (f.year?.length) {
    add(
      'exists (select 1 from "grant" g join funding_call c on c.id = g.call_id where g.project_id = t.id and c.year = any(?::int[]))',
      pgArray(f.year),
    );
  }
  if (f.nationalService?.length) {
    add(
      'exists (select 1 from service_use su join national_service s on s.id = su.service_id where su.project_id = t.id and s.slug = any(?::text[]))',
      pgArray(f.nationalService),
    );
  }
  if (f.specification?.length) {
    add(
      'exists (select 1 from project_specification ps join specification s on s.id = ps.specification_id where ps.project_id = t.id and s.slug = any(?::text[]))',
      pgArray(f.specification),
    );
  }
  if (f.deliverableKind?.length) {
    add(
      'exists (select 1 from deliverable_project dp join deliverable d on d.id = dp.deliverable_id where dp.project_id = t.id and d.kind = any(?::text[]))',
      pgArray(f.deliverableKind),
    );
  }
  if (f.licence?.length) {
    add(
      'exists (select 1 from deliverable_project dp join deliverable d on d.id = dp.deliverable_id where dp.project_id = t.id and d.licence = any(?::text[]))',
      pgArray(f.licence),
    );
  }
  return { where, params };
}
