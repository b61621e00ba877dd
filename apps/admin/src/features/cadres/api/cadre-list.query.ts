import { useQuery } from 'urql';
import { graphql } from '../../../lib/gql';
import type { CadreFilter, CadreOrder } from '../../../lib/gql/graphql';

const CadreListQuery = graphql(`
  query CadreList(
    $filter: CadreFilter
    $orderBy: CadreOrder
    $first: Int!
    $after: String
    $asOf: Date!
  ) {
    cadres(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        fullName
        sex
        birthDate
        birthYear
        ageBand
        isSample
        status
        postsOn(asOf: $asOf) {
          id
          position {
            id
            title
            unit {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const CADRES_PAGE_SIZE = 25;

/** A page of cadres the filter selects, in the order asked (the API filters and sorts). */
export function useCadreList(
  filter: CadreFilter,
  orderBy: CadreOrder,
  after: string | null,
  asOf: string,
) {
  return useQuery({
    query: CadreListQuery,
    variables: { filter, orderBy, first: CADRES_PAGE_SIZE, after, asOf },
  });
}
