import type { Cadre, IsoDate, Sex } from '@luanchuyen/domain';
import { ageText, viDate } from './messages';
import { endOfMonth } from './periods';
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

// Months are counted as integers (year × 12 + month − 1): the eligibility of a whole registry
// asks this for every cadre, and calendar arithmetic per month walked was its main cost. Adding
// n months to a date lands in month index + n whatever the day, so comparing indices is exact.
function monthIndex(date: IsoDate): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

function firstDayOf(index: number): IsoDate {
  const month = (index % 12) + 1;
  return `${Math.floor(index / 12)}-${month < 10 ? '0' : ''}${month}-01`;
}

// The set in force on the first day of a month, remembered per list of sets: the same few
// hundred months are asked about for every cadre.
const setsByMonth = new WeakMap<object, Map<number, RuleSet<RetirementParams> | null>>();
function setInForceIn(
  sets: readonly RuleSet<RetirementParams>[],
  index: number,
): RuleSet<RetirementParams> | null {
  let byMonth = setsByMonth.get(sets);
  if (byMonth === undefined) setsByMonth.set(sets, (byMonth = new Map()));
  let set = byMonth.get(index);
  if (set === undefined) byMonth.set(index, (set = ruleSetInForce(sets, firstDayOf(index))));
  return set;
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
  const born = monthIndex(countFrom);
  for (let month = born + lowest; ; month += 1) {
    const set = setInForceIn(sets, month);
    if (set === null) return cannotDecide(['ruleSet'], person);
    const threshold = thresholdMonths(set.params, sex, Math.floor(month / 12));
    if (born + threshold <= month) {
      const lastDay = endOfMonth(firstDayOf(month));
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
