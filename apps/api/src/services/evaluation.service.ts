import { and, eq } from 'drizzle-orm';
import type { IsoDate, Rating } from '@luanchuyen/domain';
import { rateEvaluation, tookPlace, type RatingResult } from '@luanchuyen/rules';
import { evaluations, rotations, type Database, type EvaluationRow } from '@luanchuyen/db';
import type { Principal } from '../auth/principal';
import { audit } from './audit';
import { failure, reject, Rejected, type Failure } from './outcome';
import { withTransaction, type Tx } from './transaction';
import { expectRow, missingReferences, nextVersion, updated } from './versioned';

// evaluationRecord: one evaluation per cadre and year, rated by rule 5 (rateEvaluation). A
// second record for the same year is a user error (EVALUATION_EXISTS) unless it names the
// version it corrects (expectedVersion): then it replaces that year's evaluation, or is
// STALE_VERSION. The evaluation is linked to the rotation running in that year, if any.
// Whatever rule 5 refuses is a user error with the rule's own code and message
// (YEAR_IN_FUTURE, SCORE_OUT_OF_RANGE, NO_SCORE_BANDS, RATING_ABOVE_SCORE_BAND, …).

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
      tookPlace(rotation.status) &&
      rotation.startDate <= last &&
      (rotation.endDate ?? rotation.plannedEndDate) > first,
  );
  return running?.id ?? null;
}

/** Why rule 5 gave no rating, as the user error to answer with. */
function refusalOf(result: Exclude<RatingResult, { decision: 'RATED' }>): Failure {
  if (result.decision === 'INVALID') {
    return { code: result.code, field: ['input', result.field], message: result.message };
  }
  // No rating rules at all for the year: no rating or score would help.
  if (result.missingFacts.includes('ruleSet')) {
    return { code: 'NO_RATING_RULES', field: ['input', 'year'], message: result.message };
  }
  return { code: 'RATING_REQUIRED', field: ['input', 'rating'], message: result.message };
}

/**
 * `today` is the day in Vietnam from the server's clock (a later year is YEAR_IN_FUTURE); null
 * only where history is replayed (the demo dataset), when no year is refused as future.
 */
export function recordEvaluation(
  db: Database,
  input: EvaluationInput,
  actor: Principal | null,
  today: IsoDate | null = null,
) {
  return withTransaction(
    db,
    async (tx): Promise<EvaluationRow> => {
      const result = rateEvaluation({ ...input, today });
      if (result.decision !== 'RATED') throw new Rejected([refusalOf(result)]);
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

/**
 * Links a cadre's evaluations to the rotations running in their years, as recordEvaluation
 * would now: for history brought in evaluations first and rotations after (the import), where
 * a year's rotation was not yet known when its evaluation was written. Returns how many changed.
 */
export function relinkEvaluations(db: Database, cadreId: string, actor: Principal | null) {
  return withTransaction(db, async (tx): Promise<number> => {
    const held = await tx.select().from(evaluations).where(eq(evaluations.cadreId, cadreId));
    const changes = [];
    for (const before of held) {
      const rotationId = await rotationInYear(tx, cadreId, before.year);
      if (rotationId === before.rotationId) continue;
      const [row] = await tx
        .update(evaluations)
        .set({ rotationId, version: nextVersion(evaluations.version) })
        .where(eq(evaluations.id, before.id))
        .returning();
      const after = updated(row);
      changes.push({
        action: 'evaluation.update',
        recordType: 'Evaluation',
        recordId: after.id,
        before,
        after,
      });
    }
    if (changes.length > 0) await audit(tx, actor, changes);
    return changes.length;
  });
}
