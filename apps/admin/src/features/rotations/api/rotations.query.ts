import { useQuery } from 'urql';
import { graphql } from '../../../lib/gql';
import type { RotationFilter } from '../../../lib/gql/graphql';

const RotationsQuery = graphql(`
  query Rotations($filter: RotationFilter, $first: Int!, $after: String) {
    rotations(
      filter: $filter
      first: $first
      after: $after
      orderBy: { field: START_DATE, direction: DESC }
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        version
        status
        availableActions
        category
        startDate
        plannedEndDate
        endDate
        overdue
        cadre {
          id
          fullName
        }
        fromPosition {
          id
          title
          unit {
            id
            name
          }
        }
        toPosition {
          id
          title
          unit {
            id
            name
          }
        }
      }
    }
  }
`);

export const ROTATIONS_PAGE_SIZE = 25;

/** Rotation history, latest start first, with the filters of RotationFilter. */
export function useRotations(filter: RotationFilter, after: string | null) {
  return useQuery({
    query: RotationsQuery,
    variables: { filter, first: ROTATIONS_PAGE_SIZE, after },
  });
}
