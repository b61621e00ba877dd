import { and, eq, ne } from 'drizzle-orm';
import {
  rotationPlans,
  rotationPlanSubjects,
  rotations,
  type Database,
  type RotationPlanRow,
} from '@luanchuyen/db';
import type { Principal } from '../auth/principal';
import { audit } from './audit';
import { reject } from './outcome';
import { withTransaction } from './transaction';

// rotationPlanRemoveSubject. A plan's progress (PRODUCT.md rule 6) counts its subjects and
// those of them rotated under it, so a cadre with a rotation under the plan that is not
// cancelled stays listed: removing them would count a rotation of someone the plan no longer
// lists (and a proposal would count once it starts). The subject row is deleted; the reason
// stays in the audit event beside the row removed, as the record of why.

export type SubjectRemovalInput = { planId: string; cadreId: string; reason: string };

export function removePlanSubject(
  db: Database,
  input: SubjectRemovalInput,
  actor: Principal | null,
) {
  return withTransaction(
    db,
    async (tx): Promise<RotationPlanRow> => {
      const [plan] = await tx
        .select()
        .from(rotationPlans)
        .where(eq(rotationPlans.id, input.planId));
      if (!plan) return reject('NOT_FOUND', 'planNotFound', ['input', 'planId']);
      const listing = and(
        eq(rotationPlanSubjects.planId, plan.id),
        eq(rotationPlanSubjects.cadreId, input.cadreId),
      );
      const [subject] = await tx.select().from(rotationPlanSubjects).where(listing);
      if (!subject) return reject('NOT_FOUND', 'subjectNotListed', ['input', 'cadreId']);
      const [counted] = await tx
        .select({ id: rotations.id })
        .from(rotations)
        .where(
          and(
            eq(rotations.planId, plan.id),
            eq(rotations.cadreId, input.cadreId),
            ne(rotations.status, 'CANCELLED'),
          ),
        )
        .limit(1);
      if (counted)
        return reject('SUBJECT_HAS_ROTATION', 'subjectHasRotation', ['input', 'cadreId']);
      await tx.delete(rotationPlanSubjects).where(eq(rotationPlanSubjects.id, subject.id));
      await audit(tx, actor, [
        {
          action: 'rotationPlan.removeSubject',
          recordType: 'RotationPlan',
          recordId: plan.id,
          before: { subject },
          after: { reason: input.reason },
        },
      ]);
      return plan;
    },
    // Two removals of one listing at once: one wins, the other is retried and finds none.
    { serializable: true },
  );
}
