import type { Id, IsoDate } from '@luanchuyen/domain';

// API.md `EligibilityReason { since unit years }`: the facts a reason stands on, returned by
// the rule with its message so the two cannot disagree. Each is null where it means nothing
// for the reason (see the SDL for what each means per code).

export type ReasonGrounds = {
  /** The day the situation behind the reason began. */
  since: IsoDate | null;
  /** The unit (version id) the reason concerns. */
  unitId: Id | null;
  /** The completed years that decide the reason (tenure length, age). */
  years: number | null;
};

export type Grounded<T> = T & { grounds: ReasonGrounds };

export const NO_GROUNDS: ReasonGrounds = { since: null, unitId: null, years: null };
