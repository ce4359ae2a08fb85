import type { ViewSpec } from '../../graphql/loaders.js';

export const SPECIFICATION: ViewSpec = {
  typename: 'Specification',
  from: 'specification t',
  columns: `t.id as uuid, t.slug, t.name as "nameTranslations", t.kind, t.maintainer_text as "maintainerText",
    t.description as "descriptionTranslations", t.spec_version as "specVersion", t.uri, t.url, t.provenance, t.owner_id as "ownerId"`,
};

export const PROJECT_SPECIFICATION: ViewSpec = {
  typename: 'ProjectSpecification',
  from: 'project_specification t',
  columns: `t.id as uuid, t.relation, t.provenance, t.project_id as "projectId", t.specification_id as "specificationId"`,
};
