import type { DocumentRef } from '@luanchuyen/domain';
import type { Violation } from './checks/check-rule';
import type { RotationCheck } from './rotation-checks';
import type { Explanation } from './rule-result';
import { basisOf } from './rule-sets';

// PRODUCT.md rule 3: errors block a rotation; a competent authority may override an error only
// by citing its decision (number and issuer), and the override is recorded. Warnings never
// block. Checks that could not be decided are reported, not counted as errors.

export type OverrideDecision = Pick<DocumentRef, 'number' | 'issuer'> &
  Partial<Pick<DocumentRef, 'issuedOn' | 'title' | 'issuerUnitId'>>;

export type CreationDecision = Explanation<'OVERRIDE'> & {
  allowed: boolean;
  /** Errors that stop creation. */
  blocking: readonly Violation[];
  /** Errors set aside by the cited decision: record them with it. */
  overridden: readonly Violation[];
  warnings: readonly Violation[];
  /** The decision relied on, when one was cited and needed. */
  override: OverrideDecision | null;
};

export function isCitedDecision(
  decision: OverrideDecision | null | undefined,
): decision is OverrideDecision {
  return decision != null && decision.number.trim() !== '' && decision.issuer.trim() !== '';
}

export function creationDecision(
  check: RotationCheck,
  override?: OverrideDecision | null,
): CreationDecision {
  const errors = check.violations.filter((violation) => violation.severity === 'ERROR');
  const warnings = check.violations.filter((violation) => violation.severity === 'WARNING');
  const cited = isCitedDecision(override) && errors.length > 0 ? override : null;
  const blocking = cited ? [] : errors;
  const overridden = cited ? errors : [];
  const base = {
    rule: 'OVERRIDE' as const,
    allowed: blocking.length === 0,
    blocking,
    overridden,
    warnings,
    override: cited,
    facts: {
      errors: errors.map((violation) => violation.code),
      warnings: warnings.map((violation) => violation.code),
      overrideNumber: override?.number ?? null,
    },
    legalBasis: check.ruleSet && basisOf(check.ruleSet, check.ruleSet.params.clauses.override),
  };
  if (cited) {
    return {
      ...base,
      message: {
        vi: `Cho phép theo quyết định số ${cited.number} của ${cited.issuer}, vượt ${errors.length} lỗi`,
        en: `Allowed by decision ${cited.number} of ${cited.issuer}, overriding ${errors.length} error(s)`,
      },
    };
  }
  return {
    ...base,
    message:
      errors.length === 0
        ? { vi: 'Đủ điều kiện tạo đợt luân chuyển', en: 'The rotation may be created' }
        : {
            vi: `Không thể tạo: ${errors.length} lỗi, chỉ được vượt khi viện dẫn quyết định của cấp có thẩm quyền`,
            en: `Cannot be created: ${errors.length} error(s), to be overridden only by citing a competent authority's decision`,
          },
  };
}
