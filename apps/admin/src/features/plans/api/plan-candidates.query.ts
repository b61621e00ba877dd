import { useCallback } from 'react';
import { useClient, useQuery, type OperationResult } from 'urql';
import { graphql } from '../../../lib/gql';
import type {
  EligibilityReasonCode,
  PlanEligibleCadresQuery as EligibleResult,
  PlanSubjectIdsQuery as SubjectIdsResult,
} from '../../../lib/gql/graphql';

// Who may be added to a plan: cadres found by name, and the eligibility report on a date by
// the plan's criteria with the cadres the plan already lists, every page of both read.

const PAGE = 100;

const SubjectCadreChoicesQuery = graphql(`
  query PlanSubjectCadreChoices($search: String) {
    cadres(filter: { search: $search }, first: 20) {
      nodes {
        id
        fullName
        birthYear
      }
    }
  }
`);

const PlanEligibleCadresQuery = graphql(`
  query PlanEligibleCadres($asOf: Date!, $planId: ID!, $first: Int!, $after: String) {
    eligibleCadres(asOf: $asOf, planId: $planId, first: $first, after: $after) {
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
        }
      }
    }
  }
`);

const PlanSubjectIdsQuery = graphql(`
  query PlanSubjectIds($id: ID!, $first: Int!, $after: String) {
    node(id: $id) {
      ... on RotationPlan {
        id
        subjects(first: $first, after: $after) {
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            id
          }
        }
      }
    }
  }
`);

export type EligibleCandidate = EligibleResult['eligibleCadres']['edges'][number];

/** Cadres to choose from by name (diacritics optional); nothing is asked before a search. */
export function useSubjectCadreChoices(search: string) {
  const term = search.trim();
  return useQuery({
    query: SubjectCadreChoicesQuery,
    variables: { search: term || null },
    pause: term === '',
  });
}

export type BulkCandidates = {
  /** The subjects of the plan on the date who meet the criterion, by name. */
  eligible: EligibleCandidate[];
  /** The cadres the plan lists already. */
  listed: Set<string>;
};

/** Everyone the report finds for the criterion on the date, and who is listed already. */
export function useBulkCandidates() {
  const client = useClient();
  return useCallback(
    async (
      planId: string,
      asOf: string,
      criterion: EligibilityReasonCode,
    ): Promise<BulkCandidates> => {
      const eligible: EligibleCandidate[] = [];
      for (let after: string | null = null; ;) {
        const result: OperationResult<EligibleResult> = await client
          .query(
            PlanEligibleCadresQuery,
            { asOf, planId, first: PAGE, after },
            { requestPolicy: 'network-only' },
          )
          .toPromise();
        if (result.error || !result.data) throw result.error ?? new Error('no data');
        const page: EligibleResult['eligibleCadres'] = result.data.eligibleCadres;
        eligible.push(
          ...page.edges.filter((edge) =>
            edge.eligibility.reasons.some((reason) => reason.code === criterion),
          ),
        );
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      const listed = new Set<string>();
      for (let after: string | null = null; ;) {
        const result: OperationResult<SubjectIdsResult> = await client
          .query(
            PlanSubjectIdsQuery,
            { id: planId, first: PAGE, after },
            { requestPolicy: 'network-only' },
          )
          .toPromise();
        if (result.error || !result.data) throw result.error ?? new Error('no data');
        const subjects =
          result.data.node && 'subjects' in result.data.node ? result.data.node.subjects : null;
        if (!subjects) break;
        for (const cadre of subjects.nodes) listed.add(cadre.id);
        if (!subjects.pageInfo.hasNextPage) break;
        after = subjects.pageInfo.endCursor;
      }
      return { eligible, listed };
    },
    [client],
  );
}
