import { and, eq, gt, isNull, lte, or } from 'drizzle-orm';
import { ACTION_FROM, type DocumentRef, type RotationAction } from '@luanchuyen/domain';
import type { OverrideDecision } from '@luanchuyen/rules';
import {
  assignments,
  documents,
  rotations,
  withSessionLock,
  type Database,
  type RotationRow,
} from '@luanchuyen/db';
import type { Principal } from '../auth/principal';
import { runRotationCheck } from './rotation-check.service';
import { audit } from './audit';
import { documentIdFor } from './documents.service';
import { reject, Rejected } from './outcome';
import { ROTATION_WRITE_LOCK } from './rotation.service';
import { verdictFailures } from './rotation-violations';
import { withTransaction, type Tx } from './transaction';
import { expectRow, nextVersion, updated } from './versioned';
import { refreshRunStarts } from './run-starts';

// rotationApprove, rotationStart, rotationCancel: PROPOSED → APPROVED → ACTIVE, or CANCELLED
// before it starts (a running rotation ends through rotationComplete, ENDED_EARLY). Each takes
// the version the caller saw; anything else is STALE_VERSION and changes nothing.

export type RotationChange = { id: string; expectedVersion: number };

/** The rotation read for a transition: it exists, is at the expected version, may move. */
export async function rotationFor(
  tx: Tx,
  change: RotationChange,
  action: RotationAction,
): Promise<RotationRow> {
  const [found] = await tx.select().from(rotations).where(eq(rotations.id, change.id));
  const before = expectRow(found, change.expectedVersion, 'rotationNotFound');
  if (!ACTION_FROM[action].includes(before.status))
    reject('ILLEGAL_TRANSITION', 'illegalTransition', ['id']);
  return before;
}

/** Writes the new state of the rotation with its audit event. */
export async function writeRotation(
  tx: Tx,
  change: RotationChange,
  before: RotationRow,
  set: Partial<typeof rotations.$inferInsert>,
  action: string,
  actor: Principal | null,
): Promise<RotationRow> {
  const [row] = await tx
    .update(rotations)
    .set({ ...set, version: nextVersion(rotations.version) })
    .where(and(eq(rotations.id, change.id), eq(rotations.version, change.expectedVersion)))
    .returning();
  const after = updated(row);
  await audit(tx, actor, [{ action, recordType: 'Rotation', recordId: after.id, before, after }]);
  return after;
}

/** The decision an overridden rotation was created under, to cite again when it is approved. */
async function storedOverride(tx: Tx, rotation: RotationRow): Promise<OverrideDecision | null> {
  if (rotation.overrideDecisionId === null) return null;
  const [cited] = await tx
    .select({ number: documents.number, issuer: documents.issuer })
    .from(documents)
    .where(eq(documents.id, rotation.overrideDecisionId));
  return cited ?? null;
}

/**
 * Approval asks the creation verdict again (other rotations may have taken the seat since, a
 * unit may have closed), citing the override decision the rotation was created under. An
 * approval takes a seat: approvals queue with the proposals on one lock, then run serializable.
 */
export async function approveRotation(
  db: Database,
  change: RotationChange & { decision: DocumentRef | null },
  actor: Principal | null,
) {
  return withSessionLock(db, ROTATION_WRITE_LOCK, (locked) => approveLocked(locked, change, actor));
}

function approveLocked(
  db: Database,
  change: RotationChange & { decision: DocumentRef | null },
  actor: Principal | null,
) {
  return withTransaction(
    db,
    async (tx) => {
      const before = await rotationFor(tx, change, 'APPROVE');
      const checked = await runRotationCheck(
        tx,
        { ...before, rotationId: before.id },
        await storedOverride(tx, before),
      );
      if (checked.kind === 'checked' && !checked.verdict.allowed) {
        // The reason a warning asks for is the proposer's to give and is checked when the
        // rotation is proposed; a rotation proposed before reasons were asked for (reason null)
        // keeps its standing. What can change since (seats, units) is asked again.
        const failures = verdictFailures(checked.verdict).filter(
          (failure) => failure.code !== 'REASON_REQUIRED',
        );
        if (failures.length > 0) throw new Rejected(failures);
      }
      const decisionId =
        (await documentIdFor(tx, change.decision, 'DECISION', ['input', 'decision'], actor)) ??
        before.decisionId;
      if (decisionId === null)
        reject('DECISION_REQUIRED', 'decisionRequired', ['input', 'decision']);
      return writeRotation(
        tx,
        change,
        before,
        { status: 'APPROVED', decisionId },
        'rotation.approve',
        actor,
      );
    },
    { serializable: true },
  );
}

