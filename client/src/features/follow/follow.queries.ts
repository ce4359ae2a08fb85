import { TextFragment } from '../../app/LocalizedText';
import { graphql, type ResultOf } from '../../graphql';

/** Enough of any node to name and link it; `$lang` is the operation's. */
export const NodeLabelFragment = graphql(
  `
    fragment Follow_NodeLabelFragment on Node {
      __typename
      id
      ... on Project {
        name(lang: $lang) {
          ...LocalizedText_TextFragment
        }
      }
      ... on Deliverable {
        title(lang: $lang) {
          ...LocalizedText_TextFragment
        }
      }
      ... on Organisation {
        name(lang: $lang) {
          ...LocalizedText_TextFragment
        }
      }
      ... on NationalService {
        name(lang: $lang) {
          ...LocalizedText_TextFragment
        }
      }
      ... on Specification {
        name(lang: $lang) {
          ...LocalizedText_TextFragment
        }
      }
      ... on Release {
        version
      }
    }
  `,
  [TextFragment],
);

/** What the signed-in user follows (the first 100): enough to tell whether a page's node is one. */
export const FollowStateQuery = graphql(`
  query Follow_State {
    me {
      id
      follows(first: 100) {
        totalCount
        nodes {
          id
          nodeType
          node {
            id
          }
        }
      }
    }
  }
`);

export const FollowMutation = graphql(`
  mutation Follow_Follow($node: ID!) {
    follow(node: $node) {
      id
      nodeType
      createdAt
      node {
        id
      }
    }
  }
`);

export const UnfollowMutation = graphql(`
  mutation Follow_Unfollow($node: ID!) {
    unfollow(node: $node)
  }
`);

export const NotificationsQuery = graphql(
  `
    query Notifications_Query($lang: Lang!, $first: Int!, $after: String) {
      me {
        id
        notifications(first: $first, after: $after) {
          totalCount
          unreadCount
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            id
            action
            at
            readAt
            nodeType
            followedType
            changes {
              field
            }
            node {
              ...Follow_NodeLabelFragment
            }
            followed {
              ...Follow_NodeLabelFragment
            }
          }
        }
      }
    }
  `,
  [NodeLabelFragment],
);

export const FollowsQuery = graphql(
  `
    query Follows_Query($lang: Lang!, $first: Int!, $after: String) {
      me {
        id
        follows(first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            id
            nodeType
            createdAt
            node {
              ...Follow_NodeLabelFragment
            }
          }
        }
      }
    }
  `,
  [NodeLabelFragment],
);

export const MarkReadMutation = graphql(`
  mutation Notifications_MarkRead($ids: [ID!], $all: Boolean) {
    markNotificationsRead(ids: $ids, all: $all)
  }
`);

export type NodeLabel = ResultOf<typeof NodeLabelFragment>;
