import type { RotationKind } from './classification';
import type { RotationFacts, RotationInput, Violation } from './checks/check-rule';
import { creationDecision, type CreationDecision, type OverrideDecision } from './override';
import { REASON_REQUIRED_MESSAGE, unreasonedWarnings } from './reason-required';
import { checkRotation, type RotationCheck } from './rotation-checks';
import { RULE_BOOK, type RuleBook } from './rule-book';
import type { Message } from './rule-result';

// The one answer to "may this rotation be created (or approved)?". checkRotation shows it,
// rotationCreate enforces it and rotationApprove re-asks it, all over the same facts, so no
// caller assembles its own `allowed`. Besides the rule violations, a rotation needs a post
// left and a classification: without them nothing can be recorded; and a warning that asks for
// a reason (HIGHER_RANK) needs one.

/** Why a proposal cannot even be weighed: no post left, or a kind that cannot be told. */
export type RotationRefusal = {
  code: 'NO_FROM_POSITION' | 'CANNOT_CLASSIFY';
  field: 'fromPositionId' | 'startDate';
  message: Message;
};

export type RotationVerdict = {
  allowed: boolean;
  check: RotationCheck;
  /** The kind stored with the rotation; null when it cannot be told. */
  kind: RotationKind | null;
  refusals: readonly RotationRefusal[];
  /** Errors that stop it, warnings that go with it, errors a cited decision set aside. */
  decision: CreationDecision;
  blocking: readonly Violation[];
  /** Warnings that ask for a reason the proposal does not give: they stop it until it does. */
  reasonRequired: readonly Violation[];
  message: Message;
};

const NO_FROM_POSITION: RotationRefusal = {
  code: 'NO_FROM_POSITION',
  field: 'fromPositionId',
  message: {
    vi: 'Cán bộ không giữ chức vụ nào vào ngày bắt đầu; hãy chỉ rõ chức vụ hiện tại',
    en: 'The cadre holds no post on the start date; name the post left',
  },
};

export function rotationVerdict(
  input: RotationInput,
  facts: RotationFacts,
  override: OverrideDecision | null = null,
  book: RuleBook = RULE_BOOK,
): RotationVerdict {
  const check = checkRotation(input, facts, book);
  const decision = creationDecision(check, override);
  const { classification } = check;
  const kind =
    classification.decision === 'DECIDED'
      ? {
          category: classification.category,
          direction: classification.direction,
          rankChange: classification.rankChange,
        }
      : null;
  const refusals: RotationRefusal[] =
    facts.fromPosition === null
      ? [NO_FROM_POSITION]
      : kind === null
        ? [{ code: 'CANNOT_CLASSIFY', field: 'startDate', message: classification.message }]
        : [];
  const reasonRequired = unreasonedWarnings(decision.warnings, input.reason);
  const allowed = refusals.length === 0 && decision.allowed && reasonRequired.length === 0;
  return {
    allowed,
    check,
    kind,
    refusals,
    decision,
    blocking: decision.blocking,
    reasonRequired,
    message:
      refusals.length > 0
        ? joined(refusals.map((refusal) => refusal.message))
        : decision.allowed && reasonRequired.length > 0
          ? REASON_REQUIRED_MESSAGE
          : decision.message,
  };
}

function joined(messages: readonly Message[]): Message {
  return {
    vi: messages.map((message) => message.vi).join('; '),
    en: messages.map((message) => message.en).join('; '),
  };
}
