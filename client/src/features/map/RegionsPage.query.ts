import { TextFragment } from '../../app/LocalizedText';
import { graphql, type ResultOf } from '../../graphql';

/**
 * Every region with all its municipalities and their counts in one request: no region has more
 * than 100 municipalities (the largest, Pohjois-Pohjanmaa, has 30), so one page each is all.
 */
export const RegionsPageQuery = graphql(
  `
    query RegionsPage_Query($lang: Lang!) {
      regions {
        id
        code
        municipalityCount
        name(lang: $lang) {
          ...LocalizedText_TextFragment
        }
        municipalities(first: 100) {
          nodes {
            id
            municipalityCode
            name(lang: $lang) {
              ...LocalizedText_TextFragment
            }
            participations(first: 1) {
              totalCount
            }
            adoptions(first: 1) {
              totalCount
            }
          }
        }
      }
    }
  `,
  [TextFragment],
);

export type RegionsPageData = ResultOf<typeof RegionsPageQuery>;
export type RegionItem = RegionsPageData['regions'][number];
