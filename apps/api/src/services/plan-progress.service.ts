import { inArray } from 'drizzle-orm';
import { planProgress, tookPlace, type PlanProgress } from '@luanchuyen/rules';
import {
  evaluations,
  rotationPlanSubjects,
  rotations,
  type Database,
  type RotationPlanRow,
} from '@luanchuyen/db';
import { groupBy } from '../read/group-by';

// PRODUCT.md rule 6 for a batch of plans: their subjects, their rotations and the evaluations
// of the rotated cadres in three statements, then the pure planProgress for each plan.

export async function plansProgress(
  db: Database,
  plans: readonly RotationPlanRow[],
): Promise<PlanProgress[]> {
  const planIds = plans.map((plan) => plan.id);
  if (planIds.length === 0) return [];
  const subjectRows = await db
    .select({
      planId: rotationPlanSubjects.planId,
      cadreId: rotationPlanSubjects.cadreId,
      reason: rotationPlanSubjects.criterion,
    })
    .from(rotationPlanSubjects)
    .where(inArray(rotationPlanSubjects.planId, planIds));
  const rotationRows = await db.select().from(rotations).where(inArray(rotations.planId, planIds));
  const rotatedIds = [
    ...new Set(
      rotationRows
        .filter((rotation) => tookPlace(rotation.status))
        .map((rotation) => rotation.cadreId),
    ),
  ];
  const evaluationRows = rotatedIds.length
    ? await db.select().from(evaluations).where(inArray(evaluations.cadreId, rotatedIds))
    : [];
  const subjectsOf = groupBy(subjectRows, (row) => row.planId);
  const rotationsOf = groupBy(rotationRows, (row) => row.planId ?? '');
  return plans.map((plan) => {
    const planRotations = rotationsOf.get(plan.id) ?? [];
    const cadreIds = new Set(planRotations.map((rotation) => rotation.cadreId));
    return planProgress({
      plan,
      subjects: subjectsOf.get(plan.id) ?? [],
      rotations: planRotations,
      evaluations: evaluationRows.filter((evaluation) => cadreIds.has(evaluation.cadreId)),
    });
  });
}
