import { graphql, type ResultOf } from '../../graphql';

export const GraphExplorerQuery = graphql(`
  query GraphExplorer_Query($node: ID!, $hops: Int!, $limit: Int!, $lang: Lang!) {
    neighbourhood(node: $node, hops: $hops, limit: $limit, lang: $lang) {
      truncated
      centre {
        id
        label
        labelLang
        typename
      }
      nodes {
        id
        label
        labelLang
        typename
        hops
      }
      edges {
        source
        target
        type
      }
    }
  }
`);

export type Neighbourhood = ResultOf<typeof GraphExplorerQuery>['neighbourhood'];
export type GraphNodeItem = Neighbourhood['nodes'][number];
export type GraphEdgeItem = Neighbourhood['edges'][number];

/** What a global id is, and what its page needs (slug, code, year): the explorer's links resolve here. */
export const NodePathQuery = graphql(`
  query NodePath_Query($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Project {
        slug
      }
      ... on Organisation {
        municipalityCode
      }
      ... on Specification {
        slug
      }
      ... on NationalService {
        slug
      }
      ... on FundingCall {
        year
      }
      ... on Grant {
        call {
          id
          year
        }
        project {
          id
          slug
        }
      }
    }
  }
`);

export type PathNode = NonNullable<ResultOf<typeof NodePathQuery>['node']>;
