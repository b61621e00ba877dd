import type { RotationOutcome } from '../../../lib/gql/graphql';

// What rotationComplete does with nextPositionId for each outcome (RotationCompleteInput in the
// schema): a reassignment or a promotion names the post taken next; a return, a stay or an
// early end may name one (a post of the successor, when the unit merged away), and otherwise
// go back to the post left or keep the post taken; a retirement takes none.

export type NextPostNeed = 'REQUIRED' | 'OPTIONAL' | 'NONE';

export const COMPLETION_OUTCOMES: readonly RotationOutcome[] = [
  'RETURNED_TO_ORIGIN',
  'KEPT_AT_DESTINATION',
  'REASSIGNED',
  'PROMOTED',
  'ENDED_EARLY',
  'RETIRED',
];

const NEXT_POST: Record<RotationOutcome, NextPostNeed> = {
  RETURNED_TO_ORIGIN: 'OPTIONAL',
  KEPT_AT_DESTINATION: 'OPTIONAL',
  REASSIGNED: 'REQUIRED',
  PROMOTED: 'REQUIRED',
  ENDED_EARLY: 'OPTIONAL',
  RETIRED: 'NONE',
};

export function nextPostNeed(outcome: RotationOutcome): NextPostNeed {
  return NEXT_POST[outcome];
}
