import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { GraphQLContext } from './context';
import { QUERY_LIMITS } from './limits';
import { listAwareCost, type ListCostOptions } from './list-cost';

// Refuses, before anything runs, a document whose cost with lists counted by their size
// (list-cost.ts) is over the same limit graphql-armor applies. It runs once the operation and
// its variables are known, so `first: $first` counts as what the caller asked.

/**
 * Lists known to be short: a post's holders on a day are bounded by its seats, the posts a
 * cadre holds on one day by the few held concurrently, lineage by the size of a merger.
 */
export const LIST_BOUNDS: Readonly<Record<string, number>> = {
  'Position.holders': 5,
  'Cadre.postsOn': 5,
  // A rotation's lifecycle has at most four steps: proposed, approved, started, ended.
  'Rotation.history': 5,
  // A merger joins a handful of units or areas into one (the largest of 2025 about five).
  'Unit.predecessors': 10,
  'Unit.successors': 10,
  'Area.predecessors': 10,
  'Area.successors': 10,
};

export function listCostLimit(listSize: number): ApolloServerPlugin<GraphQLContext> {
  const options: ListCostOptions = { listSize, bounds: LIST_BOUNDS };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const cost = listAwareCost(schema, document, operation, request.variables ?? {}, options);
          if (cost <= QUERY_LIMITS.maxCost) return;
          throw new GraphQLError(
            `Query cost limit of ${QUERY_LIMITS.maxCost} exceeded: this document would cost about ${Math.round(cost)} (a list without first counts as ${listSize} items)`,
            { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } },
          );
        },
      };
    },
  };
}
