import { addMonths, compareDates, endAfter, lastDayOf, type IsoDate } from '@luanchuyen/domain';
import type { CriteriaSet } from './eligibility-criteria';
import { rotationPeriod, type CadreFacts } from './facts';
import { viDate } from './messages';
import { isInPeriod } from './periods';
import { retirementDate } from './retirement';
import type { RuleBook } from './rule-book';
import { decided, explain, undecided, yesIf, type YesNo } from './rule-result';
import { basisOf, isInForce, ruleSetInForce } from './rule-sets';

// What keeps an otherwise eligible cadre from being a subject of rotation on a date.

// Rule 3, no overlap: a cadre on an approved or running rotation is not rotated again.
export function activeRotation(
  facts: CadreFacts,
  asOf: IsoDate,
  book: RuleBook,
): YesNo<'ACTIVE_ROTATION'> {
  const conditions = ruleSetInForce(book.rotation, asOf);
  const legalBasis = conditions && basisOf(conditions, conditions.params.clauses.overlap);
  const current = facts.rotations.find(
    (rotation) =>
      (rotation.status === 'APPROVED' || rotation.status === 'ACTIVE') &&
      isInPeriod(rotationPeriod(rotation), asOf),
  );
  if (current === undefined) {
    return decided('ACTIVE_ROTATION', false, {
      facts: { rotationId: null },
      legalBasis,
      message: { vi: 'Không trong đợt luân chuyển nào', en: 'Not on a rotation' },
    });
  }
  const { start, end } = rotationPeriod(current);
  const last = lastDayOf(end);
  return decided('ACTIVE_ROTATION', true, {
    facts: { rotationId: current.id, status: current.status, start, end },
    legalBasis,
    message: {
      vi: `Đang trong đợt luân chuyển từ ${viDate(start)} đến ${viDate(last)}`,
      en: `Already on a rotation from ${start} to ${last}`,
    },
  });
}

// Rule 3 and Decree 135/2020: a rotation lasts the minimum term and may not end after the
// retirement date, so someone retiring before the last day of a minimum-term rotation started
// on the date cannot be rotated. Retiring on that last day still fits one.
export function retiresBeforeMinimumRotation(
  facts: CadreFacts,
  asOf: IsoDate,
  book: RuleBook,
): YesNo<'RETIRES_BEFORE_MINIMUM_ROTATION'> {
  const rule = 'RETIRES_BEFORE_MINIMUM_ROTATION';
  const conditions = ruleSetInForce(book.rotation, asOf);
  if (conditions === null) {
    return undecided(rule, ['ruleSet'], { facts: { asOf }, legalBasis: null });
  }
  const legalBasis = basisOf(conditions, conditions.params.clauses.duration);
  const retirement = retirementDate(facts.cadre, book.retirement);
  if (retirement.decision === 'CANNOT_DECIDE') {
    return undecided(rule, retirement.missingFacts, { facts: retirement.facts, legalBasis });
  }
  const { minMonths } = conditions.params;
  const earliestEnd = addMonths(asOf, minMonths);
  const lastDay = lastDayOf(earliestEnd);
  const retires = retirement.retirementDate;
  const tooSoon = compareDates(endAfter(retires), earliestEnd) < 0;
  return decided(rule, tooSoon, {
    facts: {
      retirementDate: retires,
      minMonths,
      earliestEnd,
      lastDay,
      retirementBasis: retirement.legalBasis,
    },
    legalBasis,
    message: tooSoon
      ? {
          vi: `Nghỉ hưu ngày ${viDate(retires)}, trước ngày cuối của một đợt luân chuyển ${minMonths} tháng (${viDate(lastDay)})`,
          en: `Retires on ${retires}, before the last day of a ${minMonths}-month rotation (${lastDay})`,
        }
      : {
          vi: `Còn đủ thời gian công tác cho một đợt luân chuyển ${minMonths} tháng (nghỉ hưu ngày ${viDate(retires)})`,
          en: `Has enough service left for a ${minMonths}-month rotation (retires on ${retires})`,
        },
  });
}

// A plan's criteria apply only within the plan's period.
export function outsidePlanPeriod(
  criteria: CriteriaSet,
  asOf: IsoDate,
): YesNo<'OUTSIDE_PLAN_PERIOD'> {
  return explain('OUTSIDE_PLAN_PERIOD', yesIf(!isInForce(criteria, asOf)), {
    facts: { criteria: criteria.code, from: criteria.effectiveFrom, to: criteria.effectiveTo },
    legalBasis: criteria.legalBasis,
    yes: {
      vi: `Ngày xét nằm ngoài thời hạn áp dụng: ${criteria.title.vi} (${criteria.code})`,
      en: `The date lies outside the period of: ${criteria.title.en} (${criteria.code})`,
    },
    no: {
      vi: `Ngày xét trong thời hạn áp dụng: ${criteria.title.vi} (${criteria.code})`,
      en: `The date lies within the period of: ${criteria.title.en} (${criteria.code})`,
    },
  });
}
