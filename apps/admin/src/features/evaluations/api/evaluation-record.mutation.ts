import { useMutation } from 'urql';
import { graphql } from '../../../lib/gql';

// The answer carries the Cadre, so urql's document cache drops every cached query holding one:
// the profile lists the evaluation when the user returns to it, even its first one.
const EvaluationRecordMutation = graphql(`
  mutation EvaluationRecord($input: EvaluationRecordInput!) {
    evaluationRecord(input: $input) {
      evaluation {
        id
        year
        rating
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

export function useEvaluationRecord() {
  return useMutation(EvaluationRecordMutation);
}
