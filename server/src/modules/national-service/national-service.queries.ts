import type { ViewSpec } from '../../graphql/loaders.js';

export const NATIONAL_SERVICE: ViewSpec = {
  typename: 'NationalService',
  from: 'national_service t',
  columns: `t.id as uuid, t.slug, t.name as "nameTranslations", t.kind, t.provider_text as "providerText",
    t.description as "descriptionTranslations", t.url, t.provenance, t.provider_id as "providerId"`,
};

export const SERVICE_USE: ViewSpec = {
  typename: 'ServiceUse',
  from: 'service_use t',
  columns: `t.id as uuid, t.relation, t.description as "descriptionTranslations", t.evidence_url as "evidenceUrl",
    t.provenance, t.project_id as "projectId", t.deliverable_id as "deliverableId", t.service_id as "serviceId"`,
  embeds: { service: { view: () => NATIONAL_SERVICE, fk: 't.service_id' } },
};
