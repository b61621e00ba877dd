import type { RotationOutcome } from './enums';

// What completing a rotation does with the post taken next, by outcome: a reassignment or a
// promotion names it; a return, a stay or an early end may name one (a post of the successor,
// when the unit merged away) and otherwise go back to the post left or keep the post taken; a
// retirement takes none. The API enforces it and the admin app asks accordingly.

export type NextPostNeed = 'REQUIRED' | 'OPTIONAL' | 'NONE';

const NEXT_POST: Record<RotationOutcome, NextPostNeed> = {
  RETURNED_TO_ORIGIN: 'OPTIONAL',
  KEPT_AT_DESTINATION: 'OPTIONAL',
  REASSIGNED: 'REQUIRED',
  PROMOTED: 'REQUIRED',
  ENDED_EARLY: 'OPTIONAL',
  RETIRED: 'NONE',
};

/** Whether completing with this outcome needs, may take or takes no next post. */
export function nextPostNeed(outcome: RotationOutcome): NextPostNeed {
  return NEXT_POST[outcome];
}
