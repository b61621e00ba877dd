import { useMutation } from 'urql';
import { graphql } from '../../../lib/gql';

graphql(`
  fragment TransitionResult on RotationPayload {
    rotation {
      id
      version
      status
      endDate
      outcome
    }
    userErrors {
      code
      field
      message
    }
  }
`);

const ApproveMutation = graphql(`
  mutation RotationApprove($id: ID!, $expectedVersion: Int!, $input: RotationApproveInput) {
    rotationApprove(id: $id, expectedVersion: $expectedVersion, input: $input) {
      ...TransitionResult
    }
  }
`);

const StartMutation = graphql(`
  mutation RotationStart($id: ID!, $expectedVersion: Int!) {
    rotationStart(id: $id, expectedVersion: $expectedVersion) {
      ...TransitionResult
    }
  }
`);

const CompleteMutation = graphql(`
  mutation RotationComplete($id: ID!, $expectedVersion: Int!, $input: RotationCompleteInput!) {
    rotationComplete(id: $id, expectedVersion: $expectedVersion, input: $input) {
      ...TransitionResult
    }
  }
`);

const CancelMutation = graphql(`
  mutation RotationCancel($id: ID!, $expectedVersion: Int!, $input: RotationCancelInput!) {
    rotationCancel(id: $id, expectedVersion: $expectedVersion, input: $input) {
      ...TransitionResult
    }
  }
`);

/** The four changes of a rotation's status, each checked by the server against its version. */
export function useRotationTransitions() {
  const [approveState, approve] = useMutation(ApproveMutation);
  const [startState, start] = useMutation(StartMutation);
  const [completeState, complete] = useMutation(CompleteMutation);
  const [cancelState, cancel] = useMutation(CancelMutation);
  const busy =
    approveState.fetching || startState.fetching || completeState.fetching || cancelState.fetching;
  return { approve, start, complete, cancel, busy };
}
