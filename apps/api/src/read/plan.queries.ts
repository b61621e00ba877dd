import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import {
  cadres,
  rotationPlanSubjects,
  rotationPlans,
  type CadreRow,
  type Database,
  type RotationPlanRow,
} from '@luanchuyen/db';
import type { EligibilityReasonCode } from '@luanchuyen/domain';
import type { PageRequest } from './page';
import { afterCursor, orderOf, pageKeyset, pageOrder, pageWhere, type Keyset } from './keyset';
import { cadreScopeCondition, planScopeCondition, type ManagementScope } from './scope';

// Reads of rotation plans: the page of plans, latest issued first, and the subjects of many
// plans at once, by name.

export const PLAN_KEYSET: Keyset = {
  columns: [rotationPlans.issuedOn, rotationPlans.id],
  direction: 'DESC',
};

export const SUBJECT_KEYSET: Keyset = {
  columns: [cadres.nameSortKey, cadres.id],
  direction: 'ASC',
};

/** Plans issued within the scope (read/scope.ts); every plan at the top. */
export function planPage(
  db: Database,
  request: PageRequest,
  scope: ManagementScope | null = null,
): Promise<RotationPlanRow[]> {
  return db
    .select()
    .from(rotationPlans)
    .where(pageWhere(PLAN_KEYSET, request, planScopeCondition(scope)))
    .orderBy(...pageOrder(PLAN_KEYSET, request))
    .limit(request.limit + 1);
}

export async function countPlans(
  db: Database,
  scope: ManagementScope | null = null,
): Promise<number> {
  return db.$count(rotationPlans, planScopeCondition(scope));
}

export type SubjectRow = { planId: string; criterion: EligibilityReasonCode; cadre: CadreRow };

/** The same page of subjects for each of many plans, in one statement, in the page's direction. */
export async function subjectPagesOfPlans(
  db: Database,
  planIds: readonly string[],
  request: PageRequest,
  /** Only the subjects the caller's body manages; every one at the top. */
  scope: ManagementScope | null = null,
): Promise<SubjectRow[]> {
  const keyset = pageKeyset(SUBJECT_KEYSET, request);
  const ranked = db
    .select({
      subjectId: rotationPlanSubjects.id,
      rank: sql<number>`row_number() OVER (PARTITION BY ${rotationPlanSubjects.planId} ORDER BY ${sql.join(orderOf(keyset), sql`, `)})`.as(
        'rank',
      ),
    })
    .from(rotationPlanSubjects)
    .innerJoin(cadres, eq(cadres.id, rotationPlanSubjects.cadreId))
    .where(
      and(
        inArray(rotationPlanSubjects.planId, [...planIds]),
        afterCursor(keyset, request.cursor),
        cadreScopeCondition(cadres.id, scope),
      ),
    )
    .as('ranked');
  return db
    .select({
      planId: rotationPlanSubjects.planId,
      criterion: rotationPlanSubjects.criterion,
      cadre: cadres,
    })
    .from(rotationPlanSubjects)
    .innerJoin(ranked, eq(ranked.subjectId, rotationPlanSubjects.id))
    .innerJoin(cadres, eq(cadres.id, rotationPlanSubjects.cadreId))
    .where(lte(ranked.rank, request.limit + 1))
    .orderBy(...orderOf(keyset));
}

/** How many subjects each plan lists. */
export async function subjectCountsOfPlans(
  db: Database,
  planIds: readonly string[],
  scope: ManagementScope | null = null,
): Promise<Map<string, number>> {
  const rows = await db
    .select({ planId: rotationPlanSubjects.planId, count: sql<number>`count(*)::int` })
    .from(rotationPlanSubjects)
    .where(
      and(
        inArray(rotationPlanSubjects.planId, [...planIds]),
        cadreScopeCondition(rotationPlanSubjects.cadreId, scope),
      ),
    )
    .groupBy(rotationPlanSubjects.planId);
  return new Map(rows.map((row) => [row.planId, row.count]));
}
