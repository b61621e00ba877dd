import { eq } from 'drizzle-orm';
import type { DocumentRef } from '@luanchuyen/domain';
import { creationDecision, type Violation } from '@luanchuyen/rules';
import { rotationPlans, rotations, type Database, type RotationRow } from '@luanchuyen/db';
import type { Principal } from '../auth/principal';
import type { MessageKey } from '../i18n/messages';
import { runRotationCheck, type RotationProposal } from '../rules/rotation-check.service';
import { audit } from './audit';
import { documentIdFor } from './documents.service';
import { failure, reject, Rejected } from './outcome';
import { storedViolation, violationFailure } from './rotation-violations';
import { withTransaction } from './transaction';

// rotationCreate: exactly the check checkRotation shows (one read of the facts, the pure rule
// with the start date as reference date), run inside the writing transaction. Errors block
// unless a competent authority's decision is cited (and recorded); warnings are stored and
// returned; the classification is stored from the units as they stood on the start date and
// never recomputed. Serializable, so two proposals cannot both take the last free seat.

export type RotationCreateInput = RotationProposal & {
  planId: string | null;
  decision: DocumentRef | null;
  overrideDecision: DocumentRef | null;
};

export type RotationCreated = {
  rotation: RotationRow;
  warnings: readonly Violation[];
  overridden: readonly Violation[];
};

const UNKNOWN: Record<'cadreId' | 'toPositionId' | 'fromPositionId', MessageKey> = {
  cadreId: 'cadreNotFound',
  toPositionId: 'positionNotFound',
  fromPositionId: 'positionNotFound',
};

export function createRotation(db: Database, input: RotationCreateInput, actor: Principal | null) {
  return withTransaction(
    db,
    async (tx): Promise<RotationCreated> => {
      const checked = await runRotationCheck(tx, input);
      if (checked.kind === 'unknown') {
        throw new Rejected(
          checked.fields.map((field) => failure('NOT_FOUND', UNKNOWN[field], ['input', field])),
        );
      }
      if (input.planId) {
        const [plan] = await tx
          .select({ id: rotationPlans.id })
          .from(rotationPlans)
          .where(eq(rotationPlans.id, input.planId));
        if (!plan) reject('NOT_FOUND', 'planNotFound', ['input', 'planId']);
      }
      const { check, facts } = checked;
      const from = facts.fromPosition;
      if (from === null)
        return reject('NO_FROM_POSITION', 'noFromPosition', ['input', 'fromPositionId']);
      const kind = check.classification;
      if (kind.decision !== 'DECIDED') {
        throw new Rejected([
          { code: 'CANNOT_CLASSIFY', field: ['input', 'startDate'], message: kind.message },
        ]);
      }
      const decision = creationDecision(check, input.overrideDecision);
      if (!decision.allowed) throw new Rejected(decision.blocking.map(violationFailure));
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
          fromPositionId: from.id,
          toPositionId: input.toPositionId,
          decisionId,
          overrideDecisionId,
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
          after: { ...rotation, classification: kind.message.vi, override: decision.message.vi },
        },
      ]);
      return { rotation, warnings: decision.warnings, overridden: decision.overridden };
    },
    { serializable: true },
  );
}
