import { useQuery } from 'urql';
import { graphql } from '../../../lib/gql';

const CadreSearchQuery = graphql(`
  query CadreSearch($search: String, $first: Int!, $after: String, $asOf: Date!) {
    cadres(filter: { search: $search }, first: $first, after: $after) {
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

/** A page of cadres whose names contain the words, diacritics ignored (the API does that). */
export function useCadreSearch(search: string, after: string | null, asOf: string) {
  return useQuery({
    query: CadreSearchQuery,
    variables: { search: search.trim() || null, first: CADRES_PAGE_SIZE, after, asOf },
  });
}
