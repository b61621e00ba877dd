import { useMutation } from 'urql';
import { graphql } from '../../../lib/gql';

const CadreCreateMutation = graphql(`
  mutation CadreCreate($input: CadreCreateInput!) {
    cadreCreate(input: $input) {
      cadre {
        id
        fullName
        version
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export function useCadreCreate() {
  return useMutation(CadreCreateMutation);
}
