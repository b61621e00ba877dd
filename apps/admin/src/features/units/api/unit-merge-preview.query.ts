import { useClient } from 'urql';
import { graphql } from '../../../lib/gql';
import type { UnitMergeInput } from '../../../lib/gql/graphql';

const UnitMergePreviewQuery = graphql(`
  query UnitMergePreview($input: UnitMergeInput!) {
    unitMergePreview(input: $input) {
      closing {
        unit {
          id
          name
        }
        positions {
          id
          title
        }
        endingAssignments {
          id
          cadre {
            id
            fullName
          }
          position {
            id
            title
          }
        }
      }
      successor {
        unit {
          id
        }
        opening
        name
        area {
          id
          name
        }
      }
      successorPosts {
        title
        source
        seats
        isKey
        continues {
          id
          title
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** Asks what a merger would do, every time afresh: the registry may have changed since. */
export function useUnitMergePreview() {
  const client = useClient();
  return (input: UnitMergeInput) =>
    client.query(UnitMergePreviewQuery, { input }, { requestPolicy: 'network-only' }).toPromise();
}
