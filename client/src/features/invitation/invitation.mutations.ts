import { TextFragment } from '../../app/LocalizedText';
import { graphql, type ResultOf } from '../../graphql';

export const InviteMemberMutation = graphql(`
  mutation InviteMember_Mutation($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      token
      invitation {
        id
        email
        role
        expiresAt
      }
    }
  }
`);

export const AcceptInvitationMutation = graphql(
  `
    mutation AcceptInvitation_Mutation($token: String!, $lang: Lang!) {
      acceptInvitation(token: $token) {
        id
        memberships {
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
    }
  `,
  [TextFragment],
);

export type AcceptedProject = NonNullable<
  ResultOf<typeof AcceptInvitationMutation>['acceptInvitation']['memberships'][number]['project']
>;

/** What the invitation of a token is for, before accepting it (no sign-in needed). */
export const InvitationPreviewQuery = graphql(
  `
    query InvitationPreview_Query($token: String!, $lang: Lang!) {
      invitation(token: $token) {
        role
        state
        expiresAt
        emailHint
        invitedByName
        project {
          id
          slug
          name(lang: $lang) {
            ...LocalizedText_TextFragment
          }
        }
        organisation {
          id
          municipalityCode
          name(lang: $lang) {
            ...LocalizedText_TextFragment
          }
        }
      }
    }
  `,
  [TextFragment],
);

export type InvitationPreview = NonNullable<ResultOf<typeof InvitationPreviewQuery>['invitation']>;
