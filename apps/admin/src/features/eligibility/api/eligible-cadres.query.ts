import { useCallback } from 'react';
import { useClient, useQuery, type OperationResult } from 'urql';
import { graphql } from '../../../lib/gql';
import type { EligibleCadresQuery as Result } from '../../../lib/gql/graphql';

const EligibleCadresQuery = graphql(`
  query EligibleCadres($asOf: Date!, $planId: ID, $first: Int!, $after: String) {
    eligibleCadres(asOf: $asOf, planId: $planId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          fullName
          birthYear
        }
        eligibility {
          reasons {
            code
            message
          }
          blockers {
            code
            message
          }
        }
      }
    }
    rotationPlans(first: 50) {
      nodes {
        id
        code
        title
      }
    }
  }
`);

export type EligibleEdge = Result['eligibleCadres']['edges'][number];
export const ELIGIBLE_PAGE_SIZE = 100;

export function useEligibleCadres(asOf: string, planId: string | null, after: string | null) {
  return useQuery({
    query: EligibleCadresQuery,
    variables: { asOf, planId, first: ELIGIBLE_PAGE_SIZE, after },
  });
}

/** Every page of the report, for export: read page after page until the last. */
export function useAllEligibleCadres() {
  const client = useClient();
  return useCallback(
    async (asOf: string, planId: string | null): Promise<EligibleEdge[]> => {
      const edges: EligibleEdge[] = [];
      let after: string | null = null;
      for (;;) {
        const result: OperationResult<Result> = await client
          .query(EligibleCadresQuery, { asOf, planId, first: ELIGIBLE_PAGE_SIZE, after })
          .toPromise();
        if (result.error || !result.data) throw result.error ?? new Error('no data');
        const page: Result['eligibleCadres'] = result.data.eligibleCadres;
        edges.push(...page.edges);
        if (!page.pageInfo.hasNextPage) return edges;
        after = page.pageInfo.endCursor;
      }
    },
    [client],
  );
}
