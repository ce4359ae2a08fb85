import { graphql, type ResultOf, type VariablesOf } from '../../graphql';
import { TextFragment } from '../../app/LocalizedText';

export const ProjectListQuery = graphql(
  `
    query ProjectList_Query($lang: Lang!, $first: Int, $after: String) {
      projects(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            slug
            acronym
            name(lang: $lang) {
              ...LocalizedText_TextFragment
            }
            themes
            status
            leadOrganisation {
              id
              name(lang: $lang) {
                ...LocalizedText_TextFragment
              }
              municipalityCode
            }
            grants {
              id
              maxAmountEur
              call {
                id
                year
              }
            }
            participantCount
          }
        }
      }
    }
  `,
  [TextFragment],
);

export type ProjectListData = ResultOf<typeof ProjectListQuery>;
export type ProjectListNode = ProjectListData['projects']['edges'][number]['node'];
export type ProjectListVariables = VariablesOf<typeof ProjectListQuery>;
