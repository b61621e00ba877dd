import { useQuery } from 'urql';
import { graphql } from '../../../lib/gql';
import type { EligibleCadresQuery as Result } from '../../../lib/gql/graphql';

const EligibleCadresQuery = graphql(`
  query EligibleCadres($asOf: Date!, $planId: ID, $first: Int!, $after: String) {
    eligibleCadres(asOf: $asOf, planId: $planId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          fullName
          birthYear
        }
        eligibility {
          reasons {
            code
            message
            since
            years
            unit {
              id
              name
            }
          }
          blockers {
            code
            message
          }
        }
      }
    }
    rotationPlans(first: 50) {
      nodes {
        id
        code
        title
      }
    }
  }
`);

export type EligibleEdge = Result['eligibleCadres']['edges'][number];
export const ELIGIBLE_PAGE_SIZE = 100;

export function useEligibleCadres(asOf: string, planId: string | null, after: string | null) {
  return useQuery({
    query: EligibleCadresQuery,
    variables: { asOf, planId, first: ELIGIBLE_PAGE_SIZE, after },
  });
}
