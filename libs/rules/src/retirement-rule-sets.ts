import type { RuleSet } from './rule-sets';

// Statutory retirement ages in normal working conditions, by the law in force in the month
// the age is reached. Thresholds are months of age: threshold(year) =
// min(maxMonths, baseMonths + stepMonths × (year − firstYear)).

export type RetirementSchedule = { baseMonths: number; stepMonths: number; maxMonths: number };

export type RetirementParams = {
  /** The calendar year in which `baseMonths` applies; later years add `stepMonths` a year. */
  firstYear: number;
  MALE: RetirementSchedule;
  FEMALE: RetirementSchedule;
};

const FIXED_60_55 = {
  MALE: { baseMonths: 720, stepMonths: 0, maxMonths: 720 },
  FEMALE: { baseMonths: 660, stepMonths: 0, maxMonths: 660 },
};

export const RETIREMENT_RULE_SETS: readonly RuleSet<RetirementParams>[] = [
  {
    code: 'LABOUR_CODE_1994',
    title: { vi: 'Tuổi nghỉ hưu 60 (nam), 55 (nữ)', en: 'Retirement at 60 (men), 55 (women)' },
    effectiveFrom: '1995-01-01',
    effectiveTo: '2013-05-01',
    legalBasis: { document: 'Bộ luật Lao động 1994', clause: 'Điều 145' },
    params: { firstYear: 1995, ...FIXED_60_55 },
  },
  {
    code: 'LABOUR_CODE_2012',
    title: { vi: 'Tuổi nghỉ hưu 60 (nam), 55 (nữ)', en: 'Retirement at 60 (men), 55 (women)' },
    effectiveFrom: '2013-05-01',
    effectiveTo: '2021-01-01',
    legalBasis: { document: 'Bộ luật Lao động số 10/2012/QH13', clause: 'Điều 187' },
    params: { firstYear: 2013, ...FIXED_60_55 },
  },
  {
    code: 'DECREE_135_2020',
    title: {
      vi: 'Lộ trình điều chỉnh tuổi nghỉ hưu từ năm 2021',
      en: 'Retirement age schedule from 2021',
    },
    effectiveFrom: '2021-01-01',
    effectiveTo: null,
    legalBasis: {
      document:
        'Nghị định 135/2020/NĐ-CP ngày 18/11/2020 (Điều 169 Bộ luật Lao động số 45/2019/QH14)',
      clause:
        'Điều 3 (thời điểm nghỉ hưu: hết ngày cuối cùng của tháng đủ tuổi; chỉ có năm sinh thì ' +
        'tính từ 01/01 của năm sinh); Điều 4 và Phụ lục I (nam 60 tuổi 3 tháng năm 2021, mỗi năm ' +
        'thêm 3 tháng đến 62 tuổi năm 2028; nữ 55 tuổi 4 tháng năm 2021, mỗi năm thêm 4 tháng ' +
        'đến 60 tuổi năm 2035)',
    },
    params: {
      firstYear: 2021,
      MALE: { baseMonths: 60 * 12 + 3, stepMonths: 3, maxMonths: 62 * 12 },
      FEMALE: { baseMonths: 55 * 12 + 4, stepMonths: 4, maxMonths: 60 * 12 },
    },
  },
];
