import { endAfter, yearsBetween } from '@luanchuyen/domain';
import { nonLocalRequirement } from '../non-local-requirement';
import { basisOf, ruleSetInForce } from '../rule-sets';
import { cannotCheck, judged, type CheckRule } from './check-rule';

// Regulation 98-QĐ/TW art. 5(3), Decree 138/2020 art. 56(4), Decree 170/2025 art. 43(4): a rotated
// cadre has at least 10 years of service left at the start, or one term when rotated to carry
// out the non-local policy (into a post that must go to a non-local that day); less is a
// warning, the authority may still decide. Service runs through the retirement date (Decree
// 135/2020 art. 3), so it is counted to the day after: retiring on 31/5/2028 leaves exactly ten
// years from 01/6/2018.
export const remainingServiceCheck: CheckRule = (context) => {
  const code = 'INSUFFICIENT_REMAINING_SERVICE';
  const { retirement, book, facts } = context;
  const { startDate } = context.input;
  const set = ruleSetInForce(book.remainingService, startDate);
  if (set === null)
    return cannotCheck(code, ['ruleSet'], { facts: { startDate }, legalBasis: null });
  const { params } = set;
  const nonLocal = nonLocalRequirement(facts.registry.units, facts.toPosition, startDate, book);
  const policy = nonLocal.state === 'REQUIRED' && params.nonLocalPolicyMinYears !== null;
  const clause = policy
    ? (params.clauses.nonLocalPolicy ?? params.clauses.general)
    : params.clauses.general;
  const legalBasis = basisOf(set, `${set.legalBasis.clause}: ${clause}`);
  if (retirement.decision === 'CANNOT_DECIDE') {
    return cannotCheck(code, retirement.missingFacts, { facts: retirement.facts, legalBasis });
  }
  const years = yearsBetween(startDate, endAfter(retirement.retirementDate));
  const required = policy ? (params.nonLocalPolicyMinYears ?? params.minYears) : params.minYears;
  const why = policy
    ? {
        vi: ' (luân chuyển để bố trí không là người địa phương)',
        en: ' (a rotation under the non-local policy)',
      }
    : { vi: '', en: '' };
  return judged(code, years < required, {
    facts: {
      startDate,
      retirementDate: retirement.retirementDate,
      years,
      requiredYears: required,
      ruleSet: set.code,
      nonLocalPolicy: policy,
    },
    legalBasis,
    fail: {
      vi: `Thời gian công tác còn lại dưới ${required} năm tính từ ngày luân chuyển (${years} năm)${why.vi}`,
      en: `Less than ${required} years of service left at the start (${years} years)${why.en}`,
    },
    pass: {
      vi: `Còn từ ${required} năm công tác trở lên tính từ ngày luân chuyển (${years} năm)${why.vi}`,
      en: `At least ${required} years of service left at the start (${years} years)${why.en}`,
    },
  });
};
