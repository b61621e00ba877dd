import { useQuery } from 'urql';
import { graphql } from '../../../lib/gql';

const PlanChoicesQuery = graphql(`
  query RotationPlanChoices {
    rotationPlans(first: 100) {
      nodes {
        id
        code
        title
      }
    }
  }
`);

/** The plans a proposal may count toward, by number and title. */
export function usePlanChoices() {
  return useQuery({ query: PlanChoicesQuery });
}
