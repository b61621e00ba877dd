import { useQuery } from 'urql';
import { graphql } from '../../../lib/gql';
import { ACCESS_PAGE_SIZE } from './users.query';

const AccessApiKeysQuery = graphql(`
  query AccessApiKeys($first: Int!, $after: String) {
    apiKeys(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
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
    }
  }
`);

// A created key is not yet in any answer, so the list asks again after any key is written.
const CONTEXT = { additionalTypenames: ['ApiKey'] };

/** Every API key by name, revoked ones included (ADMIN only). */
export function useAccessApiKeys(after: string | null) {
  return useQuery({
    query: AccessApiKeysQuery,
    variables: { first: ACCESS_PAGE_SIZE, after },
    context: CONTEXT,
  });
}
