import { compareDates, endAfter, lastDayOf } from '@luanchuyen/domain';
import { viDate } from '../messages';
import { cannotCheck, clauseBasis, judged, type CheckRule } from './check-rule';

// Rule 3 with Decree 135/2020 art. 3 (retirement takes effect at the end of the retirement
// date): a rotation may run up to and including the retirement date, so its stored end (the
// first day off the rotation) may be the day after it, not later.
export const retiresBeforeEndCheck: CheckRule = (context) => {
  const { retirement } = context;
  const { plannedEndDate } = context.input;
  const legalBasis = clauseBasis(context, 'remainingService');
  if (retirement.decision === 'CANNOT_DECIDE') {
    return cannotCheck('RETIRES_BEFORE_END', retirement.missingFacts, {
      facts: retirement.facts,
      legalBasis,
    });
  }
  const retires = retirement.retirementDate;
  const lastDay = lastDayOf(plannedEndDate);
  return judged('RETIRES_BEFORE_END', compareDates(plannedEndDate, endAfter(retires)) > 0, {
    facts: {
      plannedEndDate,
      lastDay,
      retirementDate: retires,
      retirementBasis: retirement.legalBasis,
    },
    legalBasis,
    fail: {
      vi: `Ngày cuối của đợt luân chuyển (${viDate(lastDay)}) sau thời điểm nghỉ hưu (${viDate(retires)})`,
      en: `The rotation's last day (${lastDay}) is after the retirement date (${retires})`,
    },
    pass: {
      vi: `Ngày cuối của đợt luân chuyển (${viDate(lastDay)}) không muộn hơn thời điểm nghỉ hưu (${viDate(retires)})`,
      en: `The rotation's last day (${lastDay}) is no later than the retirement date (${retires})`,
    },
  });
};
