import fc from 'fast-check';
import { addDays, addMonths, compareDates, type Sex } from '@luanchuyen/domain';
import { describe, expect, it } from 'vitest';
import { endOfMonth } from './periods';
import { retirementDate, thresholdMonths } from './retirement';
import { RETIREMENT_RULE_SETS } from './retirement-rule-sets';

function decidedDate(sex: Sex, birthDate: string): string | null {
  const result = retirementDate({ sex, birthDate, birthYear: Number(birthDate.slice(0, 4)) });
  return result.decision === 'DECIDED' ? result.retirementDate : null;
}

describe('retirement date (Labour Code 2019 art. 169, Decree 135/2020/NĐ-CP)', () => {
  // Rows marked "Phụ lục I" are read from the decree's Annex I, whose last column is the month
  // the pension starts: the retirement date is the last day of the month before it.
  it.each([
    ['a man born in May 1960 retires at 60, at the end of May 2020', '1960-05-10', '2020-05-31'],
    [
      'a man who turns 60 on 31 December 2020 retires that day, under the old law',
      '1960-12-31',
      '2020-12-31',
    ],
    [
      'a man born on 1 January 1961 needs 60 years 3 months, reached in April 2021',
      '1961-01-01',
      '2021-04-30',
    ],
    [
      'a man born in September 1961 reaches 60 years 3 months in December 2021',
      '1961-09-15',
      '2021-12-31',
    ],
    [
      'a man born in October 1961 would reach 60y3m in 2022, when 60y6m applies: April 2022',
      '1961-10-01',
      '2022-04-30',
    ],
    [
      'a man born in June 1962 reaches 60 years 6 months in December 2022',
      '1962-06-20',
      '2022-12-31',
    ],
    [
      'a man born in July 1962 moves on to the 2023 threshold of 60 years 9 months',
      '1962-07-01',
      '2023-04-30',
    ],
    [
      'a man born in January 1963 retires in October 2023 at 60 years 9 months (Phụ lục I)',
      '1963-01-15',
      '2023-10-31',
    ],
    ['a man born in March 1963 retires in December 2023 (Phụ lục I)', '1963-03-10', '2023-12-31'],
    [
      'a man born in April 1963 retires in April 2024 at 61 (Phụ lục I)',
      '1963-04-01',
      '2024-04-30',
    ],
    [
      'a man born in January 1964 retires in April 2025 at 61 years 3 months (Phụ lục I)',
      '1964-01-20',
      '2025-04-30',
    ],
    ['a man born on 29 February 1964 retires in May 2025', '1964-02-29', '2025-05-31'],
    [
      'a man born in October 1964 retires in April 2026 at 61 years 6 months (Phụ lục I)',
      '1964-10-05',
      '2026-04-30',
    ],
    ['a man born in January 1965 retires in July 2026 (Phụ lục I)', '1965-01-31', '2026-07-31'],
    [
      'a man born in February 1966 retires in November 2027 at 61 years 9 months',
      '1966-02-10',
      '2027-11-30',
    ],
    ['a man born in April 1966 reaches the final 62 in April 2028', '1966-04-01', '2028-04-30'],
    ['a man born in August 1970 retires at 62', '1970-08-31', '2032-08-31'],
  ])('%s', (_rule, birthDate, expected) => {
    expect(decidedDate('MALE', birthDate)).toBe(expected);
  });

  it.each([
    [
      'a woman born in August 1965 retires at 55, at the end of August 2020',
      '1965-08-15',
      '2020-08-31',
    ],
    [
      'a woman who turns 55 in December 2020 retires then, under the old law',
      '1965-12-01',
      '2020-12-31',
    ],
    [
      'a woman born on 1 January 1966 needs 55 years 4 months, reached in May 2021',
      '1966-01-01',
      '2021-05-31',
    ],
    [
      'a woman born in August 1966 reaches 55 years 4 months in December 2021',
      '1966-08-20',
      '2021-12-31',
    ],
    [
      'a woman born in September 1966 moves on to 55 years 8 months in 2022',
      '1966-09-01',
      '2022-05-31',
    ],
    [
      'a woman born in January 1968 retires in May 2024 at 56 years 4 months (Phụ lục I)',
      '1968-01-10',
      '2024-05-31',
    ],
    [
      'a woman born in August 1968 retires in December 2024 (Phụ lục I)',
      '1968-08-10',
      '2024-12-31',
    ],
    [
      'a woman born in September 1968 retires in May 2025 at 56 years 8 months (Phụ lục I)',
      '1968-09-10',
      '2025-05-31',
    ],
    ['a woman born in May 1969 retires in May 2026 at 57 (Phụ lục I)', '1969-05-10', '2026-05-31'],
    [
      'a woman born in January 1970 retires in May 2027 at 57 years 4 months (Phụ lục I)',
      '1970-01-10',
      '2027-05-31',
    ],
    [
      'a woman born in January 1975 retires in September 2034 at 59 years 8 months',
      '1975-01-10',
      '2034-09-30',
    ],
    ['a woman born in June 1975 reaches the final 60 in June 2035', '1975-06-15', '2035-06-30'],
    ['a woman born in March 1976 retires at 60', '1976-03-03', '2036-03-31'],
  ])('%s', (_rule, birthDate, expected) => {
    expect(decidedDate('FEMALE', birthDate)).toBe(expected);
  });

  it.each([
    ['MALE', 2020, 720],
    ['MALE', 2021, 723],
    ['MALE', 2022, 726],
    ['MALE', 2027, 741],
    ['MALE', 2028, 744],
    ['MALE', 2040, 744],
    ['FEMALE', 2020, 660],
    ['FEMALE', 2021, 664],
    ['FEMALE', 2034, 716],
    ['FEMALE', 2035, 720],
    ['FEMALE', 2050, 720],
  ] as const)('the threshold for %s in %i is %i months', (sex, year, months) => {
    const set = year < 2021 ? RETIREMENT_RULE_SETS[1] : RETIREMENT_RULE_SETS[2];
    expect(set && thresholdMonths(set.params, sex, year)).toBe(months);
  });

  it('counts from 1 January when only the birth year is known', () => {
    const result = retirementDate({ sex: 'MALE', birthDate: null, birthYear: 1963 });
    expect(result).toMatchObject({
      decision: 'DECIDED',
      retirementDate: '2023-10-31',
      thresholdMonths: 729,
    });
    expect(result.facts).toMatchObject({ countedFrom: '1963-01-01' });
    expect(result.message.vi).toBe(
      'Thời điểm nghỉ hưu: hết ngày 31/10/2023 (đủ 60 tuổi 9 tháng), tính từ 01/01/1963 vì chỉ biết năm sinh',
    );
    expect(retirementDate({ sex: 'FEMALE', birthDate: null, birthYear: 1968 })).toMatchObject({
      retirementDate: '2024-05-31',
    });
  });

  it('explains a decision with the rule set in force in the retirement month', () => {
    const result = retirementDate({ sex: 'MALE', birthDate: '1963-01-15', birthYear: 1963 });
    expect(result.rule).toBe('RETIREMENT_DATE');
    expect(result.legalBasis?.document).toContain('Nghị định 135/2020/NĐ-CP');
    expect(result.facts).toMatchObject({ ruleSet: 'DECREE_135_2020', thresholdMonths: 729 });
    expect(result.message).toEqual({
      vi: 'Thời điểm nghỉ hưu: hết ngày 31/10/2023 (đủ 60 tuổi 9 tháng)',
      en: 'Retires at the end of 2023-10-31 (aged 60 years 9 months)',
    });
    const old = retirementDate({ sex: 'FEMALE', birthDate: '1955-03-01', birthYear: 1955 });
    expect(old).toMatchObject({
      retirementDate: '2010-03-31',
      facts: { ruleSet: 'LABOUR_CODE_1994' },
    });
    expect(old.message.en).toBe('Retires at the end of 2010-03-31 (aged 55 years)');
  });

  it.each([
    [
      'the birth date is unknown',
      { sex: 'MALE', birthDate: null, birthYear: null },
      ['birthDate'],
      'Chưa đủ căn cứ: chưa rõ ngày sinh',
    ],
    [
      'the sex is unknown',
      { sex: null, birthDate: '1970-01-01', birthYear: 1970 },
      ['sex'],
      'Chưa đủ căn cứ: chưa rõ giới tính',
    ],
    [
      'both are unknown',
      { sex: null, birthDate: null, birthYear: null },
      ['birthDate', 'sex'],
      'Chưa đủ căn cứ: chưa rõ ngày sinh, giới tính',
    ],
  ] as const)('cannot decide when %s, and names what is missing', (_case, person, missing, vi) => {
    expect(retirementDate(person)).toMatchObject({
      decision: 'CANNOT_DECIDE',
      missingFacts: missing,
      message: { vi },
      legalBasis: null,
    });
  });

  it('cannot decide when no rule set covers the retirement month', () => {
    expect(retirementDate({ sex: 'MALE', birthDate: '1930-01-01', birthYear: 1930 })).toMatchObject(
      {
        decision: 'CANNOT_DECIDE',
        missingFacts: ['ruleSet'],
      },
    );
    expect(
      retirementDate({ sex: 'MALE', birthDate: '1970-01-01', birthYear: 1970 }, []),
    ).toMatchObject({
      decision: 'CANNOT_DECIDE',
      missingFacts: ['ruleSet'],
    });
  });

  const birthDates = fc.integer({ min: 0, max: 20_000 }).map((days) => addDays('1940-01-01', days));
  const sexes = fc.constantFrom<Sex>('MALE', 'FEMALE');

  it('always falls on the last day of a month, between the lowest and highest statutory ages', () => {
    fc.assert(
      fc.property(birthDates, sexes, (birthDate, sex) => {
        const date = decidedDate(sex, birthDate);
        expect(date).not.toBeNull();
        const retires = date ?? '';
        expect(retires).toBe(endOfMonth(retires));
        const [low, high] = sex === 'MALE' ? [720, 744] : [660, 720];
        expect(compareDates(retires, addMonths(birthDate, low))).toBeGreaterThanOrEqual(0);
        expect(compareDates(retires, endOfMonth(addMonths(birthDate, high)))).toBeLessThanOrEqual(
          0,
        );
      }),
    );
  });

  it('never lets someone born later retire earlier', () => {
    fc.assert(
      fc.property(birthDates, birthDates, sexes, (a, b, sex) => {
        const [earlier, later] = compareDates(a, b) <= 0 ? [a, b] : [b, a];
        expect(
          compareDates(decidedDate(sex, earlier) ?? '', decidedDate(sex, later) ?? ''),
        ).toBeLessThanOrEqual(0);
      }),
    );
  });
});
