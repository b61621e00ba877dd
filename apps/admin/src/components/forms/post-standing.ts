import { isInPeriod } from '@luanchuyen/rules';

// Whether a post's unit exists on the day it would be taken up (validFrom ≤ day < validTo,
// validTo being the first day it no longer exists), as the rules and the API ask it. Units closed
// by the 1/7/2025 mergers keep their posts in the registry for history, not for new moves.

export type UnitDays = { unitValidFrom: string; unitValidTo: string | null };

export type PostStanding =
  | { state: 'OPEN' }
  /** The unit no longer exists from `from` (its stored validTo). */
  | { state: 'CLOSED'; from: string }
  /** The unit exists only from `from`. */
  | { state: 'NOT_YET_OPEN'; from: string };

const OPEN: PostStanding = { state: 'OPEN' };

/** On `day`; with no day known, a unit that has a closing day counts as closed from it. */
export function postStanding(choice: UnitDays, day: string | null): PostStanding {
  const { unitValidFrom: opens, unitValidTo: closes } = choice;
  if (day === null) return closes === null ? OPEN : { state: 'CLOSED', from: closes };
  if (isInPeriod({ start: opens, end: closes }, day)) return OPEN;
  if (day < opens) return { state: 'NOT_YET_OPEN', from: opens };
  return { state: 'CLOSED', from: closes ?? day };
}
