import { useQuery } from 'urql';
import { graphql } from '../../../lib/gql';

const CadreProfileQuery = graphql(`
  query CadreProfile($id: ID!) {
    node(id: $id) {
      __typename
      ... on Cadre {
        id
        code
        fullName
        sex
        birthDate
        birthYear
        isSample
        status
        notes
        retirementDate
        ageBand
        retirementYear
        homeArea {
          id
          name
        }
        body {
          id
          name
        }
        bodies {
          validFrom
          validTo
          body {
            id
            name
          }
        }
        successionPool {
          targetTitle
          termStart
          termEnd
        }
        assignments {
          id
          kind
          startDate
          endDate
          version
          position {
            id
            title
            isKey
            unit {
              id
              name
            }
          }
          rotation {
            id
          }
        }
        rotations(first: 100, orderBy: { field: START_DATE, direction: ASC }) {
          nodes {
            id
            startDate
            plannedEndDate
            endDate
            status
            category
            direction
            rankChange
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
        evaluations {
          id
          year
          score
          rating
          disciplined
          evaluator
          notes
        }
      }
    }
  }
`);

/** `fresh` skips the cache, e.g. right after the cadre was saved; `pause` reads nothing. */
export function useCadreProfile(id: string, fresh = false, pause = false) {
  return useQuery({
    query: CadreProfileQuery,
    variables: { id },
    pause,
    ...(fresh ? { requestPolicy: 'network-only' as const } : {}),
  });
}
