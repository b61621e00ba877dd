import { useMutation } from 'urql';
import { graphql } from '../../../lib/gql';

const ApiKeyCreateMutation = graphql(`
  mutation ApiKeyCreate($input: ApiKeyCreateInput!) {
    apiKeyCreate(input: $input) {
      apiKey {
        id
        name
        role
        personalData
        createdAt
        revokedAt
        body {
          id
          name
        }
      }
      secret
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const ApiKeyRevokeMutation = graphql(`
  mutation ApiKeyRevoke($id: ID!) {
    apiKeyRevoke(id: $id) {
      apiKey {
        id
        revokedAt
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export function useApiKeyCreate() {
  return useMutation(ApiKeyCreateMutation);
}

export function useApiKeyRevoke() {
  return useMutation(ApiKeyRevokeMutation);
}
