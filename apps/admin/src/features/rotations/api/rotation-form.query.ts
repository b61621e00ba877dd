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

const PositionChoicesQuery = graphql(`
  query RotationPositionChoices($search: String, $asOf: Date) {
    positions(filter: { search: $search }, first: 30) {
      nodes {
        id
        title
        rank
        unit {
          id
          name
          validTo
        }
      }
    }
    units(filter: { search: $search, activeAt: $asOf }, first: 10) {
      nodes {
        id
        name
        positions {
          id
          title
          rank
        }
      }
    }
    rotationPlans(first: 50) {
      nodes {
        id
        code
        title
      }
    }
  }
`);

/** Cadres to choose from, by name (diacritics optional). */
export function useCadreChoices(search: string) {
  return useQuery({ query: CadreChoicesQuery, variables: { search: search.trim() || null } });
}

/** Posts to choose from: titles matching the text and the posts of units matching it. */
export function usePositionChoices(search: string, asOf: string | null) {
  return useQuery({
    query: PositionChoicesQuery,
    variables: { search: search.trim() || null, asOf },
  });
}
