import { COUNTS_AS_REUSE } from '../adoption/adoption.queries.js';
import type { Response } from 'express';
import type { SqlRun } from './export.http.js';

const TS = (c: string) => `to_char(${c} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/**
 * The public graph, table by table: nodes with their public columns, then the edge tables. No
 * users, sessions, API keys, memberships, audit events, file storage keys or who declared what.
 */
const NODES: Record<string, string> = {
  Region: `select id, code, name from region order by code`,
  Organisation: `select id, slug, kind, name, municipality_code as "municipalityCode", business_id as "businessId", region_id as "regionId",
    population, language_status as "languageStatus", parent_id as "parentId", member_of_id as "memberOfId",
    successor_of_id as "successorOfId", website, lat, lon, aliases, provenance from organisation order by id`,
  FundingProgramme: `select id, slug, name, funder_id as "funderId", legal_basis as "legalBasis", url, provenance from funding_programme order by id`,
  FundingCall: `select id, programme_id as "programmeId", year, name, appropriation_eur as "appropriationEur",
    applications_received as "applicationsReceived", grants_awarded as "grantsAwarded", total_awarded_eur as "totalAwardedEur",
    decision_date::text as "decisionDate", implementation_deadline::text as "implementationDeadline", source_url as "sourceUrl", provenance
    from funding_call order by id`,
  Grant: `select id, call_id as "callId", lead_applicant_id as "leadApplicantId", project_id as "projectId",
    max_amount_eur as "maxAmountEur", decision_reference as "decisionReference", status, provenance from "grant" order by id`,
  Project: `select id, slug, acronym, name, summary, description, themes, status, planned_start::text as "plannedStart",
    planned_end::text as "plannedEnd", actual_start::text as "actualStart", actual_end::text as "actualEnd", budget_eur as "budgetEur",
    website, contacts, outcomes, provenance, ${TS('updated_at')} as "updatedAt" from project order by id`,
  NationalService: `select id, slug, name, kind, provider_id as "providerId", provider_text as "providerText", description, url, provenance
    from national_service order by id`,
  Specification: `select id, slug, name, kind, owner_id as "ownerId", maintainer_text as "maintainerText", description,
    spec_version as "specVersion", uri, url, provenance from specification order by id`,
  Deliverable: `select id, kind, title, short_description as "shortDescription", description, keywords, licence, languages, platforms,
    development_status as "developmentStatus", maintenance_type as "maintenanceType", maintenance_until::text as "maintenanceUntil",
    contacts, landing_url as "landingUrl", repository_url as "repositoryUrl", documentation_url as "documentationUrl",
    publisher_id as "publisherId", derived_from_id as "derivedFromId", published_at::text as "publishedAt", provenance,
    ${TS('updated_at')} as "updatedAt" from deliverable order by id`,
  Release: `select id, deliverable_id as "deliverableId", version, released_at::text as "releasedAt", notes, links from release order by id`,
  File: `select id, release_id as "releaseId", filename, media_type as "mediaType", byte_size::float8 as "byteSize", sha256,
    '/api/files/' || id as "downloadUrl", ${TS('uploaded_at')} as "uploadedAt" from file where release_id is not null order by id`,
  Adoption: `select id, organisation_id as "organisationId", deliverable_id as "deliverableId", status, mode, since::text as since,
    until::text as until, via_project_id as "viaProjectId", instance_url as "instanceUrl", use_case as "useCase",
    evidence_urls as "evidenceUrls", verification, ${COUNTS_AS_REUSE.replaceAll('t.', '')} as "countsAsReuse",
    ${TS('last_confirmed_at')} as "lastConfirmedAt", provenance from adoption order by id`,
  LessonLearned: `select id, project_id as "projectId", category, text, mitigation from lesson_learned order by id`,
};

const EDGES: Record<string, string> = {
  PARTICIPATES_IN: `select organisation_id as "from", project_id as "to", role, from_date::text as "fromDate", to_date::text as "toDate", contribution
    from participation order by id`,
  PRODUCED: `select project_id as "from", deliverable_id as "to" from deliverable_project order by id`,
  USES_SERVICE: `select coalesce(deliverable_id, project_id) as "from", service_id as "to", relation, description, evidence_url as "evidenceUrl"
    from service_use order by id`,
  CONFORMS_TO: `select deliverable_id as "from", specification_id as "to" from conformance order by id`,
  PROJECT_SPECIFICATION: `select project_id as "from", specification_id as "to", relation from project_specification order by id`,
  PROJECT_LINK: `select from_id as "from", to_id as "to", relation from project_link order by id`,
};

/**
 * Streams `{ generatedAt, nodes: { Type: [...] }, edges: { RELATION: [...] } }`: one statement per
 * table, each written out as soon as it is read.
 */
export async function writeGraphDump(sql: SqlRun, res: Response): Promise<void> {
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-disposition', 'attachment; filename="kuntagraph-graph.json"');
  const write = (s: string) =>
    res.write(s) ? Promise.resolve() : new Promise<void>((r) => res.once('drain', () => r()));
  await write(`{"generatedAt":${JSON.stringify(new Date().toISOString())},"ids":"uuid","nodes":{`);
  await section(sql, NODES, write);
  await write('},"edges":{');
  await section(sql, EDGES, write);
  res.end('}}\n');
}

async function section(sql: SqlRun, tables: Record<string, string>, write: (s: string) => Promise<void>) {
  let firstTable = true;
  for (const [name, query] of Object.entries(tables)) {
    const rows = await sql<Record<string, unknown>>(query);
    await write(`${firstTable ? '' : ','}${JSON.stringify(name)}:[`);
    firstTable = false;
    for (let i = 0; i < rows.length; i += 500) {
      await write(
        `${i ? ',' : ''}${rows
          .slice(i, i + 500)
          .map((r) => JSON.stringify(r))
          .join(',')}`,
      );
    }
    await write(']');
  }
}
