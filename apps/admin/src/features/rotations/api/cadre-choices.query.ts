import { useQuery } from 'urql';
import { graphql } from '../../../lib/gql';

const CadreChoicesQuery = graphql(`
  query RotationCadreChoices($search: String) {
    cadres(filter: { search: $search }, first: 20) {
      nodes {
        id
        fullName
        birthYear
      }
    }
  }
`);

/** Cadres to choose from, by name (diacritics optional). */
export function useCadreChoices(search: string) {
  return useQuery({ query: CadreChoicesQuery, variables: { search: search.trim() || null } });
}
