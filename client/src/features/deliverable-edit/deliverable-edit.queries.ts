import { TextFragment } from '../../app/LocalizedText';
import { graphql, type ResultOf } from '../../graphql';

export const DeliverableEditFragment = graphql(`
  fragment DeliverableEdit_DeliverableFragment on Deliverable {
    id
    version
    kind
    titleTranslations {
      fi
      sv
      en
    }
    shortDescriptionTranslations {
      fi
      sv
      en
    }
    descriptionTranslations {
      fi
      sv
      en
    }
    licence
    developmentStatus
    keywords
    languages
    platforms
    maintenanceType
    maintenanceUntil
    contacts {
      name
      role
      organisation
      sourceUrl
    }
    landingUrl
    repositoryUrl
    documentationUrl
    publishedAt
    # Returned by the mutations too, so the deliverable page never shows gaps an edit filled.
    publiccodeMissing {
      field
      message
    }
  }
`);

/** The projects a deliverable came from, with their participants: who may edit it. */
export const EditorProjectsFragment = graphql(
  `
    fragment DeliverableEdit_ProjectFragment on Project {
      id
      slug
      name(lang: $lang) {
        ...LocalizedText_TextFragment
      }
      participants(first: 100) {
        nodes {
          id
          organisation {
            id
          }
        }
      }
    }
  `,
  [TextFragment],
);

export const NewDeliverableQuery = graphql(
  `
    query NewDeliverable_Query($slug: String!, $lang: Lang!) {
      project(slug: $slug) {
        ...DeliverableEdit_ProjectFragment
        archivedAt
      }
    }
  `,
  [EditorProjectsFragment],
);

export const EditDeliverableQuery = graphql(
  `
    query EditDeliverable_Query($id: ID!, $lang: Lang!) {
      deliverable(id: $id) {
        ...DeliverableEdit_DeliverableFragment
        title(lang: $lang) {
          ...LocalizedText_TextFragment
        }
        projects {
          ...DeliverableEdit_ProjectFragment
        }
      }
    }
  `,
  [DeliverableEditFragment, EditorProjectsFragment, TextFragment],
);

export const CreateDeliverableMutation = graphql(
  `
    mutation DeliverableEdit_Create($input: CreateDeliverableInput!, $idempotencyKey: String) {
      createDeliverable(input: $input, idempotencyKey: $idempotencyKey) {
        ...DeliverableEdit_DeliverableFragment
      }
    }
  `,
  [DeliverableEditFragment],
);

export const UpdateDeliverableMutation = graphql(
  `
    mutation DeliverableEdit_Update($input: UpdateDeliverableInput!, $idempotencyKey: String) {
      updateDeliverable(input: $input, idempotencyKey: $idempotencyKey) {
        ...DeliverableEdit_DeliverableFragment
      }
    }
  `,
  [DeliverableEditFragment],
);

export const CreateReleaseMutation = graphql(`
  mutation DeliverableEdit_CreateRelease($input: CreateReleaseInput!, $idempotencyKey: String) {
    createRelease(input: $input, idempotencyKey: $idempotencyKey) {
      id
      version
    }
  }
`);

export type DeliverableEditData = ResultOf<typeof DeliverableEditFragment>;
export type EditorProject = ResultOf<typeof EditorProjectsFragment>;

export const DELIVERABLE_KINDS = [
  'SOFTWARE',
  'SOFTWARE_EXTENSION',
  'DATASET',
  'DATA_MODEL',
  'API_SPECIFICATION',
  'CODE_LIST',
  'VOCABULARY',
  'CONFIGURATION',
  'GUIDELINE',
  'HANDBOOK',
  'OPERATING_MODEL',
  'PROCESS_MODEL',
  'PROCUREMENT_TEMPLATE',
  'CONTRACT_TEMPLATE',
  'REPORT',
  'PRESENTATION',
  'TRAINING_MATERIAL',
  'OTHER',
] as const;

export const DEVELOPMENT_STATUSES = ['CONCEPT', 'DEVELOPMENT', 'BETA', 'STABLE', 'OBSOLETE'] as const;

/** Where software runs (publiccode.yml platforms). */
export const PLATFORMS = ['WEB', 'WINDOWS', 'MAC', 'LINUX', 'IOS', 'ANDROID'] as const;

/** publiccode.yml maintenance types, as the API takes them (lower case). */
export const MAINTENANCE_TYPES = ['internal', 'contract', 'community', 'none'] as const;

/** Edits a release's version label, date, notes and links (the list sent replaces the old one). */
export const UpdateReleaseMutation = graphql(`
  mutation EditRelease_UpdateRelease($input: UpdateReleaseInput!, $idempotencyKey: String) {
    updateRelease(input: $input, idempotencyKey: $idempotencyKey) {
      id
      version
      releasedAt
      notesTranslations {
        fi
        sv
        en
      }
      links {
        url
        title {
          fi
          sv
          en
        }
      }
    }
  }
`);
