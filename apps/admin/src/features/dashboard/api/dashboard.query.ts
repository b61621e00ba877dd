import { useQuery } from 'urql';
import { graphql } from '../../../lib/gql';

graphql(`
  fragment DashboardRotation on Rotation {
    id
    startDate
    plannedEndDate
    cadre {
      id
      fullName
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
`);

const DashboardQuery = graphql(`
  query Dashboard($from: Date, $to: Date, $today: Date!) {
    rotationStats(filter: { startedFrom: $from, startedTo: $to }) {
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
    active: rotations(filter: { statuses: [ACTIVE] }, first: 100) {
      totalCount
      nodes {
        ...DashboardRotation
        overdue
      }
    }
    # Overdue as the server counts today (Asia/Ho_Chi_Minh); the panel says when there are more.
    overdue: rotations(filter: { overdue: true }, first: 50) {
      totalCount
      nodes {
        ...DashboardRotation
      }
    }
    due: eligibleCadres(asOf: $today, first: 5) {
      totalCount
      nodes {
        id
        fullName
      }
    }
    rotationPlans(first: 5) {
      nodes {
        id
        code
        title
        targetCount
        periodStart
        periodEnd
        progress {
          subjects
          rotated
          active
          completed
        }
      }
    }
  }
`);

/** Everything the dashboard shows, in one request: statistics for the period and the state today. */
export function useDashboard(from: string | null, to: string | null, today: string) {
  return useQuery({ query: DashboardQuery, variables: { from, to, today } });
}
