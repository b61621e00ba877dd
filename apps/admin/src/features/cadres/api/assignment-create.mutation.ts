import { useMutation } from 'urql';
import { graphql } from '../../../lib/gql';

// The answer carries the Cadre, so urql's document cache drops every cached query holding one
// (the profile, the eligibility panel, the lists showing current posts): they read afresh.
const AssignmentCreateMutation = graphql(`
  mutation AssignmentCreate($input: AssignmentCreateInput!) {
    assignmentCreate(input: $input) {
      assignment {
        id
        version
        cadre {
          id
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

export function useAssignmentCreate() {
  return useMutation(AssignmentCreateMutation);
}
