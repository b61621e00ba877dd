import type { DocumentRef } from '@luanchuyen/domain';
import type { Violation } from '@luanchuyen/rules';
import { rotations, withSessionLock, type Database, type RotationRow } from '@luanchuyen/db';
import type { Principal } from '../auth/principal';
import type { MessageKey } from '../i18n/messages';
import { runRotationCheck, type RotationProposal } from './rotation-check.service';
import type { FactsField } from '../facts/rotation-facts.queries';
import { audit } from './audit';
import { documentIdFor } from './documents.service';
import { failure, Rejected } from './outcome';
import { storedViolation, verdictFailures } from './rotation-violations';
import { withTransaction } from './transaction';

// rotationCreate: exactly the check checkRotation shows (one read of the facts, the pure rule
// with the start date as reference date), run inside the writing transaction. Errors block
// unless a competent authority's decision is cited (and recorded); warnings are stored and
// returned; the classification is stored from the units as they stood on the start date and
// never recomputed. Serializable, so two proposals cannot both take the last free seat; and
// proposals and approvals queue on one lock (ROTATION_WRITE_LOCK) rather than fail
// serialization against each other.

export type RotationCreateInput = RotationProposal & {
  planId: string | null;
  /** Why it goes ahead despite a warning that asks for a reason; stored with the rotation. */
  reason: string | null;
  decision: DocumentRef | null;
  overrideDecision: DocumentRef | null;
};

export type RotationCreated = {
  rotation: RotationRow;
  warnings: readonly Violation[];
  overridden: readonly Violation[];
};

const UNKNOWN: Record<FactsField, MessageKey> = {
  cadreId: 'cadreNotFound',
  toPositionId: 'positionNotFound',
  fromPositionId: 'positionNotFound',
  planId: 'planNotFound',
};

/**
 * The lock every proposal and approval of a rotation queues on: one for the registry, not one
 * per post. Proposals into different posts for different cadres still read index pages that
 * the others write (a cadre's rotations, a post's holders), and under load PostgreSQL aborts
 * one of two such serializable transactions, which a user sees as CONFLICT once the retries
 * run out. Queued, they never collide; a Board's proposals come a few a minute.
 */
export const ROTATION_WRITE_LOCK = 'rotation-writes';

export function createRotation(db: Database, input: RotationCreateInput, actor: Principal | null) {
  return withSessionLock(db, ROTATION_WRITE_LOCK, (locked) => createLocked(locked, input, actor));
}

function createLocked(db: Database, input: RotationCreateInput, actor: Principal | null) {
  return withTransaction(
    db,
    async (tx): Promise<RotationCreated> => {
      const checked = await runRotationCheck(tx, input, input.overrideDecision);
      if (checked.kind === 'unknown') {
        throw new Rejected(
          checked.fields.map((field) => failure('NOT_FOUND', UNKNOWN[field], ['input', field])),
        );
      }
      const { verdict, fromPositionId } = checked;
      if (!verdict.allowed || verdict.kind === null || fromPositionId === null) {
        throw new Rejected(verdictFailures(verdict));
      }
      const { kind, decision } = verdict;
      const decisionId = await documentIdFor(
        tx,
        input.decision,
        'DECISION',
        ['input', 'decision'],
        actor,
      );
      const overrideDecisionId = decision.override
        ? await documentIdFor(
            tx,
            input.overrideDecision,
            'DECISION',
            ['input', 'overrideDecision'],
            actor,
          )
        : null;
      const [rotation] = await tx
        .insert(rotations)
        .values({
          cadreId: input.cadreId,
          planId: input.planId,
          fromPositionId,
          toPositionId: input.toPositionId,
          decisionId,
          overrideDecisionId,
          reason: input.reason,
          startDate: input.startDate,
          plannedEndDate: input.plannedEndDate,
          category: kind.category,
          direction: kind.direction,
          rankChange: kind.rankChange,
          warnings: [...decision.overridden, ...decision.warnings].map(storedViolation),
        })
        .returning();
      if (!rotation) throw new Error('rotation insert returned no row');
      await audit(tx, actor, [
        {
          action: 'rotation.create',
          recordType: 'Rotation',
          recordId: rotation.id,
          after: {
            ...rotation,
            classification: verdict.check.classification.message.vi,
            override: decision.message.vi,
          },
        },
      ]);
      return { rotation, warnings: decision.warnings, overridden: decision.overridden };
    },
    { serializable: true },
  );
}
