import { useMutation } from 'urql';
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

export function usePlanCreate() {
  return useMutation(RotationPlanCreateMutation);
}
