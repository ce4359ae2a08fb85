import { graphql, type ResultOf } from '../../graphql';

export const ApiKeyFragment = graphql(`
  fragment ApiKeys_ApiKeyFragment on ApiKey {
    id
    name
    prefix
    scopes
    createdAt
    createdByName
    lastUsedAt
    revokedAt
  }
`);

export const ApiKeysQuery = graphql(
  `
    query ApiKeys_Query($organisation: ID!) {
      apiKeys(organisation: $organisation) {
        ...ApiKeys_ApiKeyFragment
      }
    }
  `,
  [ApiKeyFragment],
);

export const CreateApiKeyMutation = graphql(
  `
    mutation ApiKeys_Create($input: CreateApiKeyInput!) {
      createApiKey(input: $input) {
        key
        apiKey {
          ...ApiKeys_ApiKeyFragment
        }
      }
    }
  `,
  [ApiKeyFragment],
);

export const RevokeApiKeyMutation = graphql(
  `
    mutation ApiKeys_Revoke($id: ID!) {
      revokeApiKey(id: $id) {
        ...ApiKeys_ApiKeyFragment
      }
    }
  `,
  [ApiKeyFragment],
);

export type ApiKeyItem = ResultOf<typeof ApiKeyFragment>;
