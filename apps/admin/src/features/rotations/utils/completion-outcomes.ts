import type { RotationOutcome } from '../../../lib/gql/graphql';

// The outcomes in the order the completion dialog offers them; what each does with the next
// post is the domain's (nextPostNeed in libs/domain), which the API enforces.

export { nextPostNeed, type NextPostNeed } from '@luanchuyen/domain';

export const COMPLETION_OUTCOMES: readonly RotationOutcome[] = [
  'RETURNED_TO_ORIGIN',
  'KEPT_AT_DESTINATION',
  'REASSIGNED',
  'PROMOTED',
  'ENDED_EARLY',
  'RETIRED',
];
