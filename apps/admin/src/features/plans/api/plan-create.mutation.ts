import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../lib/gql';

const RotationPlanCreateMutation = graphql(`
  mutation RotationPlanCreate($input: RotationPlanCreateInput!) {
    rotationPlanCreate(input: $input) {
      rotationPlan {
        id
        code
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const IssuingUnitChoicesQuery = graphql(`
  query PlanIssuingUnitChoices($search: String, $activeAt: Date) {
    units(filter: { search: $search, activeAt: $activeAt }, first: 20) {
      totalCount
      nodes {
        id
        name
      }
    }
  }
`);

export function usePlanCreate() {
  return useMutation(RotationPlanCreateMutation);
}

/** Units that may have issued the plan: by name, existing on the day it was issued. */
export function useIssuingUnitChoices(search: string, issuedOn: string | null) {
  return useQuery({
    query: IssuingUnitChoicesQuery,
    variables: { search: search.trim() || null, activeAt: issuedOn },
  });
}
