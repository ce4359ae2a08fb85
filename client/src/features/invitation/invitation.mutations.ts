import { graphql } from '../../graphql';

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

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation_Mutation($token: String!) {
    acceptInvitation(token: $token) {
      id
      memberships {
        role
        project {
          id
          slug
        }
      }
    }
  }
`);
