import { useMutation } from 'urql';
import { graphql } from '../../../lib/gql';

// As with assignmentCreate, the Cadre in the answer makes every view of the cadre read afresh:
// an ended post changes the career, the current posts and the eligibility.
const AssignmentEndMutation = graphql(`
  mutation AssignmentEnd($id: ID!, $expectedVersion: Int!, $input: AssignmentEndInput!) {
    assignmentEnd(id: $id, expectedVersion: $expectedVersion, input: $input) {
      assignment {
        id
        version
        endDate
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

export function useAssignmentEnd() {
  return useMutation(AssignmentEndMutation);
}
