import { BadUserInputError } from '../../graphql/errors.js';
import { Conditions, filterIds } from '../../graphql/conditions.js';
import type { ListQuery } from '../../graphql/keyset.js';
import { registerDetails, type ViewSpec } from '../../graphql/loaders.js';
import { ProjectOrder, type ProjectFilter } from './project.types.js';
import { ORGANISATION } from '../organisation/organisation.queries.js';

export const PROJECT: ViewSpec = {
  typename: 'Project',
  from: 'project t',
  columns: `t.id as uuid, t.slug, t.acronym, t.name as "nameTranslations", t.themes, t.status, t.planned_start::text as "plannedStart",
    t.planned_end::text as "plannedEnd", t.actual_start::text as "actualStart", t.actual_end::text as "actualEnd",
    t.budget_eur as "budgetEur", t.website, t.version,
    to_char(t.archived_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "archivedAt",
    to_char(t.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "updatedAt",
    (select count(*)::int from participation pc where pc.project_id = t.id) as "participantCount"`,
};

registerDetails('Project', {
  from: 'project t',
  columns: `t.summary as "summaryTranslations", t.description as "descriptionTranslations", t.contacts, t.outcomes, t.provenance`,
  fields: ['summaryTranslations', 'descriptionTranslations', 'contacts', 'outcomes', 'provenance'],
});

export const PARTICIPATION: ViewSpec = {
  typename: 'Participation',
  from: 'participation t',
  columns: `t.id as uuid, t.role, t.from_date::text as "fromDate", t.to_date::text as "toDate",
    t.project_id as "projectId", t.organisation_id as "organisationId"`,
  embeds: {
    organisation: { view: () => ORGANISATION, fk: 't.organisation_id' },
    project: { view: () => PROJECT, fk: 't.project_id' },
  },
};

registerDetails('Participation', {
  from: 'participation t',
  columns: `t.contribution as "contributionTranslations", t.provenance`,
  fields: ['contributionTranslations', 'provenance'],
});

/**
 * Participations of a project: the organisation is joined once, for the order and for the
 * `organisation` field (columns.ts `joined`), not looked up twice per row.
 */
export const PARTICIPATION_IN_PROJECT: ViewSpec = {
  ...PARTICIPATION,
  from: 'participation t join organisation _o on _o.id = t.organisation_id',
  embeds: {
    ...PARTICIPATION.embeds,
    organisation: { view: () => ORGANISATION, fk: 't.organisation_id', joined: '_o' },
  },
};

/** Participations of an organisation, by project name: the project joined once (as above). */
export const PARTICIPATION_OF_ORGANISATION: ViewSpec = {
  ...PARTICIPATION,
  from: 'participation t join project _p on _p.id = t.project_id',
  embeds: { ...PARTICIPATION.embeds, project: { view: () => PROJECT, fk: 't.project_id', joined: '_p' } },
};

/** Lead applicant first, then by role, then by the organisation's name (PARTICIPATION_IN_PROJECT). */
export const PARTICIPATION_ORDER = `(t.role <> 'LEAD_APPLICANT'), t.role, lower(coalesce(_o.name->>'fi', _o.name->>'sv')), t.id`;

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

/** SQL conditions for a project filter (EXISTS subqueries over the edges). */
export function projectFilter(f: ProjectFilter | null | undefined): Pick<ListQuery, 'where' | 'params'> {
  const c = new Conditions();
  if (!f) return c.build();
  for (const r of f.region ?? []) {
    if (!/^\d{2}$/.test(r))
      throw new BadUserInputError('filter', 'filter.region must hold 2-digit region codes.', 'region');
  }
  const participant =
    'exists (select 1 from participation p join organisation o on o.id = p.organisation_id where p.project_id = t.id';
  const producedDeliverable =
    'exists (select 1 from deliverable_project dp join deliverable d on d.id = dp.deliverable_id where dp.project_id = t.id';
  return c
    .anyOf(f.theme, 't.themes && ?::text[]')
    .anyOf(f.status, 't.status = any(?::text[])')
    .anyOf(f.region, `${participant} and o.region_id in (select id from region where code = any(?::text[])))`)
    .anyOf(
      filterIds(f.organisation, 'organisation', 'Organisation'),
      'exists (select 1 from participation p where p.project_id = t.id and p.organisation_id = any(?::uuid[]))',
    )
    .anyOf(f.organisationKind, `${participant} and o.kind = any(?::text[]))`)
    .anyOf(
      filterIds(f.call, 'call', 'FundingCall'),
      'exists (select 1 from "grant" g where g.project_id = t.id and g.call_id = any(?::uuid[]))',
    )
    .anyOf(
      f.year,
      'exists (select 1 from "grant" g join funding_call fc on fc.id = g.call_id where g.project_id = t.id and fc.year = any(?::int[]))',
    )
    .anyOf(
      f.nationalService,
      'exists (select 1 from service_use su join national_service s on s.id = su.service_id where su.project_id = t.id and s.slug = any(?::text[]))',
    )
    .anyOf(
      f.specification,
      'exists (select 1 from project_specification ps join specification s on s.id = ps.specification_id where ps.project_id = t.id and s.slug = any(?::text[]))',
    )
    .anyOf(f.deliverableKind, `${producedDeliverable} and d.kind = any(?::text[]))`)
    .anyOf(f.licence, `${producedDeliverable} and d.licence = any(?::text[]))`)
    .build();
}
