import { TextFragment } from '../../app/LocalizedText';
import { graphql, type ResultOf } from '../../graphql';

export const ProjectEditFragment = graphql(`
  fragment ProjectEdit_ProjectFragment on Project {
    id
    slug
    version
    archivedAt
    nameTranslations {
      fi
      sv
      en
    }
    summaryTranslations {
      fi
      sv
      en
    }
    descriptionTranslations {
      fi
      sv
      en
    }
    themes
    status
    plannedStart
    plannedEnd
    actualStart
    actualEnd
    website
  }
`);

export const ProjectEditQuery = graphql(
  `
    query ProjectEdit_Query($slug: String!, $lang: Lang!) {
      project(slug: $slug) {
        ...ProjectEdit_ProjectFragment
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
    }
  `,
  [ProjectEditFragment, TextFragment],
);

export const UpdateProjectMutation = graphql(
  `
    mutation ProjectEdit_UpdateProject($input: UpdateProjectInput!, $idempotencyKey: String) {
      updateProject(input: $input, idempotencyKey: $idempotencyKey) {
        ...ProjectEdit_ProjectFragment
      }
    }
  `,
  [ProjectEditFragment],
);

export type ProjectEditData = ResultOf<typeof ProjectEditFragment>;

export const PROJECT_STATUSES = ['PLANNED', 'FUNDED', 'ONGOING', 'COMPLETED', 'DISCONTINUED'] as const;
