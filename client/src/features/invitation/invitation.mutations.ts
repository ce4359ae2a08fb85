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
