import {
  assertNever,
  ELIGIBILITY_REASONS,
  type EligibilityReasonCode,
  type IsoDate,
} from '@luanchuyen/domain';
import {
  activeRotation,
  outsidePlanPeriod,
  retiresBeforeMinimumRotation,
} from './eligibility-blockers';
import { DEFAULT_CRITERIA, type CriteriaSet } from './eligibility-criteria';
import type { CadreFacts, RegistryFacts } from './facts';
import { localKeyCadre } from './local-key-cadre';
import { longTenure } from './long-tenure';
import type { Grounded } from './reason-grounds';
import { RULE_BOOK, type RuleBook } from './rule-book';
import {
  mergeMissing,
  undecided,
  type CannotDecide,
  type EligibilityBlockerCode,
  type LegalBasis,
  type Message,
  type YesNo,
} from './rule-result';
import { youngInSuccessionPool } from './young-in-pool';

// PRODUCT.md rule 1, API.md `eligibility { subject reasons blockers }`: a cadre is a subject
// of rotation on a date when at least one of the criteria's reasons holds and nothing blocks.
// A reason or blocker that cannot be decided is reported, and when it matters to the answer a
// FACTS_UNKNOWN blocker names the missing facts: never a guess.

export type ReasonFinding = Grounded<YesNo<EligibilityReasonCode>>;
export type BlockerFinding = YesNo<EligibilityBlockerCode>;

export type Eligibility = {
  subject: boolean;
  decision: 'YES' | 'NO' | 'CANNOT_DECIDE';
  asOf: IsoDate;
  criteria: { code: string; legalBasis: LegalBasis };
  /** The reasons that hold. */
  reasons: readonly ReasonFinding[];
  /** The blockers that hold, FACTS_UNKNOWN included. */
  blockers: readonly BlockerFinding[];
  /** Reasons and blockers that could not be decided, each naming its missing facts. */
  undecided: readonly CannotDecide<EligibilityReasonCode | EligibilityBlockerCode>[];
  /** Every reason and blocker evaluated, for the full explanation. */
  evaluated: readonly (ReasonFinding | BlockerFinding)[];
  message: Message;
};

function reasonFinding(
  code: EligibilityReasonCode,
  facts: CadreFacts,
  registry: RegistryFacts,
  asOf: IsoDate,
  criteria: CriteriaSet,
): ReasonFinding {
  switch (code) {
    case 'LONG_TENURE':
      return longTenure(facts, registry.units, asOf, criteria);
    case 'LOCAL_KEY_CADRE':
      return localKeyCadre(facts, registry, asOf, criteria);
    case 'YOUNG_IN_SUCCESSION_POOL':
      return youngInSuccessionPool(facts, asOf, criteria);
    default:
      return assertNever(code);
  }
}

function isUndecided<T extends YesNo>(
  finding: T,
): finding is Extract<T, { decision: 'CANNOT_DECIDE' }> {
  return finding.decision === 'CANNOT_DECIDE';
}

function summary(
  decision: Eligibility['decision'],
  findings: readonly BlockerFinding[] | readonly ReasonFinding[],
): Message {
  const vi = findings.map((finding) => finding.message.vi).join('; ');
  const en = findings.map((finding) => finding.message.en).join('; ');
  switch (decision) {
    case 'YES':
      return { vi: `Thuộc đối tượng luân chuyển: ${vi}`, en: `A subject of rotation: ${en}` };
    case 'NO':
      return findings.length > 0
        ? { vi: `Không thuộc đối tượng luân chuyển: ${vi}`, en: `Not a subject of rotation: ${en}` }
        : {
            vi: 'Không thuộc đối tượng luân chuyển: không đáp ứng tiêu chí nào',
            en: 'Not a subject of rotation: meets no criterion',
          };
    case 'CANNOT_DECIDE':
      return { vi, en };
    default:
      return assertNever(decision);
  }
}

export function eligibilityOn(
  facts: CadreFacts,
  registry: RegistryFacts,
  asOf: IsoDate,
  criteria: CriteriaSet = DEFAULT_CRITERIA,
  book: RuleBook = RULE_BOOK,
): Eligibility {
  const reasonFindings = ELIGIBILITY_REASONS.filter((code) =>
    criteria.params.reasons.includes(code),
  ).map((code) => reasonFinding(code, facts, registry, asOf, criteria));
  const blockerFindings: BlockerFinding[] = [
    activeRotation(facts, asOf, book),
    retiresBeforeMinimumRotation(facts, asOf, book),
    outsidePlanPeriod(criteria, asOf),
  ];
  const reasons = reasonFindings.filter((finding) => finding.decision === 'YES');
  const holding = blockerFindings.filter((finding) => finding.decision === 'YES');
  const unknownReasons = reasonFindings.filter(isUndecided);
  const unknownBlockers = blockerFindings.filter(isUndecided);
  // Unknown reasons matter only when no reason holds; an unknown blocker always matters.
  const mattering = [...unknownBlockers, ...(reasons.length === 0 ? unknownReasons : [])];
  const factsUnknown: BlockerFinding[] =
    mattering.length === 0
      ? []
      : [
          undecided(
            'FACTS_UNKNOWN',
            mergeMissing(mattering.map((finding) => finding.missingFacts)),
            {
              facts: { undecidedRules: mattering.map((finding) => finding.rule) },
              legalBasis: criteria.legalBasis,
            },
          ),
        ];
  const blockers = [...holding, ...factsUnknown];
  const subject = reasons.length > 0 && blockers.length === 0;
  const decision = subject
    ? 'YES'
    : holding.length === 0 && factsUnknown.length > 0
      ? 'CANNOT_DECIDE'
      : 'NO';
  return {
    subject,
    decision,
    asOf,
    criteria: { code: criteria.code, legalBasis: criteria.legalBasis },
    reasons,
    blockers,
    undecided: [...unknownReasons, ...unknownBlockers],
    evaluated: [...reasonFindings, ...blockerFindings],
    message: summary(decision, subject ? reasons : blockers),
  };
}
