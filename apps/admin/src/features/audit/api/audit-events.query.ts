import { useQuery } from 'urql';
import { graphql } from '../../../lib/gql';
import type { AuditEventFilter } from '../../../lib/gql/graphql';

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
          id
        }
        actorUser {
          id
          username
        }
        actorApiKey {
          id
          name
        }
        before
        after
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
