import DataLoader from 'dataloader';
import type { Eligibility, PlanProgress } from '@luanchuyen/rules';
import type { Database, RotationPlanRow } from '@luanchuyen/db';
import { eligibilitiesOf, type EligibilityKey } from '../../services/eligibility.service';
import { plansProgress } from '../../services/plan-progress.service';
import type { ManagementScope } from '../../read/scope';

// Rule answers asked for many parents at once (each cadre's eligibility on a page, each
// plan's progress): one read of the facts for all of them, then the pure rules.

export function ruleLoaders(db: Database, scope: ManagementScope | null) {
  return {
    eligibility: new DataLoader<EligibilityKey, Eligibility | null, string>(
      (keys) => eligibilitiesOf(db, keys),
      { cacheKeyFn: (key) => `${key.cadreId}|${key.asOf}|${key.planId ?? ''}` },
    ),
    planProgress: new DataLoader<RotationPlanRow, PlanProgress, string>(
      (plans) => plansProgress(db, plans, scope),
      { cacheKeyFn: (plan) => plan.id },
    ),
  };
}
