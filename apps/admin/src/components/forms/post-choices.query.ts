import { useQuery } from 'urql';
import { graphql } from '../../lib/gql';

// Each unit comes with the days it exists, so a form can tell whether a post existed on the
// day it is taken up. Posts found by title come whatever their unit's days; the field hides or
// marks them by those days.
const PostChoicesQuery = graphql(`
  query PostChoices($search: String, $asOf: Date) {
    positions(filter: { search: $search }, first: 30) {
      nodes {
        id
        title
        rank
        unit {
          id
          name
          validFrom
          validTo
        }
      }
    }
    units(filter: { search: $search, activeAt: $asOf }, first: 10) {
      nodes {
        id
        name
        validFrom
        validTo
        positions {
          id
          title
          rank
        }
      }
    }
  }
`);

/**
 * Posts to choose from: titles matching the text and the posts of units matching it, only units
 * existing on `activeAt` when given (null: units of any day, closed ones included).
 */
export function usePostChoices(search: string, activeAt: string | null) {
  return useQuery({
    query: PostChoicesQuery,
    variables: { search: search.trim() || null, asOf: activeAt },
  });
}
