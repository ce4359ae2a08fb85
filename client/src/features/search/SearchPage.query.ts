import { TextFragment } from '../../app/LocalizedText';
import { graphql, type ResultOf, type VariablesOf } from '../../graphql';

export const FACETS = [
  'kind',
  'theme',
  'year',
  'status',
  'region',
  'municipality',
  'deliverableKind',
  'nationalService',
  'specification',
  'language',
  'licence',
] as const;

export type FacetName = (typeof FACETS)[number];

/** One facet value; `$lang` is the operation's (a fragment may use its operation's variables). */
export const FacetValueFragment = graphql(
  `
    fragment SearchPage_FacetValueFragment on FacetValue {
      value
      count
      selected
      label(lang: $lang) {
        ...LocalizedText_TextFragment
      }
    }
  `,
  [TextFragment],
);

export type FacetValue = ResultOf<typeof FacetValueFragment>;

/** A page of hits; the facet counts only with the first page (`withFacets`). */
export const SearchPageQuery = graphql(
  `
    query SearchPage_Query(
      $query: String
      $lang: Lang!
      $filter: SearchFilter
      $first: Int
      $after: String
      $withFacets: Boolean!
    ) {
      search(query: $query, lang: $lang, filter: $filter, first: $first, after: $after) {
        totalCount
        totalCountIsExact
        facetsAreExact
        partialMatch
        synonyms {
          term
          synonyms
        }
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            kind
            title(lang: $lang) {
              ...LocalizedText_TextFragment
            }
            snippet {
              html
              text
              lang
            }
            node {
              id
              ... on Project {
                slug
              }
              ... on Organisation {
                municipalityCode
              }
              ... on NationalService {
                slug
              }
              ... on Specification {
                slug
              }
            }
          }
        }
        facets @include(if: $withFacets) {
          kind {
            ...SearchPage_FacetValueFragment
          }
          theme {
            ...SearchPage_FacetValueFragment
          }
          year {
            ...SearchPage_FacetValueFragment
          }
          status {
            ...SearchPage_FacetValueFragment
          }
          region {
            ...SearchPage_FacetValueFragment
          }
          municipality {
            ...SearchPage_FacetValueFragment
          }
          deliverableKind {
            ...SearchPage_FacetValueFragment
          }
          nationalService {
            ...SearchPage_FacetValueFragment
          }
          specification {
            ...SearchPage_FacetValueFragment
          }
          language {
            ...SearchPage_FacetValueFragment
          }
          licence {
            ...SearchPage_FacetValueFragment
          }
        }
      }
    }
  `,
  [TextFragment, FacetValueFragment],
);

export type SearchPageData = ResultOf<typeof SearchPageQuery>;
export type SearchVariables = VariablesOf<typeof SearchPageQuery>;
export type SearchFilter = NonNullable<SearchVariables['filter']>;
export type SearchHit = SearchPageData['search']['edges'][number]['node'];
export type SearchFacets = NonNullable<SearchPageData['search']['facets']>;
