import { useQuery } from 'urql';
import { graphql } from '../../../lib/gql';

const HomeAreaChoicesQuery = graphql(`
  query CadreHomeAreaChoices($search: String, $activeAt: Date!, $first: Int!) {
    areas(filter: { search: $search, activeAt: $activeAt }, first: $first) {
      totalCount
      nodes {
        id
        name
        parent {
          id
          name
        }
      }
    }
  }
`);

/** The most the API returns in one page; past it the search box narrows the list. */
export const HOME_AREA_CHOICES = 100;

/** Areas that exist on the day, by name; the API matches the text ignoring diacritics. */
export function useHomeAreaChoices(search: string, activeAt: string) {
  return useQuery({
    query: HomeAreaChoicesQuery,
    variables: { search: search.trim() || null, activeAt, first: HOME_AREA_CHOICES },
  });
}
