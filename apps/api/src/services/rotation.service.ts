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
// proposals into one post queue on that post's lock (positionLock) rather than fail
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

/** The lock that writers taking or claiming a post's seats queue on. */
export function positionLock(positionId: string): string {
  return `position:${positionId}`;
}

export function createRotation(db: Database, input: RotationCreateInput, actor: Principal | null) {
  return withSessionLock(db, positionLock(input.toPositionId), (locked) =>
    createLocked(locked, input, actor),
  );
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
