import { RATING_RULE_SETS, type RatingParams } from './rating-rule-sets';
import { RETIREMENT_RULE_SETS, type RetirementParams } from './retirement-rule-sets';
import { ROTATION_CONDITION_SETS, type RotationConditions } from './rotation-rule-sets';
import { NON_LOCAL_RULE_SETS, type NonLocalParams } from './non-local-rule-sets';
import {
  REMAINING_SERVICE_RULE_SETS,
  type RemainingServiceParams,
} from './remaining-service-rule-sets';
import type { RuleSet } from './rule-sets';

// All dated rule sets in one value, so a caller (or an admin's rule settings) can pass another
// edition without touching code. Each rule picks from it the set in force on its reference date.

export type RuleBook = {
  retirement: readonly RuleSet<RetirementParams>[];
  rotation: readonly RuleSet<RotationConditions>[];
  rating: readonly RuleSet<RatingParams>[];
  nonLocal: readonly RuleSet<NonLocalParams>[];
  remainingService: readonly RuleSet<RemainingServiceParams>[];
};

export const RULE_BOOK: RuleBook = {
  retirement: RETIREMENT_RULE_SETS,
  rotation: ROTATION_CONDITION_SETS,
  rating: RATING_RULE_SETS,
  nonLocal: NON_LOCAL_RULE_SETS,
  remainingService: REMAINING_SERVICE_RULE_SETS,
};
