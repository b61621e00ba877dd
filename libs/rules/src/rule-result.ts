import { assertNever, type EligibilityReasonCode, type ViolationCode } from '@luanchuyen/domain';
import { cannotDecideMessage } from './messages';

// The shape every rule answers in: the decision, the rule that made it, the facts it used,
// the legal basis and a message in Vietnamese and English (STYLE.md, "Rules").

export type Message = { vi: string; en: string };

/** The document a rule comes from and the clause that says it. */
export type LegalBasis = { document: string; clause: string };

export type Facts = Readonly<Record<string, unknown>>;

/** Eligibility blockers (API.md `eligibility { blockers }`). */
export const ELIGIBILITY_BLOCKERS = [
  'ACTIVE_ROTATION',
  'RETIRES_BEFORE_MINIMUM_ROTATION',
  'OUTSIDE_PLAN_PERIOD',
  'FACTS_UNKNOWN',
] as const;
export type EligibilityBlockerCode = (typeof ELIGIBILITY_BLOCKERS)[number];

export type RuleCode =
  | EligibilityReasonCode
  | EligibilityBlockerCode
  | ViolationCode
  | 'RETIREMENT_DATE'
  | 'ROTATION_CLASSIFICATION'
  | 'EVALUATION_RATING'
  | 'OVERRIDE';

/** Facts a rule may need and the registry may not know; each is named when it is missing. */
export const MISSING_FACTS = [
  'birthDate',
  'sex',
  'homeArea',
  'unitVersion',
  'areaVersion',
  'fromPosition',
  'score',
  'rating',
  'ruleSet',
  'managingBody',
] as const;
export type MissingFact = (typeof MISSING_FACTS)[number];

export type Explanation<R extends RuleCode = RuleCode> = {
  rule: R;
  facts: Facts;
  /** Null only when no rule set was in force on the reference date. */
  legalBasis: LegalBasis | null;
  message: Message;
};

export type CannotDecide<R extends RuleCode = RuleCode> = Explanation<R> & {
  decision: 'CANNOT_DECIDE';
  missingFacts: readonly MissingFact[];
};

export type YesNo<R extends RuleCode = RuleCode> =
  (Explanation<R> & { decision: 'YES' | 'NO' }) | CannotDecide<R>;

/** A yes/no answer without its explanation, for helpers that feed a rule. */
export type Verdict =
  { decision: 'YES' | 'NO' } | { decision: 'CANNOT_DECIDE'; missingFacts: readonly MissingFact[] };

/** Distinct missing facts in a stable order, whatever order the rules reported them in. */
export function mergeMissing(lists: readonly (readonly MissingFact[])[]): MissingFact[] {
  const found = new Set(lists.flat());
  return MISSING_FACTS.filter((fact) => found.has(fact));
}

type Parts = { facts: Facts; legalBasis: LegalBasis | null };

export function decided<R extends RuleCode>(
  rule: R,
  holds: boolean,
  parts: Parts & { message: Message },
): YesNo<R> {
  return { rule, decision: holds ? 'YES' : 'NO', ...parts };
}

export function undecided<R extends RuleCode>(
  rule: R,
  missingFacts: readonly MissingFact[],
  parts: Parts,
): CannotDecide<R> {
  return {
    rule,
    decision: 'CANNOT_DECIDE',
    missingFacts,
    ...parts,
    message: cannotDecideMessage(missingFacts),
  };
}

/** A verdict with its explanation: the message for YES, for NO, or naming what is missing. */
export function explain<R extends RuleCode>(
  rule: R,
  verdict: Verdict,
  parts: Parts & { yes: Message; no: Message },
): YesNo<R> {
  const { facts, legalBasis } = parts;
  switch (verdict.decision) {
    case 'YES':
      return decided(rule, true, { facts, legalBasis, message: parts.yes });
    case 'NO':
      return decided(rule, false, { facts, legalBasis, message: parts.no });
    case 'CANNOT_DECIDE':
      return undecided(rule, verdict.missingFacts, { facts, legalBasis });
    default:
      return assertNever(verdict);
  }
}

export function yesIf(condition: boolean): Verdict {
  return { decision: condition ? 'YES' : 'NO' };
}
