import type {
  Assignment,
  Id,
  IsoDate,
  Position,
  Rotation,
  Severity,
  ViolationCode,
} from '@luanchuyen/domain';
import type { CadreFacts, RegistryFacts } from '../facts';
import type { RetirementResult } from '../retirement';
import type { RotationConditions } from '../rotation-rule-sets';
import type { RuleBook } from '../rule-book';
import {
  undecided,
  type Explanation,
  type Facts,
  type LegalBasis,
  type Message,
  type MissingFact,
} from '../rule-result';
import { basisOf, type RuleSet } from '../rule-sets';

// The shared shape of the checks on a proposed rotation (PRODUCT.md rule 3, API.md
// `checkRotation`). Each check answers PASS, FAIL or CANNOT_DECIDE, exactly one of them.

/** The part of API.md `RotationInput` the rules read; the API's input object fits as is. */
export type RotationInput = {
  cadreId: Id;
  toPositionId: Id;
  startDate: IsoDate;
  plannedEndDate: IsoDate;
  /** Set when re-checking a stored rotation, so that it does not collide with itself. */
  rotationId?: Id | null;
  /** Why it goes ahead despite a warning that asks for a reason (HIGHER_RANK). */
  reason?: string | null;
};

/** The input field a violation is shown beside. */
export type RotationField = 'cadreId' | 'toPositionId' | 'startDate' | 'plannedEndDate';

export type RotationFacts = {
  cadre: CadreFacts;
  registry: RegistryFacts;
  /** The post left; when the input names none, the caller passes `mainPostOn(...)`. Null: none. */
  fromPosition: Position | null;
  toPosition: Position;
  /** Everyone's assignments to the target post. */
  toPositionAssignments: readonly Assignment[];
  /** Everyone's rotations into the target post. */
  toPositionRotations: readonly Rotation[];
  /** Who issued the override decision cited, beside who manages the cadre; none cited: absent. */
  overrideIssuer?: OverrideIssuerFacts | null;
};

/**
 * The override decision's issuing unit and the cadre's managing body on the day it was issued
 * (Regulation 377-QĐ/TW of 2025), read by the API: `competent` is whether the issuer is that
 * body or one above it, null when no body is known to manage the cadre that day.
 */
export type OverrideIssuerFacts = {
  issuerUnitId: string;
  issuerName: string;
  /** The day the decision was issued, on which the managing body was read. */
  issuedOn: IsoDate;
  bodyUnitId: string | null;
  bodyName: string | null;
  competent: boolean | null;
};

export type CheckContext = {
  input: RotationInput;
  facts: RotationFacts;
  conditions: RuleSet<RotationConditions>;
  retirement: RetirementResult;
  /** The rule book the check was asked under, for the rules dated apart from the conditions. */
  book: RuleBook;
};

type CheckBase = Explanation<ViolationCode> & {
  code: ViolationCode;
  /** The severity the check has when it fails. */
  severity: Severity;
  field: RotationField;
};

export type CheckResult =
  | (CheckBase & { decision: 'PASS' | 'FAIL' })
  | (CheckBase & { decision: 'CANNOT_DECIDE'; missingFacts: readonly MissingFact[] });

export type Violation = CheckBase & { decision: 'FAIL' };
export type UndecidedCheck = Extract<CheckResult, { decision: 'CANNOT_DECIDE' }>;

export type CheckRule = (context: CheckContext) => CheckResult;

const META: Record<ViolationCode, { severity: Severity; field: RotationField }> = {
  DURATION_TOO_SHORT: { severity: 'ERROR', field: 'plannedEndDate' },
  SAME_UNIT: { severity: 'ERROR', field: 'toPositionId' },
  OVERLAPPING_ROTATION: { severity: 'ERROR', field: 'startDate' },
  RETIRES_BEFORE_END: { severity: 'ERROR', field: 'plannedEndDate' },
  INSUFFICIENT_REMAINING_SERVICE: { severity: 'WARNING', field: 'cadreId' },
  LOCAL_NATIVE_TO_NON_LOCAL_POST: { severity: 'ERROR', field: 'toPositionId' },
  NO_FREE_SEAT: { severity: 'ERROR', field: 'toPositionId' },
  HIGHER_RANK: { severity: 'WARNING', field: 'toPositionId' },
  UNIT_CLOSED: { severity: 'ERROR', field: 'toPositionId' },
  UNIT_CLOSES_DURING_ROTATION: { severity: 'WARNING', field: 'toPositionId' },
  ISSUER_NOT_COMPETENT: { severity: 'WARNING', field: 'cadreId' },
};

type Parts = { facts: Facts; legalBasis: LegalBasis | null };

/** A decided check with the one message that applies. */
export function checked(
  code: ViolationCode,
  fails: boolean,
  parts: Parts & { message: Message },
): CheckResult {
  return { code, rule: code, ...META[code], decision: fails ? 'FAIL' : 'PASS', ...parts };
}

/** A decided check, choosing between its pass and fail messages. */
export function judged(
  code: ViolationCode,
  fails: boolean,
  parts: Parts & { pass: Message; fail: Message },
): CheckResult {
  const { facts, legalBasis } = parts;
  return checked(code, fails, { facts, legalBasis, message: fails ? parts.fail : parts.pass });
}

export function cannotCheck(
  code: ViolationCode,
  missingFacts: readonly MissingFact[],
  parts: Parts,
): CheckResult {
  return { code, ...META[code], ...undecided(code, missingFacts, parts) };
}

export function clauseBasis(
  context: CheckContext,
  clause: keyof RotationConditions['clauses'],
): LegalBasis {
  return basisOf(context.conditions, context.conditions.params.clauses[clause]);
}
