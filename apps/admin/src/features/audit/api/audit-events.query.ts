import { useQuery } from 'urql';
import { graphql } from '../../../lib/gql';
import type { AuditEventFilter } from '../../../lib/gql/graphql';

// Each record comes with what a person knows it by (a name, a code, a cadre and a day), so the
// log shows "Vũ Sơn Hà" and links to the profile where the row only holds an id.
graphql(`
  fragment AuditRecord on Node {
    __typename
    id
    ... on Cadre {
      fullName
    }
    ... on Rotation {
      startDate
      cadre {
        id
        fullName
      }
    }
    ... on RotationPlan {
      code
      title
    }
    ... on Unit {
      name
    }
    ... on Area {
      name
    }
    ... on Position {
      title
      unit {
        id
        name
      }
    }
    ... on Document {
      number
    }
    ... on User {
      username
    }
    ... on ApiKey {
      name
    }
    ... on Evaluation {
      year
      cadre {
        id
        fullName
      }
    }
    ... on Assignment {
      cadre {
        id
        fullName
      }
      position {
        title
        unit {
          id
          name
        }
      }
    }
  }
`);

const AuditEventsQuery = graphql(`
  query AuditEvents($filter: AuditEventFilter, $first: Int!, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        occurredAt
        action
        recordType
        recordId
        record {
          ...AuditRecord
        }
        actorUser {
          id
          username
        }
        actorApiKey {
          id
          name
        }
      }
    }
  }
`);

// The changed fields come one event at a time, when it is opened: every field may name a
// record, and a page of 25 events with all their fields would pass the API's cost limit.
const AuditEventChangesQuery = graphql(`
  query AuditEventChanges($id: ID!) {
    node(id: $id) {
      id
      ... on AuditEvent {
        changes {
          field
          before
          after
          beforeRecord {
            ...AuditRecord
          }
          afterRecord {
            ...AuditRecord
          }
        }
      }
    }
  }
`);

export const AUDIT_PAGE_SIZE = 25;

/** The audit log, newest first (ADMIN only: the API refuses everyone else). */
export function useAuditEvents(filter: AuditEventFilter, after: string | null) {
  return useQuery({
    query: AuditEventsQuery,
    variables: { filter, first: AUDIT_PAGE_SIZE, after },
  });
}

/** The fields one event changed, with the records its id fields name. */
export function useAuditEventChanges(id: string) {
  return useQuery({ query: AuditEventChangesQuery, variables: { id } });
}
