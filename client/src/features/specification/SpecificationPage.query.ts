import { TextFragment } from '../../app/LocalizedText';
import { graphql, type ResultOf } from '../../graphql';

export const SpecificationPageQuery = graphql(
  `
    query SpecificationPage_Query($slug: String!, $lang: Lang!) {
      specification(slug: $slug) {
        id
        slug
        kind
        specVersion
        uri
        url
        name(lang: $lang) {
          ...LocalizedText_TextFragment
        }
        description(lang: $lang) {
          ...LocalizedText_TextFragment
        }
        maintainerText {
          fi
          sv
          en
        }
        owner {
          id
          municipalityCode
          name(lang: $lang) {
            ...LocalizedText_TextFragment
          }
        }
        projects(first: 100) {
          totalCount
          nodes {
            id
            relation
            project {
              id
              slug
              name(lang: $lang) {
                ...LocalizedText_TextFragment
              }
            }
          }
        }
        provenance {
          status
          url
          note
          date
          field
        }
      }
      deliverablesConformingTo(specification: $slug, first: 100) {
        totalCount
        nodes {
          id
          kind
          title(lang: $lang) {
            ...LocalizedText_TextFragment
          }
        }
      }
    }
  `,
  [TextFragment],
);

export type SpecificationPageData = ResultOf<typeof SpecificationPageQuery>;
