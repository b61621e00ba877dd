import { useMutation } from 'urql';
import { graphql } from '../../../lib/gql';

const RotationCreateMutation = graphql(`
  mutation RotationCreate($input: RotationInput!) {
    rotationCreate(input: $input) {
      rotation {
        id
        status
        category
        cadre {
          id
          fullName
        }
      }
      warnings {
        code
        message
        field
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export function useRotationCreate() {
  return useMutation(RotationCreateMutation);
}
