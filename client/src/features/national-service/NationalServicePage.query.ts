import { TextFragment } from '../../app/LocalizedText';
import { graphql, type ResultOf } from '../../graphql';

export const NationalServicePageQuery = graphql(
  `
    query NationalServicePage_Query($slug: String!, $lang: Lang!) {
      nationalService(slug: $slug) {
        id
        slug
        kind
        url
        name(lang: $lang) {
          ...LocalizedText_TextFragment
        }
        description(lang: $lang) {
          ...LocalizedText_TextFragment
        }
        providerText {
          fi
          sv
          en
        }
        provider {
          id
          municipalityCode
          name(lang: $lang) {
            ...LocalizedText_TextFragment
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
      projectsUsingService(service: $slug, first: 100) {
        totalCount
        nodes {
          id
          relation
          evidenceUrl
          description(lang: $lang) {
            ...LocalizedText_TextFragment
          }
          project {
            id
            slug
            name(lang: $lang) {
              ...LocalizedText_TextFragment
            }
          }
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

export type NationalServicePageData = ResultOf<typeof NationalServicePageQuery>;
export type ServiceUseItem = NationalServicePageData['projectsUsingService']['nodes'][number];
