import type { RotationFactsData } from '@luanchuyen/rules';
import { useQuery } from 'urql';
import { graphql } from '../../../lib/gql';

// The facts the server's checkRotation and rotationCreate decide on (libs/rules'
// RotationFactsData, lineage followed to its ends), read once per cadre and pair of posts: the
// proposal's dates never change them, so typing a date runs the rules again without a request.
// A cited override naming its issuing unit adds that unit and its issue day to the request.

const RotationCheckFactsQuery = graphql(`
  query RotationCheckFacts($input: RotationFactsInput!) {
    rotationCheckFacts(input: $input) {
      facts
      userErrors {
        code
        field
        message
      }
    }
  }
`);

// The answer is JSON to urql's cache, which cannot see the rotations and posts inside it: a
// mutation returning one of these types drops it, so a proposal just made counts in the next check.
const CONTEXT = { additionalTypenames: ['Rotation', 'Assignment'] };

type Selection = {
  cadreId: string;
  toPositionId: string;
  fromPositionId: string;
  /** The cited override's issuing unit and issue day, when it names one (ISSUER_NOT_COMPETENT). */
  overrideIssuer: OverrideIssuer | null;
};
export type OverrideIssuer = { unitId: string; issuedOn: string };

/** Paused until a cadre and a target post are chosen; the post left is optional. */
export function useRotationCheckFacts({
  cadreId,
  toPositionId,
  fromPositionId,
  overrideIssuer,
}: Selection) {
  return useQuery({
    query: RotationCheckFactsQuery,
    variables: {
      input: {
        cadreId,
        toPositionId,
        fromPositionId: fromPositionId || null,
        planId: null,
        ...(overrideIssuer ? { overrideIssuer } : {}),
      },
    },
    pause: !cadreId || !toPositionId,
    context: CONTEXT,
  });
}

/** The API documents `facts` as RotationFactsData; JSON carries no type of its own. */
export function asFactsData(facts: unknown): RotationFactsData | null {
  return facts && typeof facts === 'object' ? (facts as RotationFactsData) : null;
}
