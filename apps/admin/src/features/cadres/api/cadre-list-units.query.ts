import { useQuery } from 'urql';
import { graphql } from '../../../lib/gql';

// The units the cadres list can be narrowed to, found by name through the API's diacritic-blind
// search; the unit an address already names comes by id, so a shared view shows its name.

const CadreListUnitChoicesQuery = graphql(`
  query CadreListUnitChoices($search: String!) {
    units(filter: { search: $search }, first: 20) {
      totalCount
      nodes {
        id
        name
        validTo
      }
    }
  }
`);

const CadreListUnitNameQuery = graphql(`
  query CadreListUnitName($id: ID!) {
    node(id: $id) {
      id
      ... on Unit {
        name
      }
    }
  }
`);

/** Units whose names contain the words typed; nothing is asked before a word is typed. */
export function useCadreListUnitChoices(search: string) {
  return useQuery({
    query: CadreListUnitChoicesQuery,
    pause: search.trim() === '',
    variables: { search: search.trim() },
  });
}

/** The name of the unit the address names (none asked when it names none). */
export function useCadreListUnitName(id: string | null) {
  return useQuery({
    query: CadreListUnitNameQuery,
    pause: id === null,
    variables: { id: id ?? '' },
  });
}
