import { useQuery } from 'urql';
import { graphql } from '../../../lib/gql';

// The facts libs/rules needs to check a proposed rotation in the browser: the cadre with every
// post and rotation, the target post with its holders on the start date, the units with their
// direct lineage and the areas up to the province (for the local-native check).

graphql(`
  fragment AreaFacts on Area {
    id
    name
    kind
    validFrom
    validTo
    parent {
      id
      name
      kind
      validFrom
      validTo
      parent {
        id
        name
        kind
        validFrom
        validTo
        parent {
          id
          name
          kind
          validFrom
          validTo
        }
      }
    }
  }
`);

graphql(`
  fragment UnitVersionFacts on Unit {
    id
    name
    bloc
    level
    validFrom
    validTo
    area {
      id
    }
    parent {
      id
    }
  }
`);

graphql(`
  fragment PositionFacts on Position {
    id
    title
    isKey
    rank
    seats
    requiresNonLocal
    unit {
      ...UnitVersionFacts
      predecessors {
        kind
        date
        unit {
          ...UnitVersionFacts
        }
      }
      successors {
        kind
        date
        unit {
          ...UnitVersionFacts
        }
      }
    }
  }
`);

const RotationFactsQuery = graphql(`
  query RotationFacts($cadreId: ID!, $toPositionId: ID!, $toUnitId: ID!, $startDate: Date!) {
    cadre: node(id: $cadreId) {
      __typename
      ... on Cadre {
        id
        fullName
        sex
        birthDate
        birthYear
        homeArea {
          ...AreaFacts
        }
        assignments {
          id
          kind
          startDate
          endDate
          position {
            ...PositionFacts
          }
        }
        rotations(first: 30) {
          nodes {
            ...RotationRecordFacts
          }
        }
      }
    }
    toPosition: node(id: $toPositionId) {
      __typename
      ... on Position {
        ...PositionFacts
        unit {
          id
          area {
            ...AreaFacts
          }
        }
        holders(asOf: $startDate) {
          id
          kind
          startDate
          endDate
          cadre {
            id
          }
        }
      }
    }
    intoPost: rotations(filter: { toUnitId: $toUnitId, statuses: [APPROVED, ACTIVE] }, first: 30) {
      nodes {
        ...RotationRecordFacts
      }
    }
  }
`);

graphql(`
  fragment RotationRecordFacts on Rotation {
    id
    startDate
    plannedEndDate
    endDate
    status
    category
    direction
    rankChange
    outcome
    cadre {
      id
    }
    plan {
      id
    }
    fromPosition {
      id
    }
    toPosition {
      id
    }
  }
`);

type Selection = {
  cadreId: string;
  toPositionId: string;
  toUnitId: string;
  startDate: string | null;
};

/** Paused until a cadre, a target post and a valid start date are chosen. */
export function useRotationFacts({ cadreId, toPositionId, toUnitId, startDate }: Selection) {
  return useQuery({
    query: RotationFactsQuery,
    variables: { cadreId, toPositionId, toUnitId, startDate: startDate ?? '' },
    pause: !cadreId || !toPositionId || !toUnitId || !startDate,
  });
}
