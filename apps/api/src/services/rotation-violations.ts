import { REASON_REQUIRED_MESSAGE, type RotationVerdict, type Violation } from '@luanchuyen/rules';
import type { StoredViolation } from '@luanchuyen/db';
import type { Failure } from './outcome';

// A rule violation as a payload's user error (blocking errors) or as the record kept with the
// rotation (warnings accepted, errors overridden). The stored message is Vietnamese, the
// language of the record.

export function violationFailure(violation: Violation): Failure {
  return { code: violation.code, field: ['input', violation.field], message: violation.message };
}

export function storedViolation(violation: Violation): StoredViolation {
  return {
    code: violation.code,
    severity: violation.severity,
    message: violation.message.vi,
    field: violation.field,
  };
}

/**
 * Why the verdict refused: what stops the proposal being weighed, then the blocking errors,
 * then a missing reason that a warning asks for (once, beside input.reason).
 */
export function verdictFailures(verdict: RotationVerdict): Failure[] {
  return [
    ...verdict.refusals.map((refusal) => ({
      code: refusal.code,
      field: ['input', refusal.field],
      message: refusal.message,
    })),
    ...verdict.blocking.map(violationFailure),
    ...(verdict.reasonRequired.length > 0
      ? [{ code: 'REASON_REQUIRED', field: ['input', 'reason'], message: REASON_REQUIRED_MESSAGE }]
      : []),
  ];
}
