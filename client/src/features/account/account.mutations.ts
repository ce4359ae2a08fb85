import { graphql } from '../../graphql';

export const SignInMutation = graphql(`
  mutation SignIn_Mutation($input: SignInInput!) {
    signIn(input: $input) {
      id
      name
    }
  }
`);

export const SignUpMutation = graphql(`
  mutation SignUp_Mutation($input: SignUpInput!) {
    signUp(input: $input) {
      id
      name
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut_Mutation {
    signOut
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword_Mutation($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      id
    }
  }
`);

export const AuthProvidersQuery = graphql(`
  query AuthProviders_Query {
    authProviders {
      id
      label
      loginUrl
    }
  }
`);
