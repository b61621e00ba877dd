import { monthsBetween } from '@luanchuyen/domain';
import { clauseBasis, judged, type CheckRule } from './check-rule';

// Rule 3: a rotation lasts at least the set's minimum (36 months); exactly 36 months passes.
export const durationCheck: CheckRule = (context) => {
  const { startDate, plannedEndDate } = context.input;
  const months = monthsBetween(startDate, plannedEndDate);
  const { minMonths } = context.conditions.params;
  return judged('DURATION_TOO_SHORT', months < minMonths, {
    facts: { startDate, plannedEndDate, months, minMonths },
    legalBasis: clauseBasis(context, 'duration'),
    fail: {
      vi: `Thời gian luân chuyển dưới ${minMonths} tháng (${months} tháng)`,
      en: `The rotation is shorter than ${minMonths} months (${months} months)`,
    },
    pass: {
      vi: `Thời gian luân chuyển đủ ${minMonths} tháng (${months} tháng)`,
      en: `The rotation lasts at least ${minMonths} months (${months} months)`,
    },
  });
};
