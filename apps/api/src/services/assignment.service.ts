import { and, eq } from 'drizzle-orm';
import type { AssignmentKind, DocumentRef, IsoDate } from '@luanchuyen/domain';
import { assignments, type AssignmentRow, type Database } from '@luanchuyen/db';
import type { Principal } from '../auth/principal';
import { audit } from './audit';
import { documentIdFor } from './documents.service';
import { checkOpenPosts } from './open-posts';
import { failure, Rejected, type Failure } from './outcome';
import { refreshRunStarts } from './run-starts';
import { withTransaction } from './transaction';
import { expectRow, missingReferences, nextVersion, updated } from './versioned';

// assignmentCreate / assignmentEnd: who held which post when (quá trình công tác). Concurrent
// posts are allowed; periods are half-open, so the end date is the first day no longer held.
// A post is taken only while its unit exists on the start date (UNIT_CLOSED otherwise).
// Creation takes a batch, for the demo loader's careers.

export type AssignmentInput = {
  cadreId: string;
  positionId: string;
  kind: AssignmentKind;
  startDate: IsoDate;
  endDate: IsoDate | null;
  decision?: DocumentRef | null;
};

const references = missingReferences({
  assignments_cadre_id_cadres_id_fk: { field: ['input', 'cadreId'], key: 'cadreNotFound' },
  assignments_position_id_positions_id_fk: {
    field: ['input', 'positionId'],
    key: 'positionNotFound',
  },
});

function onConstraint(constraint: string | undefined, code: string): Failure[] | null {
  if (constraint === 'assignments_end_not_before_start') {
    return [failure('INVALID_INPUT', 'endBeforeStart', ['input', 'endDate'])];
  }
  return references(constraint, code);
}

export function createAssignments(
  db: Database,
  inputs: readonly AssignmentInput[],
  actor: Principal | null,
) {
  return withTransaction(
    db,
    async (tx): Promise<AssignmentRow[]> => {
      if (inputs.length === 0) return [];
      const open = await checkOpenPosts(
        tx,
        inputs.map((input) => ({
          positionId: input.positionId,
          date: input.startDate,
          field: ['input', 'positionId'],
        })),
      );
      if (open.failures.length > 0) throw new Rejected(open.failures);
      const values = [];
      for (const input of inputs) {
        const { decision, ...columns } = input;
        const decisionId = await documentIdFor(
          tx,
          decision,
          'DECISION',
          ['input', 'decision'],
          actor,
        );
        values.push({ ...columns, decisionId });
      }
      const rows = await tx.insert(assignments).values(values).returning();
      await refreshRunStarts(
        tx,
        rows.map((row) => row.cadreId),
      );
      await audit(
        tx,
        actor,
        rows.map((row) => ({
          action: 'assignment.create',
          recordType: 'Assignment',
          recordId: row.id,
          after: row,
        })),
      );
      return rows;
    },
    { onConstraint },
  );
}

export function endAssignment(
  db: Database,
  change: { id: string; expectedVersion: number; endDate: IsoDate },
  actor: Principal | null,
) {
  return withTransaction(
    db,
    async (tx): Promise<AssignmentRow> => {
      const [found] = await tx.select().from(assignments).where(eq(assignments.id, change.id));
      const before = expectRow(found, change.expectedVersion, 'assignmentNotFound');
      const [row] = await tx
        .update(assignments)
        .set({ endDate: change.endDate, version: nextVersion(assignments.version) })
        .where(and(eq(assignments.id, change.id), eq(assignments.version, change.expectedVersion)))
        .returning();
      const after = updated(row);
      await refreshRunStarts(tx, [after.cadreId]);
      await audit(tx, actor, [
        { action: 'assignment.end', recordType: 'Assignment', recordId: after.id, before, after },
      ]);
      return after;
    },
    { onConstraint },
  );
}
