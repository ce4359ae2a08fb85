import { TextFragment } from '../../app/LocalizedText';
import { graphql, type ResultOf } from '../../graphql';

export const ReleaseFilesQuery = graphql(
  `
    query ReleaseFiles_Query($id: ID!, $lang: Lang!) {
      node(id: $id) {
        __typename
        id
        ... on Release {
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
          files {
            id
            filename
            mediaType
            byteSize
            downloadUrl
            uploadedAt
          }
          deliverable {
            id
            title(lang: $lang) {
              ...LocalizedText_TextFragment
            }
            projects {
              id
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
        }
      }
    }
  `,
  [TextFragment],
);

export type ReleaseFilesData = ResultOf<typeof ReleaseFilesQuery>;
export type ReleaseFile = Extract<NonNullable<ReleaseFilesData['node']>, { __typename: 'Release' }>['files'][number];
