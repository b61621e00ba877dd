import { useQuery } from 'urql';
import { graphql } from '../../../lib/gql';

const CadreNameQuery = graphql(`
  query CadreName($id: ID!) {
    node(id: $id) {
      __typename
      ... on Cadre {
        id
        fullName
      }
    }
  }
`);

/** Whose page a form for one cadre is: the name it shows and links back to. */
export function useCadreName(id: string, pause = false) {
  return useQuery({ query: CadreNameQuery, variables: { id }, pause });
}
