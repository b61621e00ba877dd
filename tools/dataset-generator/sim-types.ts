import type {
  EligibilityReasonCode,
  RankChange,
  RotationCategory,
  RotationDirection,
  RotationOutcome,
  RotationStatus,
  Sex,
} from '@luanchuyen/domain';
import type {
  CadreStatus,
  NewAssignmentRow,
  NewDocumentRow,
  NewRotationPlanRow,
  StoredViolation,
} from '@luanchuyen/db';
import type { AreaNode } from './areas';
import type { Day } from './days';
import type { PositionNode } from './structure';

// The simulation's state records: people, seats, who holds which seat, rotations, plans,
// and the events the simulation handles in date order.

export type CadreState = {
  id: string;
  fullName: string;
  sex: Sex | null;
  birthDate: string | null;
  birthYear: number | null;
  /** Approximate day of birth, for ages (null when unknown). */
  born: Day | null;
  home: AreaNode | null;
  /** The last day of service under the retirement rules; null when they cannot tell. */
  retireDay: Day | null;
  status: CadreStatus;
  notes: string | null;
  main: Holding | null;
  concurrent: Holding | null;
  rotation: RotationState | null;
  /** Since when the cadre has worked in their current unit. */
  unitSince: Day;
  /** The latest succession-pool term they are in, if any. */
  poolTerm: number | null;
  /** Has a proposed or approved rotation after AS_OF. */
  hasFutureRotation: boolean;
  assignments: NewAssignmentRow[];
};

export type Seat = {
  slot: number;
  position: PositionNode;
  holder: Holding | null;
  /** Bumped whenever a fill is scheduled, so older fill events for the seat are ignored. */
  fillToken: number;
  /** Kept free for a rotated cadre expected back. */
  reservedFor: RotationState | null;
  closed: boolean;
};

export type Holding = {
  slot: number;
  cadre: CadreState;
  seat: Seat;
  row: NewAssignmentRow;
  start: Day;
  ended: boolean;
  termToken: number;
  rotation: RotationState | null;
  concurrent: boolean;
};

export type RotationState = {
  id: string;
  cadre: CadreState;
  from: PositionNode;
  to: PositionNode;
  start: Day;
  plannedEnd: Day;
  /** Set when decided to end before plannedEnd. */
  earlyEnd: Day | null;
  end: Day | null;
  status: RotationStatus;
  outcome: RotationOutcome | null;
  category: RotationCategory;
  direction: RotationDirection;
  rankChange: RankChange;
  warnings: StoredViolation[];
  planId: string | null;
  decision: NewDocumentRow | null;
  proposedOn: Day;
  cancelledOn: Day | null;
  cancelReason: string | null;
  /** The origin seat held for the cadre's return. */
  returnSeat: Seat | null;
};

export type SimEvent =
  | { kind: 'term'; holding: Holding; token: number }
  | { kind: 'fill'; seat: Seat; token: number }
  | { kind: 'rotationEnd'; rotation: RotationState }
  | { kind: 'reorganise' }
  | { kind: 'pool'; year: number }
  | { kind: 'plan'; index: number }
  | { kind: 'drive' };

export type PlanState = {
  row: NewRotationPlanRow;
  start: Day;
  end: Day;
  subjects: Map<string, EligibilityReasonCode>;
};
