import { and, eq, inArray } from 'drizzle-orm';
import type { DocumentRef, EligibilityReasonCode, IsoDate, PlanCriteria } from '@luanchuyen/domain';
import {
  rotationPlans,
  rotationPlanSubjects,
  type Database,
  type RotationPlanRow,
} from '@luanchuyen/db';
import { planSubjectListing } from '@luanchuyen/rules';
import type { Principal } from '../auth/principal';
import { eligibilitiesOf } from './eligibility.service';
import { audit } from './audit';
import { documentIdFor } from './documents.service';
import { failure, reject, Rejected, type Failure } from './outcome';
import { missingReferences } from './versioned';
import { withTransaction } from './transaction';

// rotationPlanCreate / rotationPlanAddSubjects. A plan's criteria are its own parameters for
// rule 1. Each subject is listed with the criterion that made them one, as planSubjectListing
// decides on the reference date (the plan's first day unless another is given): the criterion
// given, when it holds, or the first reason found; anyone refused (NOT_A_SUBJECT, with the
// rules' explanation) refuses the whole batch.

export type PlanInput = {
  code: string;
  title: string;
  issuingUnitId: string | null;
  issuedOn: IsoDate;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  targetCount: number;
  criteria: PlanCriteria;
  document: DocumentRef | null;
};

export type SubjectsInput = {
  planId: string;
  cadreIds: readonly string[];
  criterion: EligibilityReasonCode | null;
  asOf: IsoDate | null;
};

const missingIssuingUnit = missingReferences({
  rotation_plans_issuing_unit_id_units_id_fk: {
    field: ['input', 'issuingUnitId'],
    key: 'unitNotFound',
  },
});

function planConstraint(constraint: string | undefined, code: string): Failure[] | null {
  if (constraint === 'rotation_plans_code_key')
    return [failure('CODE_TAKEN', 'planCodeTaken', ['input', 'code'])];
  if (constraint === 'rotation_plans_period_order') {
    return [failure('INVALID_INPUT', 'endBeforeStart', ['input', 'periodEnd'])];
  }
  return missingIssuingUnit(constraint, code);
}

export function createPlan(db: Database, input: PlanInput, actor: Principal | null) {
  return withTransaction(
    db,
    async (tx): Promise<RotationPlanRow> => {
      const { document, ...columns } = input;
      const documentId = await documentIdFor(tx, document, 'PLAN', ['input', 'document'], actor);
      const [plan] = await tx
        .insert(rotationPlans)
        .values({
          ...columns,
          code: columns.code.trim(),
          title: columns.title.normalize('NFC').trim(),
          documentId,
        })
        .returning();
      if (!plan) throw new Error('plan insert returned no row');
      await audit(tx, actor, [
        {
          action: 'rotationPlan.create',
          recordType: 'RotationPlan',
          recordId: plan.id,
          after: plan,
        },
      ]);
      return plan;
    },
    { onConstraint: planConstraint },
  );
}

type Subject = { cadreId: string; criterion: EligibilityReasonCode };

/** Each cadre's listing by the rules (planSubjectListing); any refusal refuses the batch. */
async function judgedSubjects(
  tx: Database,
  plan: RotationPlanRow,
  input: SubjectsInput,
): Promise<Subject[]> {
  const asOf = input.asOf ?? plan.periodStart;
  const judged = await eligibilitiesOf(
    tx,
    input.cadreIds.map((cadreId) => ({ cadreId, asOf, planId: plan.id })),
  );
  const problems: Failure[] = [];
  const subjects = input.cadreIds.flatMap((cadreId, index): Subject[] => {
    const eligibility = judged[index];
    const field = ['input', 'cadreIds', String(index)];
    if (!eligibility) {
      problems.push(failure('NOT_FOUND', 'cadreNotFound', field));
      return [];
    }
    const listing = planSubjectListing(eligibility, input.criterion);
    if (listing.listed) return [{ cadreId, criterion: listing.criterion }];
    problems.push({ code: 'NOT_A_SUBJECT', field, message: listing.message });
    return [];
  });
  if (problems.length > 0) throw new Rejected(problems);
  return subjects;
}

export function addPlanSubjects(db: Database, input: SubjectsInput, actor: Principal | null) {
  return withTransaction(
    db,
    async (tx): Promise<RotationPlanRow> => {
      const [plan] = await tx
        .select()
        .from(rotationPlans)
        .where(eq(rotationPlans.id, input.planId));
      if (!plan) return reject('NOT_FOUND', 'planNotFound', ['input', 'planId']);
      const listed = new Set(
        (
          await tx
            .select({ cadreId: rotationPlanSubjects.cadreId })
            .from(rotationPlanSubjects)
            .where(
              and(
                eq(rotationPlanSubjects.planId, plan.id),
                inArray(rotationPlanSubjects.cadreId, [...input.cadreIds]),
              ),
            )
        ).map((row) => row.cadreId),
      );
      const repeated = input.cadreIds.flatMap((id, index) =>
        listed.has(id) || input.cadreIds.indexOf(id) !== index
          ? [failure('ALREADY_A_SUBJECT', 'alreadySubject', ['input', 'cadreIds', String(index)])]
          : [],
      );
      if (repeated.length > 0) throw new Rejected(repeated);
      const subjects = await judgedSubjects(tx, plan, input);
      if (subjects.length === 0) return plan;
      const rows = await tx
        .insert(rotationPlanSubjects)
        .values(subjects.map((subject) => ({ planId: plan.id, ...subject })))
        .returning();
      await audit(tx, actor, [
        {
          action: 'rotationPlan.addSubjects',
          recordType: 'RotationPlan',
          recordId: plan.id,
          after: { subjects: rows },
        },
      ]);
      return plan;
    },
    {
      onConstraint: missingReferences({
        rotation_plan_subjects_cadre_id_cadres_id_fk: {
          field: ['input', 'cadreIds'],
          key: 'cadreNotFound',
        },
      }),
    },
  );
}
