import type { ViolationCode } from '@luanchuyen/domain';
import type { Violation } from './checks/check-rule';
import type { Message } from './rule-result';

// Regulation 65-QĐ/TW: a more senior post than the one left is for outstanding cadres, by the
// authority's decision and with its reason. Such a warning does not block, but the proposal
// must say why it goes ahead; a blank reason is none.

const NEEDS_A_REASON: ReadonlySet<ViolationCode> = new Set<ViolationCode>(['HIGHER_RANK']);

/** Whether a warning of this code asks the proposal for a reason. */
export function warningNeedsReason(code: ViolationCode): boolean {
  return NEEDS_A_REASON.has(code);
}

/** The warnings that ask for a reason the proposal does not give. */
export function unreasonedWarnings(
  warnings: readonly Violation[],
  reason: string | null | undefined,
): readonly Violation[] {
  if (reason != null && reason.trim() !== '') return [];
  return warnings.filter((warning) => warningNeedsReason(warning.code));
}

export const REASON_REQUIRED_MESSAGE: Message = {
  vi: 'Cần nêu lý do bố trí chức vụ cao hơn chức vụ đang đảm nhiệm',
  en: 'Give the reason for a more senior post than the one held',
};
