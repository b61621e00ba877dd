import { useQuery } from 'urql';
import { graphql } from '../../../lib/gql';

const CadreEditQuery = graphql(`
  query CadreEdit($id: ID!) {
    node(id: $id) {
      __typename
      ... on Cadre {
        id
        code
        fullName
        sex
        birthDate
        birthYear
        homeArea {
          id
          name
        }
        notes
        version
      }
    }
  }
`);

/** The facts the edit form starts from, always from the server: its version must be current. */
export function useCadreEdit(id: string, pause = false) {
  return useQuery({
    query: CadreEditQuery,
    variables: { id },
    requestPolicy: 'network-only',
    pause,
  });
}
