import { useQuery } from 'urql';
import { graphql } from '../../../lib/gql';

const AccessUsersQuery = graphql(`
  query AccessUsers($first: Int!, $after: String) {
    users(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        username
        role
        createdAt
        disabledAt
        version
        body {
          id
          name
        }
      }
    }
  }
`);

export const ACCESS_PAGE_SIZE = 50;

// A created user is not yet in any answer, so the list asks again after any user is written.
const CONTEXT = { additionalTypenames: ['User'] };

/** Every user by username (ADMIN only: the API refuses everyone else). */
export function useAccessUsers(after: string | null) {
  return useQuery({
    query: AccessUsersQuery,
    variables: { first: ACCESS_PAGE_SIZE, after },
    context: CONTEXT,
  });
}
