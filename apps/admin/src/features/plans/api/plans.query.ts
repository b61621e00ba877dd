import { useQuery } from 'urql';
import { graphql } from '../../../lib/gql';

const PlansQuery = graphql(`
  query Plans {
    rotationPlans(first: 100) {
      totalCount
      nodes {
        id
        code
        title
        issuedOn
        periodStart
        periodEnd
        targetCount
        progress {
          subjects
          rotated
          active
          completed
        }
      }
    }
  }
`);

const PlanQuery = graphql(`
  query Plan($id: ID!, $after: String) {
    node(id: $id) {
      __typename
      ... on RotationPlan {
        id
        code
        title
        publishedAt
        issuedOn
        periodStart
        periodEnd
        targetCount
        issuingUnit {
          id
          name
        }
        criteria {
          longTenureYears
          youngAgeLimit
          reasons
        }
        progress {
          subjects
          rotated
          active
          completed
          message
          byCategory {
            category
            count
          }
          ratings {
            rating
            count
          }
        }
        subjects(first: 50, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            criterion
            node {
              id
              fullName
            }
          }
        }
      }
    }
  }
`);

export function usePlans() {
  return useQuery({ query: PlansQuery });
}

export function usePlan(id: string, after: string | null) {
  return useQuery({ query: PlanQuery, variables: { id, after } });
}
