import { useMutation } from 'urql';
import { graphql } from '../../../lib/gql';

const RotationPublishMutation = graphql(`
  mutation RotationPublish($id: ID!, $expectedVersion: Int!, $published: Boolean!) {
    rotationPublish(id: $id, expectedVersion: $expectedVersion, published: $published) {
      rotation {
        id
        version
        publishedAt
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const RotationPlanPublishMutation = graphql(`
  mutation RotationPlanPublish($id: ID!, $published: Boolean!) {
    rotationPlanPublish(id: $id, published: $published) {
      rotationPlan {
        id
        publishedAt
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** Publishes or withdraws a rotation's decision (ADMIN only on the server). */
export function useRotationPublish() {
  return useMutation(RotationPublishMutation);
}

/** Publishes or withdraws a plan (ADMIN only on the server). */
export function useRotationPlanPublish() {
  return useMutation(RotationPlanPublishMutation);
}
