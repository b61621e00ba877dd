// Example operations the explorer opens with: the history questions consumers ask most.

export const EXAMPLE_QUERY = /* GraphQL */ `
  # Lịch sử luân chuyển / Rotation history
  # Ctrl+Enter để chạy / to run. Các ví dụ khác ở dưới / more examples below.

  query RotationsSince2015 {
    rotationStats(filter: { startedFrom: "2015-01-01" }) {
      total
      byCategory {
        category
        count
      }
      byYear {
        year
        count
      }
    }
    rotations(first: 10, filter: { startedFrom: "2015-01-01" }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        cadre {
          fullName
        }
        fromPosition {
          title
          unit {
            name
          }
        }
        toPosition {
          title
          unit {
            name
          }
        }
        startDate
        plannedEndDate
        endDate
        status
        category
        direction
        rankChange
      }
    }
  }

  query FindCadre($search: String = "vu son ha") {
    cadres(first: 5, filter: { search: $search }) {
      nodes {
        id
        fullName
        birthDate
        retirementDate
        assignments {
          startDate
          endDate
          position {
            title
            unit {
              name
            }
          }
        }
      }
    }
  }

  # totalCount here judges every candidate: ask for it only when needed on a large registry.
  query DueForRotation($asOf: Date! = "2018-01-01") {
    eligibleCadres(asOf: $asOf, first: 20) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        fullName
        eligibility(asOf: $asOf) {
          subject
          reasons {
            code
            message
          }
          blockers {
            code
            message
          }
        }
      }
    }
  }
`;
