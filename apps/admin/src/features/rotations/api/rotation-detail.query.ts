import { useQuery } from 'urql';
import { graphql } from '../../../lib/gql';

const RotationDetailQuery = graphql(`
  query RotationDetail($id: ID!) {
    node(id: $id) {
      __typename
      ... on Rotation {
        id
        version
        status
        availableActions
        overdue
        startDate
        plannedEndDate
        endDate
        category
        direction
        rankChange
        outcome
        cancelReason
        reason
        createdAt
        publishedAt
        cadre {
          id
          fullName
          evaluations {
            id
            year
            score
            rating
            disciplined
            rotation {
              id
            }
          }
        }
        plan {
          id
          code
          title
          publishedAt
        }
        fromPosition {
          ...RotationDetailPost
        }
        toPosition {
          ...RotationDetailPost
        }
        decision {
          ...RotationDetailDocument
        }
        overrideDecision {
          ...RotationDetailDocument
        }
        violations {
          code
          severity
          message
        }
        history {
          kind
          occurredAt
          actorKind
          actorName
          outcome
          cancelReason
        }
      }
    }
  }

  fragment RotationDetailPost on Position {
    id
    title
    unit {
      id
      name
    }
  }

  fragment RotationDetailDocument on Document {
    id
    number
    issuedOn
    issuer
    issuerUnit {
      id
      name
    }
    title
  }
`);

/** One rotation with everything its page shows: both posts, papers, warnings, history. */
export function useRotationDetail(id: string) {
  return useQuery({ query: RotationDetailQuery, variables: { id } });
}
