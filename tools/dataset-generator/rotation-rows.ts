import type { NewRotationRow } from '@luanchuyen/db';
import { isoOf, timestampOn } from './days';
import type { RotationState } from './simulation';

// A rotation as the row the API would have left: its version counts the changes the audit
// trail records (create, approve, start, then complete or cancel).

/** How many times the row changed (create, approve, start, complete or cancel). */
function versionOf(rotation: RotationState): number {
  switch (rotation.status) {
    case 'PROPOSED':
      return 1;
    case 'APPROVED':
      return 2;
    case 'ACTIVE':
      return 3;
    case 'COMPLETED':
      return 4;
    case 'CANCELLED':
      return 2;
  }
}

export function rotationRow(rotation: RotationState): NewRotationRow {
  return {
    id: rotation.id,
    cadreId: rotation.cadre.id,
    planId: rotation.planId,
    fromPositionId: rotation.from.id,
    toPositionId: rotation.to.id,
    decisionId: rotation.decision?.id ?? null,
    startDate: isoOf(rotation.start),
    plannedEndDate: isoOf(rotation.plannedEnd),
    endDate: rotation.end === null ? null : isoOf(rotation.end),
    status: rotation.status,
    outcome: rotation.outcome,
    category: rotation.category,
    direction: rotation.direction,
    rankChange: rotation.rankChange,
    warnings: rotation.warnings,
    overrideDecisionId: null,
    cancelReason: rotation.cancelReason,
    createdAt: timestampOn(rotation.proposedOn, 30),
    version: versionOf(rotation),
  };
}
