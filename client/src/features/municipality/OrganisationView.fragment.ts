import { TextFragment } from '../../app/LocalizedText';
import { graphql, type ResultOf } from '../../graphql';

/** What an organisation page shows; `$lang` is the operation's. */
export const OrganisationViewFragment = graphql(
  `
    fragment OrganisationView_OrganisationFragment on Organisation {
      id
      municipalityCode
      name(lang: $lang) {
        ...LocalizedText_TextFragment
      }
      kind
      population
      languageStatus
      website
      region {
        id
        code
        name(lang: $lang) {
          ...LocalizedText_TextFragment
        }
        projects(first: 20) {
          totalCount
          nodes {
            id
            slug
            name(lang: $lang) {
              ...LocalizedText_TextFragment
            }
          }
        }
      }
      participations(first: 100) {
        totalCount
        nodes {
          id
          role
          project {
            id
            slug
            name(lang: $lang) {
              ...LocalizedText_TextFragment
            }
          }
        }
      }
      adoptions(first: 100) {
        totalCount
        nodes {
          id
          status
          verification
          countsAsReuse
          deliverable {
            id
            title(lang: $lang) {
              ...LocalizedText_TextFragment
            }
          }
        }
      }
    }
  `,
  [TextFragment],
);

export type OrganisationDetail = ResultOf<typeof OrganisationViewFragment>;
