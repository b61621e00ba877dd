import { and, eq, gt, isNull, or } from 'drizzle-orm';
import {
  nextPostNeed,
  type DocumentRef,
  type IsoDate,
  type RotationOutcome,
} from '@luanchuyen/domain';
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
import { checkOpenPosts, inLineageOf } from './open-posts';
import { reject, Rejected } from './outcome';
import { rotationFor, writeRotation, type RotationChange } from './rotation-lifecycle.service';
import { withTransaction, type Tx } from './transaction';
import { missingReferences, nextVersion } from './versioned';
import { refreshRunStarts } from './run-starts';

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

// A return or a stay stays within the lineage of the unit left or taken (a post of its successor
// when it merged since); with no post given, a stay keeps the post taken and the others go back
// to the post left. Whether a post must, may or cannot be given is the domain's (nextPostNeed).
const LINEAGE_OF: Partial<Record<RotationOutcome, 'from' | 'to'>> = {
  RETURNED_TO_ORIGIN: 'from',
  KEPT_AT_DESTINATION: 'to',
};

/** The post taken next, and the unit it must belong to (or descend from) when it is implied. */
function nextPostOf(
  rotation: RotationRow,
  input: RotationCompletion,
): { positionId: string; lineageOf: string | null } | null {
  const need = nextPostNeed(input.outcome);
  if (need === 'NONE') return null;
  if (need === 'REQUIRED' && input.nextPositionId === null)
    reject('INVALID_INPUT', 'nextPositionRequired', ['input', 'nextPositionId']);
  const implied =
    input.outcome === 'KEPT_AT_DESTINATION' ? rotation.toPositionId : rotation.fromPositionId;
  return {
    positionId: input.nextPositionId ?? implied,
    lineageOf: LINEAGE_OF[input.outcome] ?? null,
  };
}

/**
 * The next post exists on the end date (UNIT_CLOSED names the successor whose post to give in
 * nextPositionId), and a post given for a return or a stay is one of that unit's lineage.
 */
async function checkNextPost(
  tx: Tx,
  rotation: RotationRow,
  next: { positionId: string; lineageOf: string | null },
  day: IsoDate,
): Promise<void> {
  const ends = { from: rotation.fromPositionId, to: rotation.toPositionId };
  const endPost = next.lineageOf === 'from' ? ends.from : next.lineageOf === 'to' ? ends.to : null;
  const field = ['input', 'nextPositionId'];
  const open = await checkOpenPosts(tx, [
    { positionId: next.positionId, date: day, field },
    ...(endPost ? [{ positionId: endPost, date: null, field }] : []),
  ]);
  const [closed] = open.failures;
  if (closed) throw new Rejected([closed]);
  const endUnit = endPost ? open.unitOf.get(endPost) : undefined;
  if (endUnit && next.positionId !== endPost && !inLineageOf(open, next.positionId, endUnit))
    reject('NOT_A_SUCCESSOR_POST', 'notSuccessorPost', field);
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

export type CompletionOptions = {
  /**
   * Used only by the history import: when the cadre's career (imported from the Board's
   * records) already holds the next post from the end date, that assignment is the one the
   * completion opens, so it is not written twice. The API never sets it.
   */
  keepRecordedNext?: boolean;
};

/** The assignment already recorded at the next post from the end date, if any. */
async function recordedNext(
  tx: Tx,
  rotation: RotationRow,
  positionId: string,
  day: IsoDate,
): Promise<AssignmentRow | undefined> {
  const [found] = await tx
    .select()
    .from(assignments)
    .where(
      and(
        eq(assignments.cadreId, rotation.cadreId),
        eq(assignments.positionId, positionId),
        eq(assignments.startDate, day),
      ),
    );
  return found;
}

export function completeRotation(
  db: Database,
  input: RotationCompletion,
  actor: Principal | null,
  options: CompletionOptions = {},
) {
  return withTransaction(
    db,
    async (tx) => {
      const before = await rotationFor(tx, input, 'COMPLETE');
      if (input.endDate <= before.startDate)
        reject('INVALID_INPUT', 'endBeforeStart', ['input', 'endDate']);
      const next = nextPostOf(before, input);
      if (next) await checkNextPost(tx, before, next, input.endDate);
      const decisionId = await documentIdFor(
        tx,
        input.decision,
        'DECISION',
        ['input', 'decision'],
        actor,
      );
      const closed = await closePosting(tx, before, input.endDate);
      const kept =
        next && options.keepRecordedNext
          ? await recordedNext(tx, before, next.positionId, input.endDate)
          : undefined;
      const [opened] =
        next && !kept
          ? await tx
              .insert(assignments)
              .values({
                cadreId: before.cadreId,
                positionId: next.positionId,
                kind: 'APPOINTED',
                startDate: input.endDate,
                decisionId,
              })
              .returning()
          : [];
      if (closed.length > 0 || opened) await refreshRunStarts(tx, [before.cadreId]);
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
