import { inArray } from 'drizzle-orm';
import type { IsoDate } from '@luanchuyen/domain';
import {
  DEFAULT_CRITERIA,
  eligibilityOn,
  planCriteriaSet,
  type CriteriaSet,
  type Eligibility,
} from '@luanchuyen/rules';
import { rotationPlans, type CadreRow, type Database, type RotationPlanRow } from '@luanchuyen/db';
import { loadCadreFacts, registryScopeOf } from '../facts/cadre-facts.queries';
import { loadRegistryFacts } from '../facts/registry-facts.queries';
import { countEligibilities } from '../metrics-scope';

// PRODUCT.md rule 1 for a batch of (cadre, date, plan) questions: one read of the facts the
// rule needs for all of them, then the pure rule with the reference date passed in.

export type EligibilityKey = { cadreId: string; asOf: IsoDate; planId: string | null };

/** A plan's criteria, or the default criteria when no plan is named. */
export function criteriaOf(plan: RotationPlanRow | null): CriteriaSet {
  return plan ? planCriteriaSet(plan) : DEFAULT_CRITERIA;
}

/** Each key's eligibility, or null when its cadre or plan does not exist. */
export async function eligibilitiesOf(
  db: Database,
  keys: readonly EligibilityKey[],
  knownCadres: readonly CadreRow[] = [],
): Promise<(Eligibility | null)[]> {
  const facts = await loadCadreFacts(
    db,
    keys.map((key) => key.cadreId),
    knownCadres,
  );
  const registry = await loadRegistryFacts(db, registryScopeOf(facts.values()));
  const planIds = [...new Set(keys.flatMap((key) => (key.planId ? [key.planId] : [])))];
  const plans = new Map(
    planIds.length === 0
      ? []
      : (await db.select().from(rotationPlans).where(inArray(rotationPlans.id, planIds))).map(
          (plan) => [plan.id, plan],
        ),
  );
  const results = keys.map((key) => {
    const cadreFacts = facts.get(key.cadreId);
    const plan = key.planId ? plans.get(key.planId) : null;
    if (cadreFacts === undefined || plan === undefined) return null;
    return eligibilityOn(cadreFacts, registry, key.asOf, criteriaOf(plan));
  });
  countEligibilities(results);
  return results;
}
