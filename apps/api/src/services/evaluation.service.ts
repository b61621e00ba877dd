import { and, eq } from 'drizzle-orm';
import type { Rating } from '@luanchuyen/domain';
import { rateEvaluation } from '@luanchuyen/rules';
import { evaluations, rotations, type Database, type EvaluationRow } from '@luanchuyen/db';
import type { Principal } from '../auth/principal';
import { audit } from './audit';
import { failure, reject, Rejected } from './outcome';
import { withTransaction, type Tx } from './transaction';
import { expectRow, missingReferences, nextVersion, updated } from './versioned';

// evaluationRecord: one evaluation per cadre and year, rated by rule 5 (rateEvaluation). A
// second record for the same year is a user error (EVALUATION_EXISTS) unless it names the
// version it corrects (expectedVersion): then it replaces that year's evaluation, or is
// STALE_VERSION. The evaluation is linked to the rotation running in that year, if any.

const missingCadre = missingReferences({
  evaluations_cadre_id_cadres_id_fk: { field: ['input', 'cadreId'], key: 'cadreNotFound' },
});

export type EvaluationInput = {
  cadreId: string;
  year: number;
  score: number | null;
  rating: Rating | null;
  disciplined: boolean;
  evaluator: string | null;
  notes: string | null;
  expectedVersion: number | null;
};

async function rotationInYear(tx: Tx, cadreId: string, year: number): Promise<string | null> {
  const held = await tx.select().from(rotations).where(eq(rotations.cadreId, cadreId));
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const running = held.find(
    (rotation) =>
      (rotation.status === 'ACTIVE' || rotation.status === 'COMPLETED') &&
      rotation.startDate <= last &&
      (rotation.endDate ?? rotation.plannedEndDate) > first,
  );
  return running?.id ?? null;
}

export function recordEvaluation(db: Database, input: EvaluationInput, actor: Principal | null) {
  return withTransaction(
    db,
    async (tx): Promise<EvaluationRow> => {
      const result = rateEvaluation(input);
      if (result.decision === 'INVALID')
        reject('INVALID_INPUT', 'invalidField', ['input', result.field]);
      if (result.decision === 'CANNOT_DECIDE') {
        throw new Rejected([
          { code: 'RATING_REQUIRED', field: ['input', 'rating'], message: result.message },
        ]);
      }
      const columns = {
        score: input.score,
        rating: result.rating,
        disciplined: input.disciplined,
        evaluator: input.evaluator?.normalize('NFC').trim() ?? null,
        notes: input.notes?.normalize('NFC').trim() ?? null,
        rotationId: await rotationInYear(tx, input.cadreId, input.year),
      };
      const [existing] = await tx
        .select()
        .from(evaluations)
        .where(and(eq(evaluations.cadreId, input.cadreId), eq(evaluations.year, input.year)));
      if (existing && input.expectedVersion === null)
        reject('EVALUATION_EXISTS', 'evaluationExists', ['input', 'year']);
      if (existing && input.expectedVersion !== null) {
        const before = expectRow(existing, input.expectedVersion, 'evaluationNotFound');
        const [row] = await tx
          .update(evaluations)
          .set({ ...columns, version: nextVersion(evaluations.version) })
          .where(and(eq(evaluations.id, before.id), eq(evaluations.version, input.expectedVersion)))
          .returning();
        const after = updated(row);
        await audit(tx, actor, [
          {
            action: 'evaluation.update',
            recordType: 'Evaluation',
            recordId: after.id,
            before,
            after,
          },
        ]);
        return after;
      }
      if (input.expectedVersion !== null)
        reject('NOT_FOUND', 'evaluationNotFound', ['input', 'expectedVersion']);
      const [created] = await tx
        .insert(evaluations)
        .values({ cadreId: input.cadreId, year: input.year, ...columns })
        .returning();
      if (!created) throw new Error('evaluation insert returned no row');
      await audit(tx, actor, [
        {
          action: 'evaluation.create',
          recordType: 'Evaluation',
          recordId: created.id,
          after: created,
        },
      ]);
      return created;
    },
    {
      onConstraint: (constraint, code) => {
        if (constraint === 'evaluations_cadre_year_key')
          return [failure('EVALUATION_EXISTS', 'evaluationExists', ['input', 'year'])];
        return missingCadre(constraint, code);
      },
    },
  );
}
