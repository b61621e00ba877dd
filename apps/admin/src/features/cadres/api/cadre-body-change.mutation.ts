import { useMutation } from 'urql';
import { graphql } from '../../../lib/gql';

// The Cadre in the answer makes every view of the cadre read afresh: who manages them decides
// whose lists and statistics they count in.
const CadreBodyChangeMutation = graphql(`
  mutation CadreBodyChange($input: CadreBodyChangeInput!) {
    cadreBodyChange(input: $input) {
      cadre {
        id
        version
        body {
          id
          name
        }
        bodies {
          validFrom
          validTo
          body {
            id
            name
          }
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

export function useCadreBodyChange() {
  return useMutation(CadreBodyChangeMutation);
}
