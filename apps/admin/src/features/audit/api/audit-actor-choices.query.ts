import { useQuery } from 'urql';
import { graphql } from '../../../lib/gql';

// Who may have made a change: the users and API keys (the audit log is the admins', who may
// list both), chosen by name instead of typing their ids.
const AuditActorChoicesQuery = graphql(`
  query AuditActorChoices {
    users(first: 100) {
      nodes {
        id
        username
      }
    }
    apiKeys(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

export function useAuditActorChoices() {
  return useQuery({ query: AuditActorChoicesQuery });
}
