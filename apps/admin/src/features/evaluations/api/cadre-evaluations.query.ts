import { useQuery } from 'urql';
import { graphql } from '../../../lib/gql';

// What the evaluation form needs of a cadre: the name it links back to, and each year's
// evaluation with its version, which a correction names.
const CadreEvaluationsQuery = graphql(`
  query CadreEvaluations($id: ID!) {
    node(id: $id) {
      __typename
      ... on Cadre {
        id
        fullName
        evaluations {
          id
          year
          score
          rating
          disciplined
          evaluator
          notes
          version
        }
      }
    }
  }
`);

export function useCadreEvaluations(id: string, pause = false) {
  return useQuery({ query: CadreEvaluationsQuery, variables: { id }, pause });
}
