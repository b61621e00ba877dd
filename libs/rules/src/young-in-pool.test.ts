import type { SuccessionPoolEntry } from '@luanchuyen/domain';
import { describe, expect, it } from 'vitest';
import { cadreFacts } from '../test/fixtures';
import { DEFAULT_CRITERIA, type CriteriaSet } from './eligibility-criteria';
import { youngInSuccessionPool } from './young-in-pool';

const pool = (termStart: number, termEnd: number): SuccessionPoolEntry => ({
  id: `pool-${termStart}`,
  cadreId: 'c1',
  targetTitle: 'Bí thư Thành ủy',
  termStart,
  termEnd,
});

function young(
  birth: { birthDate: string | null; birthYear: number | null },
  entries: SuccessionPoolEntry[],
  asOf: string,
  criteria: CriteriaSet = DEFAULT_CRITERIA,
) {
  return youngInSuccessionPool(
    cadreFacts({ cadre: birth, successionPool: entries }),
    asOf,
    criteria,
  );
}

describe('YOUNG_IN_SUCCESSION_POOL: a young cadre in the succession pool (Plan 67-KH/TU)', () => {
  it.each([
    [
      'a 38-year-old in the 2015–2020 pool is young',
      { birthDate: '1980-06-01', birthYear: 1980 },
      [pool(2015, 2020)],
      '2018-06-01',
      'YES',
    ],
    [
      'a cadre turns 40 on the birthday: no longer under 40',
      { birthDate: '1978-06-01', birthYear: 1978 },
      [pool(2015, 2020)],
      '2018-06-01',
      'NO',
    ],
    [
      'the day before the 40th birthday still counts as under 40',
      { birthDate: '1978-06-02', birthYear: 1978 },
      [pool(2015, 2020)],
      '2018-06-01',
      'YES',
    ],
    [
      'a young cadre whose pool term has ended is not in the pool',
      { birthDate: '1985-01-01', birthYear: 1985 },
      [pool(2010, 2015)],
      '2018-06-01',
      'NO',
    ],
    [
      'a young cadre never in the pool is not a subject',
      { birthDate: '1985-01-01', birthYear: 1985 },
      [],
      '2018-06-01',
      'NO',
    ],
    [
      'the last year of the term still counts',
      { birthDate: '1985-01-01', birthYear: 1985 },
      [pool(2010, 2018)],
      '2018-12-31',
      'YES',
    ],
    [
      'with only the birth year 1980, 37 or 38 in 2018 is young either way',
      { birthDate: null, birthYear: 1980 },
      [pool(2015, 2020)],
      '2018-06-01',
      'YES',
    ],
    [
      'with only the birth year 1970, 47 or 48 in 2018 is not young either way',
      { birthDate: null, birthYear: 1970 },
      [pool(2015, 2020)],
      '2018-06-01',
      'NO',
    ],
  ])('%s', (_rule, birth, entries, asOf, decision) => {
    expect(young(birth, entries, asOf)).toMatchObject({
      rule: 'YOUNG_IN_SUCCESSION_POOL',
      decision,
    });
  });

  it.each([
    [
      'only the birth year is known and the cadre is 39 or 40',
      { birthDate: null, birthYear: 1978 },
    ],
    ['the birth date is unknown', { birthDate: null, birthYear: null }],
  ])('cannot decide when %s', (_case, birth) => {
    expect(young(birth, [pool(2015, 2020)], '2018-06-01')).toMatchObject({
      decision: 'CANNOT_DECIDE',
      missingFacts: ['birthDate'],
      message: { vi: 'Chưa đủ căn cứ: chưa rõ ngày sinh', en: 'Cannot decide: birth date unknown' },
    });
  });

  it('takes the age limit from the plan', () => {
    const strict = {
      ...DEFAULT_CRITERIA,
      params: { ...DEFAULT_CRITERIA.params, youngAgeLimit: 35 },
    };
    const result = young(
      { birthDate: '1980-06-01', birthYear: 1980 },
      [pool(2015, 2020)],
      '2018-06-01',
      strict,
    );
    expect(result).toMatchObject({ decision: 'NO', facts: { ageLimit: 35 } });
    expect(result.message.vi).toBe('Trong quy hoạch nhưng đã từ 35 tuổi trở lên');
    expect(young({ birthDate: '1990-01-01', birthYear: 1990 }, [], '2018-06-01').message.en).toBe(
      'Not in the succession pool in 2018',
    );
  });
});
