import { addDays, type PlanCriteria, type RotationPlan } from '@luanchuyen/domain';
import { viDate } from './messages';
import type { RuleSet } from './rule-sets';

// Who is a subject of rotation (PRODUCT.md rule 1) is a plan's own choice, not national law:
// the criteria travel with the plan and cite it. The defaults follow Plan 67-KH/TU.

export type CriteriaSet = RuleSet<PlanCriteria>;

const ALL_REASONS = ['LONG_TENURE', 'LOCAL_KEY_CADRE', 'YOUNG_IN_SUCCESSION_POOL'] as const;

/** Used when no plan is named (API.md `eligibility` without `planId`). */
export const DEFAULT_CRITERIA: CriteriaSet = {
  code: 'DEFAULT',
  title: { vi: 'Tiêu chí mặc định', en: 'Default criteria' },
  effectiveFrom: '1900-01-01',
  effectiveTo: null,
  legalBasis: {
    document: 'Tiêu chí mặc định của hệ thống, theo Kế hoạch 67-KH/TU ngày 2/10/2017',
    clause:
      'Giữ chức vụ 8 năm trở lên tại một cơ quan, đơn vị; cán bộ chủ chốt là người địa phương; ' +
      'cán bộ trẻ (dưới 40 tuổi) trong quy hoạch',
  },
  params: { longTenureYears: 8, youngAgeLimit: 40, reasons: ALL_REASONS },
};

/** Plan 67-KH/TU of the Lạng Sơn City Party Standing Committee, 2/10/2017, until 2020. */
export const PLAN_67_CRITERIA: CriteriaSet = {
  code: '67-KH/TU',
  title: {
    vi: 'Kế hoạch luân chuyển cán bộ đến năm 2020',
    en: 'Cadre rotation plan until 2020',
  },
  effectiveFrom: '2017-10-02',
  effectiveTo: '2021-01-01',
  legalBasis: {
    document: 'Kế hoạch số 67-KH/TU ngày 2/10/2017 của Ban Thường vụ Thành ủy Lạng Sơn',
    clause:
      'Đối tượng luân chuyển: cán bộ trẻ trong quy hoạch; cán bộ giữ chức vụ 8 năm trở lên tại ' +
      'một cơ quan, đơn vị; cán bộ chủ chốt là người địa phương',
  },
  params: { longTenureYears: 8, youngAgeLimit: 40, reasons: ALL_REASONS },
};

/** A plan's criteria as a rule set in force over the plan's period (its end day included). */
export function planCriteriaSet(plan: RotationPlan): CriteriaSet {
  return {
    code: plan.code,
    title: { vi: plan.title, en: plan.title },
    effectiveFrom: plan.periodStart,
    effectiveTo: addDays(plan.periodEnd, 1),
    legalBasis: {
      document: `Kế hoạch ${plan.code} ngày ${viDate(plan.issuedOn)}`,
      clause: 'Đối tượng luân chuyển',
    },
    params: plan.criteria,
  };
}
