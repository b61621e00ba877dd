import { and, inArray } from 'drizzle-orm';
import { planProgress, tookPlace, type PlanProgress } from '@luanchuyen/rules';
import {
  evaluations,
  rotationPlanSubjects,
  rotations,
  type Database,
  type RotationPlanRow,
} from '@luanchuyen/db';
import { groupBy } from '../read/group-by';
import { cadreScopeCondition, type ManagementScope } from '../read/scope';

// PRODUCT.md rule 6 for a batch of plans: their subjects, their rotations and the evaluations
// of the rotated cadres in three statements, then the pure planProgress for each plan. Below
// the top, a plan's progress counts the subjects and rotations of the caller's scope only.

export async function plansProgress(
  db: Database,
  plans: readonly RotationPlanRow[],
  scope: ManagementScope | null = null,
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
    .where(
      and(
        inArray(rotationPlanSubjects.planId, planIds),
        cadreScopeCondition(rotationPlanSubjects.cadreId, scope),
      ),
    );
  const rotationRows = await db
    .select()
    .from(rotations)
    .where(and(inArray(rotations.planId, planIds), cadreScopeCondition(rotations.cadreId, scope)));
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
