import { yearsBetween } from '@luanchuyen/domain';
import { cannotCheck, clauseBasis, judged, type CheckRule } from './check-rule';

// Regulation 65-QĐ/TW art. 5 (and the rules before it): a rotated cadre has at least 10 years
// of service left at the start; less is a warning, the authority may still decide.
export const remainingServiceCheck: CheckRule = (context) => {
  const { retirement } = context;
  const { startDate } = context.input;
  const legalBasis = clauseBasis(context, 'remainingService');
  if (retirement.decision === 'CANNOT_DECIDE') {
    return cannotCheck('INSUFFICIENT_REMAINING_SERVICE', retirement.missingFacts, {
      facts: retirement.facts,
      legalBasis,
    });
  }
  const years = yearsBetween(startDate, retirement.retirementDate);
  const { minRemainingServiceYears: required } = context.conditions.params;
  return judged('INSUFFICIENT_REMAINING_SERVICE', years < required, {
    facts: { startDate, retirementDate: retirement.retirementDate, years, requiredYears: required },
    legalBasis,
    fail: {
      vi: `Thời gian công tác còn lại dưới ${required} năm tính từ ngày luân chuyển (${years} năm)`,
      en: `Less than ${required} years of service left at the start (${years} years)`,
    },
    pass: {
      vi: `Còn từ ${required} năm công tác trở lên tính từ ngày luân chuyển (${years} năm)`,
      en: `At least ${required} years of service left at the start (${years} years)`,
    },
  });
};
