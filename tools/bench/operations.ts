// The GraphQL documents of QUALITY.md's Q1–Q4, as an API consumer (the admin app's profile,
// history, statistics and eligibility screens) would ask them.

export const Q1 = /* GraphQL */ `
  query Q1($id: ID!) {
    node(id: $id) {
      ... on Cadre {
        id
        fullName
        sex
        birthDate
        retirementDate
        homeArea {
          id
          name
        }
        assignments {
          id
          kind
          startDate
          endDate
          position {
            id
            title
            rank
            unit {
              id
              name
            }
          }
        }
        rotations(first: 50) {
          totalCount
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
      }
    }
  }
`;

export const Q2 = /* GraphQL */ `
  query Q2($unitId: ID!, $from: Date!, $to: Date!, $first: Int!) {
    rotations(filter: { unitId: $unitId, startedFrom: $from, startedTo: $to }, first: $first) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        startDate
        plannedEndDate
        endDate
        status
        category
        direction
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
            level
          }
        }
        toPosition {
          id
          title
          unit {
            id
            name
            level
          }
        }
      }
    }
  }
`;

export const Q3 = /* GraphQL */ `
  query Q3 {
    rotationStats {
      total
      byCategory {
        category
        count
      }
      byYear {
        year
        count
      }
      byDirection {
        direction
        count
      }
    }
  }
`;

// totalCount is left out on purpose: the SDL warns that it judges every candidate.
export const Q4 = /* GraphQL */ `
  query Q4($asOf: Date!) {
    eligibleCadres(asOf: $asOf, first: 50) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          fullName
          birthDate
        }
        eligibility {
          subject
          decision
          reasons {
            code
            message
          }
          blockers {
            code
          }
        }
      }
    }
  }
`;
