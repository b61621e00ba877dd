import { and, eq, gt, isNull, or } from 'drizzle-orm';
import type { DocumentRef, IsoDate, RotationOutcome } from '@luanchuyen/domain';
import {
  assignments,
  cadres,
  type AssignmentRow,
  type Database,
  type RotationRow,
} from '@luanchuyen/db';
import type { Principal } from '../auth/principal';
import { audit } from './audit';
import { documentIdFor } from './documents.service';
import { reject } from './outcome';
import { rotationFor, writeRotation, type RotationChange } from './rotation-lifecycle.service';
import { withTransaction, type Tx } from './transaction';
import { missingReferences, nextVersion } from './versioned';

// rotationComplete: ACTIVE → COMPLETED with its end date and outcome. The rotated posting ends
// that day and the assignment that follows opens: back at the origin post, at the destination
// (kept, now as an appointment), at another post (reassigned, promoted), or none (retired).

export type RotationCompletion = RotationChange & {
  endDate: IsoDate;
  outcome: RotationOutcome;
  /** The post taken next: required for REASSIGNED and PROMOTED; ENDED_EARLY defaults to the origin. */
  nextPositionId: string | null;
  decision: DocumentRef | null;
};

function nextPostOf(rotation: RotationRow, input: RotationCompletion): string | null {
  switch (input.outcome) {
    case 'RETURNED_TO_ORIGIN':
      return rotation.fromPositionId;
    case 'KEPT_AT_DESTINATION':
      return rotation.toPositionId;
    case 'REASSIGNED':
    case 'PROMOTED':
      return (
        input.nextPositionId ??
        reject('INVALID_INPUT', 'nextPositionRequired', ['input', 'nextPositionId'])
      );
    case 'ENDED_EARLY':
      return input.nextPositionId ?? rotation.fromPositionId;
    case 'RETIRED':
      return null;
  }
}

async function retire(tx: Tx, cadreId: string, actor: Principal | null): Promise<void> {
  const [before] = await tx.select().from(cadres).where(eq(cadres.id, cadreId));
  const [after] = await tx
    .update(cadres)
    .set({ status: 'RETIRED', version: nextVersion(cadres.version) })
    .where(eq(cadres.id, cadreId))
    .returning();
  await audit(tx, actor, [
    { action: 'cadre.retire', recordType: 'Cadre', recordId: cadreId, before, after },
  ]);
}

async function closePosting(tx: Tx, rotation: RotationRow, day: IsoDate): Promise<AssignmentRow[]> {
  return tx
    .update(assignments)
    .set({ endDate: day, version: nextVersion(assignments.version) })
    .where(
      and(
        eq(assignments.rotationId, rotation.id),
        or(isNull(assignments.endDate), gt(assignments.endDate, day)),
      ),
    )
    .returning();
}

export function completeRotation(db: Database, input: RotationCompletion, actor: Principal | null) {
  return withTransaction(
    db,
    async (tx) => {
      const before = await rotationFor(tx, input, ['ACTIVE']);
      if (input.endDate <= before.startDate)
        reject('INVALID_INPUT', 'endBeforeStart', ['input', 'endDate']);
      const next = nextPostOf(before, input);
      const decisionId = await documentIdFor(
        tx,
        input.decision,
        'DECISION',
        ['input', 'decision'],
        actor,
      );
      const closed = await closePosting(tx, before, input.endDate);
      const [opened] = next
        ? await tx
            .insert(assignments)
            .values({
              cadreId: before.cadreId,
              positionId: next,
              kind: 'APPOINTED',
              startDate: input.endDate,
              decisionId,
            })
            .returning()
        : [];
      if (input.outcome === 'RETIRED') await retire(tx, before.cadreId, actor);
      await audit(tx, actor, [
        ...closed.map((after) => ({
          action: 'assignment.end',
          recordType: 'Assignment',
          recordId: after.id,
          after,
        })),
        ...(opened
          ? [
              {
                action: 'assignment.create',
                recordType: 'Assignment',
                recordId: opened.id,
                after: opened,
              },
            ]
          : []),
      ]);
      return writeRotation(
        tx,
        input,
        before,
        { status: 'COMPLETED', endDate: input.endDate, outcome: input.outcome },
        'rotation.complete',
        actor,
      );
    },
    {
      onConstraint: missingReferences({
        assignments_position_id_positions_id_fk: {
          field: ['input', 'nextPositionId'],
          key: 'positionNotFound',
        },
      }),
    },
  );
}
