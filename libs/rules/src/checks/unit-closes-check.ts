import { compareDates, lastDayOf } from '@luanchuyen/domain';
import { viDate } from '../messages';
import { successorNames, successorsOn, unitStandingOn } from '../unit-standing';
import { cannotCheck, checked, clauseBasis, type CheckRule } from './check-rule';

// A warning: the destination unit closes (is merged or dissolved) before the rotation's last
// day, so the cadre will finish the term in its successor. The authority may go ahead knowing.
export const unitClosesCheck: CheckRule = (context) => {
  const code = 'UNIT_CLOSES_DURING_ROTATION';
  const { toPosition, registry } = context.facts;
  const { startDate, plannedEndDate } = context.input;
  const legalBasis = clauseBasis(context, 'scope');
  const standing = unitStandingOn(registry.units, toPosition.unitId, startDate);
  if (standing.state === 'UNKNOWN') {
    return cannotCheck(code, ['unitVersion'], {
      facts: { toUnitId: toPosition.unitId, startDate },
      legalBasis,
    });
  }
  const { unit } = standing;
  // Only a unit open on the start date can close during the rotation; UNIT_CLOSED covers the rest.
  const closes =
    standing.state === 'OPEN' &&
    unit.validTo !== null &&
    compareDates(unit.validTo, plannedEndDate) < 0;
  if (!closes || unit.validTo === null) {
    return checked(code, false, {
      facts: { toUnitId: unit.id, validTo: unit.validTo, plannedEndDate },
      legalBasis,
      message: {
        vi: `${unit.name} không thôi hoạt động trong thời gian luân chuyển`,
        en: `${unit.name} does not close during the rotation`,
      },
    });
  }
  const successors = successorsOn(registry.units, unit.id);
  const names = successorNames(successors);
  return checked(code, true, {
    facts: {
      toUnitId: unit.id,
      validTo: unit.validTo,
      plannedEndDate,
      successorIds: successors.map((successor) => successor.id),
    },
    legalBasis,
    message: {
      vi: `${unit.name} thôi hoạt động từ ngày ${viDate(unit.validTo)}, trước ngày cuối của đợt luân chuyển (${viDate(lastDayOf(plannedEndDate))}); đơn vị kế thừa: ${names.vi}`,
      en: `${unit.name} ceases on ${unit.validTo}, before the rotation's last day (${lastDayOf(plannedEndDate)}); successor: ${names.en}`,
    },
  });
};
