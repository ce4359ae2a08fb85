import { graphql } from '../../graphql';

// Apart from follow.queries.ts: the header's user menu loads with every page.
/** The unread count beside the user menu's link. */
export const UnreadCountQuery = graphql(`
  query Notifications_Unread {
    me {
      id
      notifications(first: 1, unreadOnly: true) {
        unreadCount
      }
    }
  }
`);
