import { useQuery } from 'urql';
import { graphql } from '../../../lib/gql';

// What the rotation history can be narrowed to, found by name: cadres and units through the
// API's diacritic-blind search, plans (a handful per committee) all at once, matched in the
// picker by code or title. The names of the records an address already names come by id, so a
// shared or reloaded view shows "Vũ Sơn Hà", not an id.

const RotationFilterChoicesQuery = graphql(`
  query RotationFilterChoices(
    $search: String
    $cadres: Boolean!
    $units: Boolean!
    $plans: Boolean!
  ) {
    cadres(filter: { search: $search }, first: 20) @include(if: $cadres) {
      nodes {
        id
        fullName
        birthYear
      }
    }
    units(filter: { search: $search }, first: 20) @include(if: $units) {
      nodes {
        id
        name
      }
    }
    rotationPlans(first: 100) @include(if: $plans) {
      nodes {
        id
        code
        title
      }
    }
  }
`);

const RotationFilterNamesQuery = graphql(`
  query RotationFilterNames($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      ... on Cadre {
        fullName
      }
      ... on Unit {
        name
      }
      ... on RotationPlan {
        code
        title
      }
    }
  }
`);

export type FilterRecordKind = 'cadre' | 'unit' | 'plan';

/** Candidates of one kind for the text typed; plans need no text, the others do. */
export function useRotationFilterChoices(kind: FilterRecordKind, search: string) {
  return useQuery({
    query: RotationFilterChoicesQuery,
    pause: kind !== 'plan' && search.trim() === '',
    variables: {
      search: search.trim() || null,
      cadres: kind === 'cadre',
      units: kind === 'unit',
      plans: kind === 'plan',
    },
  });
}

/** The names of the records the filter names by id (none asked when it names none). */
export function useRotationFilterNames(ids: string[]) {
  return useQuery({ query: RotationFilterNamesQuery, pause: ids.length === 0, variables: { ids } });
}
