import { TextFragment } from '../../app/LocalizedText';
import { graphql, type ResultOf } from '../../graphql';

export const FundingCallsPageQuery = graphql(
  `
    query FundingCallsPage_Query($lang: Lang!) {
      fundingCalls {
        id
        year
        name(lang: $lang) {
          ...LocalizedText_TextFragment
        }
        decisionDate
        grantsAwarded
        knownGrantCount
        knownAmountGrantCount
        totalAwardedEur
        knownGrantsTotalEur
        isComplete
      }
    }
  `,
  [TextFragment],
);

export type FundingCallsPageData = ResultOf<typeof FundingCallsPageQuery>;
export type FundingCallSummary = FundingCallsPageData['fundingCalls'][number];

/** One call by year (the incentive programme's rounds) or, for other programmes, by id. */
export const FundingCallPageQuery = graphql(
  `
    query FundingCallPage_Query($year: Int, $id: ID, $lang: Lang!) {
      fundingCall(year: $year, id: $id) {
        id
        year
        name(lang: $lang) {
          ...LocalizedText_TextFragment
        }
        programme {
          id
          url
          name(lang: $lang) {
            ...LocalizedText_TextFragment
          }
        }
        applicationOpens
        applicationCloses
        decisionDate
        implementationDeadline
        applicationsReceived
        appropriationEur
        grantsAwarded
        knownGrantCount
        knownAmountGrantCount
        totalAwardedEur
        knownGrantsTotalEur
        unknownAmountEur
        isComplete
        themesText
        statedGoals
        note
        sourceUrl
        grants(first: 100) {
          totalCount
          nodes {
            id
            ordinal
            status
            maxAmountEur
            leadApplicant {
              id
              municipalityCode
              name(lang: $lang) {
                ...LocalizedText_TextFragment
              }
              region {
                id
                code
                name(lang: $lang) {
                  ...LocalizedText_TextFragment
                }
              }
            }
            project {
              id
              slug
              themes
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
    }
  `,
  [TextFragment],
);

export type FundingCallPageData = ResultOf<typeof FundingCallPageQuery>;
export type FundingCallDetail = FundingCallPageData['fundingCall'];
export type GrantItem = FundingCallDetail['grants']['nodes'][number];
