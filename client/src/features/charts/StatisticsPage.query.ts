import { TextFragment } from '../../app/LocalizedText';
import { graphql, type ResultOf } from '../../graphql';

/**
 * Grant sums from `stats`; deliverables by year, theme and region from the search facets over
 * deliverables (`stats` has no deliverable breakdowns): one request for the whole page.
 */
export const StatisticsPageQuery = graphql(
  `
    query StatisticsPage_Query($lang: Lang!) {
      stats {
        grantCount
        grantTotalEur
        deliverableCount
        grantsByYear {
          year
          grantCount
          totalEur
        }
        grantsByTheme {
          theme
          grantCount
          totalEur
        }
        grantsByRegion {
          region {
            id
            code
            name(lang: $lang) {
              ...LocalizedText_TextFragment
            }
          }
          grantCount
          totalEur
        }
      }
      deliverables: search(filter: { kind: [DELIVERABLE] }, first: 1, lang: $lang) {
        totalCount
        facets {
          year {
            value
            count
          }
          theme {
            value
            count
          }
          region {
            value
            count
            label(lang: $lang) {
              ...LocalizedText_TextFragment
            }
          }
        }
      }
    }
  `,
  [TextFragment],
);

export type StatisticsPageData = ResultOf<typeof StatisticsPageQuery>;
