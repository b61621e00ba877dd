import { useQuery } from 'urql';
import { graphql } from '../../lib/gql';

// Units to choose from by name, through the API's diacritic-blind search; each says until when
// it existed, so a closed one is marked where units of any day are offered.
const UnitChoicesQuery = graphql(`
  query UnitChoices($search: String, $activeAt: Date) {
    units(filter: { search: $search, activeAt: $activeAt }, first: 20) {
      totalCount
      nodes {
        id
        name
        validTo
      }
    }
  }
`);

/** Units whose names contain the text (the first by name when none is typed), existing on `activeAt` when given. */
export function useUnitChoices(search: string, activeAt: string | null) {
  return useQuery({
    query: UnitChoicesQuery,
    variables: { search: search.trim() || null, activeAt },
  });
}
