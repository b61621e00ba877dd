import type { ApolloServerPlugin } from '@apollo/server';
import type { Metrics } from '../metrics';
import type { GraphQLContext } from './context';

// Each GraphQL operation's name, type, outcome and time, and every error's code as the caller
// got it (after formatError, so a masked fault counts as INTERNAL_SERVER_ERROR). An operation
// refused before execution (parse, validation, cost, rate limit) is "refused"; one that ran and
// answered with errors is "error". Callers that are not signed in never reach an operation:
// their UNAUTHENTICATED is counted when the context fails.

export function operationMetrics(metrics: Metrics): ApolloServerPlugin<GraphQLContext> {
  return {
    async contextCreationDidFail({ error }) {
      metrics.error('graphql', codeOf(error));
    },
    async invalidRequestWasReceived({ error }) {
      metrics.error('graphql', codeOf(error) ?? 'BAD_REQUEST');
    },
    async requestDidStart() {
      const began = performance.now();
      let executed = false;
      return {
        async executionDidStart() {
          executed = true;
        },
        async willSendResponse({ operation, response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : [];
          for (const error of errors ?? []) metrics.error('graphql', error.extensions?.['code']);
          const outcome = !executed ? 'refused' : errors?.length ? 'error' : 'success';
          metrics.graphqlOperation(
            operation?.name?.value ?? null,
            operation?.operation,
            outcome,
            (performance.now() - began) / 1000,
          );
        },
      };
    },
  };
}

function codeOf(error: unknown): unknown {
  return error instanceof Object && 'extensions' in error
    ? (error.extensions as Record<string, unknown> | undefined)?.['code']
    : undefined;
}
