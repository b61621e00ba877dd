import { rotationPeriod } from '../facts';
import { periodText } from '../messages';
import { periodsOverlap } from '../periods';
import { checked, clauseBasis, type CheckRule } from './check-rule';

// Rule 3: one rotation at a time; the cadre's other rotations, unless cancelled, may not
// overlap this one. Periods are half-open, so one may start the day another ends.
export const overlapCheck: CheckRule = (context) => {
  const { input } = context;
  const period = { start: input.startDate, end: input.plannedEndDate };
  const legalBasis = clauseBasis(context, 'overlap');
  const clash = context.facts.cadre.rotations.find(
    (rotation) =>
      rotation.id !== input.rotationId &&
      rotation.status !== 'CANCELLED' &&
      periodsOverlap(period, rotationPeriod(rotation)),
  );
  if (clash === undefined) {
    return checked('OVERLAPPING_ROTATION', false, {
      facts: { ...period, rotationId: null },
      legalBasis,
      message: {
        vi: 'Không trùng thời gian với đợt luân chuyển khác',
        en: 'Does not overlap another rotation of the cadre',
      },
    });
  }
  const other = rotationPeriod(clash);
  const shown = periodText(other.start, other.end);
  return checked('OVERLAPPING_ROTATION', true, {
    facts: { ...period, rotationId: clash.id, otherStart: other.start, otherEnd: other.end },
    legalBasis,
    message: {
      vi: `Trùng thời gian với đợt luân chuyển khác của cán bộ (${shown.vi})`,
      en: `Overlaps another rotation of the cadre (${shown.en})`,
    },
  });
};
