import { useQuery } from 'urql';
import { graphql } from '../../../lib/gql';

const UnitsQuery = graphql(`
  query UnitsTree {
    units(first: 100) {
      totalCount
      nodes {
        id
        name
        bloc
        level
        validFrom
        validTo
        version
        area {
          id
        }
        parent {
          id
        }
        positions {
          id
        }
      }
    }
    areas(first: 100) {
      totalCount
      nodes {
        id
        name
        kind
        validFrom
        validTo
        version
        parent {
          id
        }
        successors {
          kind
          date
          area {
            id
            name
          }
        }
      }
    }
  }
`);

const UnitDetailQuery = graphql(`
  query UnitDetail($id: ID!, $asOf: Date!) {
    node(id: $id) {
      __typename
      ... on Unit {
        id
        validFrom
        validTo
        area {
          id
          name
        }
        positions {
          id
          title
          isKey
          rank
          seats
          requiresNonLocal
          version
          holders(asOf: $asOf) {
            id
            startDate
            endDate
            cadre {
              id
              fullName
            }
          }
        }
        predecessors {
          kind
          date
          unit {
            id
            name
          }
        }
        successors {
          kind
          date
          unit {
            id
            name
          }
        }
      }
    }
  }
`);

/** Every unit and area version; the demo city has tens of each, a province a few hundred. */
export function useUnitsTree() {
  return useQuery({ query: UnitsQuery });
}

export function useUnitDetail(id: string, asOf: string) {
  return useQuery({ query: UnitDetailQuery, variables: { id, asOf } });
}
