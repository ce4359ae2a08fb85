import type { ViewSpec } from '../../graphql/loaders.js';

export const PROGRAMME: ViewSpec = {
  typename: 'FundingProgramme',
  from: 'funding_programme t',
  columns: `t.id as uuid, t.slug, t.name as "nameTranslations", t.legal_basis as "legalBasis",
    t.initial_appropriation_eur as "initialAppropriationEur", t.url, t.provenance, t.funder_id as "funderId"`,
};

const known = `(select count(*)::int as n, count(g.max_amount_eur)::int as priced, coalesce(sum(g.max_amount_eur), 0)::int as total from "grant" g where g.call_id = t.id)`;

export const CALL: ViewSpec = {
  typename: 'FundingCall',
  from: `funding_call t cross join lateral ${known} k`,
  columns: `t.id as uuid, t.year, t.name as "nameTranslations", t.themes_text as "themesText", t.stated_goals as "statedGoals",
    t.note, t.appropriation_eur as "appropriationEur", t.application_opens::text as "applicationOpens",
    t.application_closes::text as "applicationCloses", t.applications_received as "applicationsReceived",
    t.decision_date::text as "decisionDate", t.grants_awarded as "grantsAwarded", t.total_awarded_eur as "totalAwardedEur",
    t.implementation_deadline::text as "implementationDeadline", t.source_url as "sourceUrl", t.provenance,
    t.programme_id as "programmeId", k.n as "knownGrantCount", k.priced as "knownAmountGrantCount", k.total as "knownGrantsTotalEur",
    case when t.total_awarded_eur is null then null else greatest(t.total_awarded_eur - k.total, 0) end as "unknownAmountEur",
    (t.grants_awarded is not null and k.n >= t.grants_awarded) as "isComplete"`,
};

export const GRANT: ViewSpec = {
  typename: 'Grant',
  from: '"grant" t',
  columns: `t.id as uuid, t.ordinal, t.max_amount_eur as "maxAmountEur", t.decision_reference as "decisionReference",
    t.status, t.note, t.provenance, t.call_id as "callId", t.lead_applicant_id as "leadApplicantId", t.project_id as "projectId"`,
  embeds: { call: { view: () => CALL, fk: 't.call_id' } },
};
