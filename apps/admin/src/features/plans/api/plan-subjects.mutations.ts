import { useMutation } from 'urql';
import { graphql } from '../../../lib/gql';

// The plan's subjects and progress come back with each change, so the page shows them at once.

const RotationPlanAddSubjectsMutation = graphql(`
  mutation RotationPlanAddSubjects($input: RotationPlanAddSubjectsInput!) {
    rotationPlanAddSubjects(input: $input) {
      rotationPlan {
        id
        progress {
          subjects
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const RotationPlanRemoveSubjectMutation = graphql(`
  mutation RotationPlanRemoveSubject($input: RotationPlanRemoveSubjectInput!) {
    rotationPlanRemoveSubject(input: $input) {
      rotationPlan {
        id
        progress {
          subjects
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export function usePlanAddSubjects() {
  return useMutation(RotationPlanAddSubjectsMutation);
}

export function usePlanRemoveSubject() {
  return useMutation(RotationPlanRemoveSubjectMutation);
}
