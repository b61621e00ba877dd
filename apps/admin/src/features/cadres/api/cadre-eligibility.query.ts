import { useQuery } from 'urql';
import { graphql } from '../../../lib/gql';

const CadreEligibilityQuery = graphql(`
  query CadreEligibility($id: ID!, $asOf: Date!, $planId: ID) {
    node(id: $id) {
      __typename
      ... on Cadre {
        id
        eligibility(asOf: $asOf, planId: $planId) {
          subject
          decision
          asOf
          message
          criteria {
            code
            legalBasis {
              document
              clause
            }
          }
          reasons {
            code
            message
            since
            years
            unit {
              id
              name
            }
            legalBasis {
              document
              clause
            }
          }
          blockers {
            code
            message
            missingFacts
            legalBasis {
              document
              clause
            }
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

/** Eligibility on a chosen date, by a plan's criteria or the default ones; and the plans. */
export function useCadreEligibility(id: string, asOf: string, planId: string | null) {
  return useQuery({ query: CadreEligibilityQuery, variables: { id, asOf, planId } });
}
