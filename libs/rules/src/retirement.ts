import { addMonths, compareDates, type Cadre, type IsoDate, type Sex } from '@luanchuyen/domain';
import { ageText, viDate } from './messages';
import { endOfMonth, startOfMonth } from './periods';
import { RETIREMENT_RULE_SETS, type RetirementParams } from './retirement-rule-sets';
import { undecided, type CannotDecide, type Explanation, type MissingFact } from './rule-result';
import { ruleSetInForce, type RuleSet } from './rule-sets';

// Labour Code 2019 art. 169, Decree 135/2020/NĐ-CP arts. 3–4 (PRODUCT.md rule 2): a person
// retires in the first month in which their age reaches the threshold in force that month;
// the retirement date is the last day of that month. With only a birth year, count from
// 1 January of that year.

export type RetirementFacts = Pick<Cadre, 'sex' | 'birthDate' | 'birthYear'>;

export type RetirementResult =
  | (Explanation<'RETIREMENT_DATE'> & {
      decision: 'DECIDED';
      retirementDate: IsoDate;
      /** The age reached, in months, under the set in force that month. */
      thresholdMonths: number;
    })
  | CannotDecide<'RETIREMENT_DATE'>;

/** The statutory age in months for `sex` in calendar `year` under one rule set. */
export function thresholdMonths(params: RetirementParams, sex: Sex, year: number): number {
  const schedule = params[sex];
  const stepped = schedule.baseMonths + schedule.stepMonths * Math.max(0, year - params.firstYear);
  return Math.min(schedule.maxMonths, stepped);
}

function cannotDecide(missingFacts: MissingFact[], person: RetirementFacts): RetirementResult {
  return undecided('RETIREMENT_DATE', missingFacts, { facts: person, legalBasis: null });
}

export function retirementDate(
  person: RetirementFacts,
  sets: readonly RuleSet<RetirementParams>[] = RETIREMENT_RULE_SETS,
): RetirementResult {
  const { sex } = person;
  const countFrom =
    person.birthDate ?? (person.birthYear === null ? null : `${person.birthYear}-01-01`);
  const missing: MissingFact[] = [];
  if (countFrom === null) missing.push('birthDate');
  if (sex === null) missing.push('sex');
  if (sets.length === 0) missing.push('ruleSet');
  if (countFrom === null || sex === null || missing.length > 0) {
    return cannotDecide(missing, person);
  }

  // No one retires before the lowest threshold any set names; walk month by month from there.
  const lowest = Math.min(...sets.map((set) => set.params[sex].baseMonths));
  for (let month = startOfMonth(addMonths(countFrom, lowest)); ; month = addMonths(month, 1)) {
    const set = ruleSetInForce(sets, month);
    if (set === null) return cannotDecide(['ruleSet'], person);
    const threshold = thresholdMonths(set.params, sex, Number(month.slice(0, 4)));
    const lastDay = endOfMonth(month);
    if (compareDates(addMonths(countFrom, threshold), lastDay) <= 0) {
      const age = ageText(threshold);
      const yearOnly =
        person.birthDate === null
          ? {
              vi: `, tính từ 01/01/${person.birthYear} vì chỉ biết năm sinh`,
              en: `, counted from 1 January ${person.birthYear} as only the birth year is known`,
            }
          : { vi: '', en: '' };
      return {
        decision: 'DECIDED',
        rule: 'RETIREMENT_DATE',
        retirementDate: lastDay,
        thresholdMonths: threshold,
        facts: { ...person, countedFrom: countFrom, thresholdMonths: threshold, ruleSet: set.code },
        legalBasis: set.legalBasis,
        message: {
          vi: `Thời điểm nghỉ hưu: hết ngày ${viDate(lastDay)} (đủ ${age.vi})${yearOnly.vi}`,
          en: `Retires at the end of ${lastDay} (aged ${age.en})${yearOnly.en}`,
        },
      };
    }
  }
}
