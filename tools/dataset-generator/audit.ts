import type { NewAuditEventRow } from '@luanchuyen/db';
import { dayOf, isoOf, timestampOn, type Day } from './days';
import type { Random } from './random';
import type { RotationState } from './simulation';

// The audit trail of each rotation, as the API writes it: `rotation.create`, then
// `rotation.approve`, `rotation.start`, `rotation.complete` or `rotation.cancel`, by one of
// the province's Organization Board staff, in office hours. "before" and "after" carry the
// fields that changed (the API stores whole rows; the bulk here would be several times the
// size for no benchmark value).

type Step = { day: Day; action: string; before: object | null; after: object };

function stepsOf(rotation: RotationState): Step[] {
  const created = {
    id: rotation.id,
    cadreId: rotation.cadre.id,
    planId: rotation.planId,
    fromPositionId: rotation.from.id,
    toPositionId: rotation.to.id,
    startDate: isoOf(rotation.start),
    plannedEndDate: isoOf(rotation.plannedEnd),
    status: 'PROPOSED',
    category: rotation.category,
    direction: rotation.direction,
    rankChange: rotation.rankChange,
    warnings: rotation.warnings,
    version: 1,
  };
  const steps: Step[] = [
    { day: rotation.proposedOn, action: 'rotation.create', before: null, after: created },
  ];
  if (rotation.status === 'CANCELLED') {
    steps.push({
      day: rotation.cancelledOn ?? rotation.proposedOn,
      action: 'rotation.cancel',
      before: { status: 'PROPOSED', version: 1 },
      after: { status: 'CANCELLED', cancelReason: rotation.cancelReason, version: 2 },
    });
    return steps;
  }
  if (rotation.status === 'PROPOSED') return steps;
  const decision = rotation.decision;
  steps.push({
    day: decision ? dayOf(decision.issuedOn) : rotation.proposedOn,
    action: 'rotation.approve',
    before: { status: 'PROPOSED', version: 1 },
    after: { status: 'APPROVED', decisionId: decision?.id ?? null, version: 2 },
  });
  if (rotation.status === 'APPROVED') return steps;
  steps.push({
    day: rotation.start,
    action: 'rotation.start',
    before: { status: 'APPROVED', version: 2 },
    after: { status: 'ACTIVE', version: 3 },
  });
  if (rotation.status === 'COMPLETED' && rotation.end !== null) {
    steps.push({
      day: rotation.end,
      action: 'rotation.complete',
      before: { status: 'ACTIVE', version: 3 },
      after: {
        status: 'COMPLETED',
        endDate: isoOf(rotation.end),
        outcome: rotation.outcome,
        version: 4,
      },
    });
  }
  return steps;
}

/** The province's rotation events in the order they happened (ids follow that order). */
export function auditRows(
  random: Random,
  rotations: readonly RotationState[],
  actorIds: readonly string[],
): NewAuditEventRow[] {
  const rows: NewAuditEventRow[] = [];
  for (const rotation of rotations) {
    const actorUserId = random.pick(actorIds);
    for (const step of stepsOf(rotation)) {
      rows.push({
        occurredAt: timestampOn(step.day, random.int(0, 540)),
        actorUserId,
        actorApiKeyId: null,
        action: step.action,
        recordType: 'Rotation',
        recordId: rotation.id,
        before: step.before,
        after: step.after,
      });
    }
  }
  // Stable sort: events of one moment keep their rotation's order.
  return rows.sort((a, b) => (a.occurredAt?.getTime() ?? 0) - (b.occurredAt?.getTime() ?? 0));
}