export type StartOptions = {
  /**
   * Used only by the history import: when the cadre's career (imported from the Board's
   * records, which list every post held, rotations' postings too) already holds the
   * destination post from the start day, that assignment becomes the rotation's posting rather
   * than being written twice. The API never sets it.
   */
  adoptRecordedPosting?: boolean;
};

/** The career's assignment at the destination from the start day, not yet any rotation's. */
async function recordedPosting(tx: Tx, rotation: RotationRow) {
  const [found] = await tx
    .select()
    .from(assignments)
    .where(
      and(
        eq(assignments.cadreId, rotation.cadreId),
        eq(assignments.positionId, rotation.toPositionId),
        eq(assignments.startDate, rotation.startDate),
        isNull(assignments.rotationId),
      ),
    );
  return found;
}

/** Starting opens the destination post (ROTATED) and ends the origin post on the start day. */
export function startRotation(
  db: Database,
  change: RotationChange,
  actor: Principal | null,
  options: StartOptions = {},
) {
  return withTransaction(db, async (tx) => {
    const before = await rotationFor(tx, change, 'START');
    const day = before.startDate;
    const left = await tx
      .update(assignments)
      .set({ endDate: day, version: nextVersion(assignments.version) })
      .where(
        and(
          eq(assignments.cadreId, before.cadreId),
          eq(assignments.positionId, before.fromPositionId),
          lte(assignments.startDate, day),
          or(isNull(assignments.endDate), gt(assignments.endDate, day)),
        ),
      )
      .returning();
    const recorded = options.adoptRecordedPosting ? await recordedPosting(tx, before) : undefined;
    const [posted] = recorded
      ? await tx
          .update(assignments)
          .set({
            kind: 'ROTATED',
            rotationId: before.id,
            decisionId: recorded.decisionId ?? before.decisionId,
            version: nextVersion(assignments.version),
          })
          .where(eq(assignments.id, recorded.id))
          .returning()
      : await tx
          .insert(assignments)
          .values({
            cadreId: before.cadreId,
            positionId: before.toPositionId,
            kind: 'ROTATED',
            startDate: day,
            decisionId: before.decisionId,
            rotationId: before.id,
          })
          .returning();
    if (!posted) throw new Error('assignment write returned no row');
    await refreshRunStarts(tx, [before.cadreId]);
    await audit(tx, actor, [
      ...left.map((after) => ({
        action: 'assignment.end',
        recordType: 'Assignment',
        recordId: after.id,
        after,
      })),
      recorded
        ? {
            action: 'assignment.update',
            recordType: 'Assignment',
            recordId: posted.id,
            before: recorded,
            after: posted,
          }
        : {
            action: 'assignment.create',
            recordType: 'Assignment',
            recordId: posted.id,
            after: posted,
          },
    ]);
    return writeRotation(tx, change, before, { status: 'ACTIVE' }, 'rotation.start', actor);
  });
}

export function cancelRotation(
  db: Database,
  change: RotationChange & { reason: string },
  actor: Principal | null,
) {
  return withTransaction(db, async (tx) => {
    const before = await rotationFor(tx, change, 'CANCEL');
    const cancelReason = change.reason.normalize('NFC').trim();
    return writeRotation(
      tx,
      change,
      before,
      { status: 'CANCELLED', cancelReason },
      'rotation.cancel',
      actor,
    );
  });
}
