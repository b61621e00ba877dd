import { VIOLATION_CODES, type ViolationCode } from '@luanchuyen/domain';
import {
  cannotCheck,
  type CheckResult,
  type CheckRule,
  type RotationFacts,
  type RotationInput,
  type UndecidedCheck,
  type Violation,
} from './checks/check-rule';
import { durationCheck } from './checks/duration-check';
import { freeSeatCheck } from './checks/free-seat-check';
import { higherRankCheck } from './checks/higher-rank-check';
import { issuerCompetenceCheck } from './checks/issuer-competence-check';
import { localNativeCheck } from './checks/local-native-check';
import { overlapCheck } from './checks/overlap-check';
import { remainingServiceCheck } from './checks/remaining-service-check';
import { retiresBeforeEndCheck } from './checks/retires-before-end-check';
import { sameUnitCheck } from './checks/same-unit-check';
import { unitClosedCheck } from './checks/unit-closed-check';
import { unitClosesCheck } from './checks/unit-closes-check';
import { classifyRotation, type Classification } from './classification';
import { retirementDate } from './retirement';
import type { RotationConditions } from './rotation-rule-sets';
import { RULE_BOOK, type RuleBook } from './rule-book';
import { undecided } from './rule-result';
import { basisOf, ruleSetInForce, type RuleSet } from './rule-sets';

// PRODUCT.md rule 3, API.md `checkRotation`: every condition on a proposed rotation, under the
// rule set in force on its start date, with its classification. The API runs the same function
// before `rotationCreate` writes, and the admin app while the form is filled in.

export type RotationCheck = {
  /** The rotation conditions in force on the start date; null when none was. */
  ruleSet: RuleSet<RotationConditions> | null;
  classification: Classification;
  /** One result per violation code, in the order of VIOLATION_CODES. */
  results: readonly CheckResult[];
  violations: readonly Violation[];
  undecided: readonly UndecidedCheck[];
};

const CHECKS: Record<ViolationCode, CheckRule> = {
  DURATION_TOO_SHORT: durationCheck,
  SAME_UNIT: sameUnitCheck,
  OVERLAPPING_ROTATION: overlapCheck,
  RETIRES_BEFORE_END: retiresBeforeEndCheck,
  INSUFFICIENT_REMAINING_SERVICE: remainingServiceCheck,
  LOCAL_NATIVE_TO_NON_LOCAL_POST: localNativeCheck,
  NO_FREE_SEAT: freeSeatCheck,
  HIGHER_RANK: higherRankCheck,
  UNIT_CLOSED: unitClosedCheck,
  UNIT_CLOSES_DURING_ROTATION: unitClosesCheck,
  ISSUER_NOT_COMPETENT: issuerCompetenceCheck,
};

function classify(input: RotationInput, facts: RotationFacts, book: RuleBook): Classification {
  const { fromPosition, toPosition, registry } = facts;
  if (fromPosition !== null)
    return classifyRotation(registry.units, fromPosition, toPosition, input.startDate, book);
  const conditions = ruleSetInForce(book.rotation, input.startDate);
  return undecided('ROTATION_CLASSIFICATION', ['fromPosition'], {
    facts: { toPositionId: toPosition.id, startDate: input.startDate },
    legalBasis: conditions && basisOf(conditions, conditions.params.clauses.scope),
  });
}

export function checkRotation(
  input: RotationInput,
  facts: RotationFacts,
  book: RuleBook = RULE_BOOK,
): RotationCheck {
  const conditions = ruleSetInForce(book.rotation, input.startDate);
  const retirement = retirementDate(facts.cadre.cadre, book.retirement);
  const results = VIOLATION_CODES.map((code) =>
    conditions === null
      ? cannotCheck(code, ['ruleSet'], { facts: { startDate: input.startDate }, legalBasis: null })
      : CHECKS[code]({ input, facts, conditions, retirement, book }),
  );
  return {
    ruleSet: conditions,
    classification: classify(input, facts, book),
    results,
    violations: results.filter((result): result is Violation => result.decision === 'FAIL'),
    undecided: results.filter(
      (result): result is UndecidedCheck => result.decision === 'CANNOT_DECIDE',
    ),
  };
}
