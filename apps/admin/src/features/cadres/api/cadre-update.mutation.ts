import { useMutation } from 'urql';
import { graphql } from '../../../lib/gql';

// The answer carries a Cadre, so urql's document cache drops every cached query holding one:
// the profile shows the change when the editor returns to it.
const CadreUpdateMutation = graphql(`
  mutation CadreUpdate($id: ID!, $expectedVersion: Int!, $input: CadreUpdateInput!) {
    cadreUpdate(id: $id, expectedVersion: $expectedVersion, input: $input) {
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

export function useCadreUpdate() {
  return useMutation(CadreUpdateMutation);
}
