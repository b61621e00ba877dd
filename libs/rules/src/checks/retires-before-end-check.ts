import { compareDates } from '@luanchuyen/domain';
import { viDate } from '../messages';
import { cannotCheck, clauseBasis, judged, type CheckRule } from './check-rule';

// Rule 3 with Decree 135/2020: a rotation may end on the retirement date, not after it.
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
  return judged('RETIRES_BEFORE_END', compareDates(plannedEndDate, retires) > 0, {
    facts: { plannedEndDate, retirementDate: retires, retirementBasis: retirement.legalBasis },
    legalBasis,
    fail: {
      vi: `Kết thúc luân chuyển sau thời điểm nghỉ hưu (${viDate(retires)})`,
      en: `The rotation ends after the retirement date (${retires})`,
    },
    pass: {
      vi: `Kết thúc luân chuyển không muộn hơn thời điểm nghỉ hưu (${viDate(retires)})`,
      en: `The rotation ends no later than the retirement date (${retires})`,
    },
  });
};
