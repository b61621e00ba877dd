import type { SuccessionPoolEntry } from '@luanchuyen/domain';
import { describe, expect, it } from 'vitest';
import { cadreFacts, held, registry } from '../test/fixtures';
import { DEFAULT_CRITERIA } from './eligibility-criteria';
import { eligibilityOn } from './eligibility';
import { localKeyCadre } from './local-key-cadre';
import { longTenure } from './long-tenure';
import { youngInSuccessionPool } from './young-in-pool';

// API.md `EligibilityReason { since unit years }`: each reason returns the facts it stands on,
// the same facts its message is made of, on both sides of the day it starts to hold.

const { longTenureYears, youngAgeLimit } = DEFAULT_CRITERIA.params;

const pool = (termStart: number, termEnd: number): SuccessionPoolEntry => ({
  id: `pool-${termStart}`,
  cadreId: 'c1',
  targetTitle: 'Bí thư Thành ủy',
  termStart,
  termEnd,
});

describe('LONG_TENURE grounds: the first day of the unbroken run, its unit, its years', () => {
  const posts = [held('PBT_VT', '2010-06-01', '2013-01-01'), held('BT_VT', '2013-01-01')];
  const tenure = (asOf: string) =>
    longTenure(cadreFacts({ assignments: posts }), registry.units, asOf, DEFAULT_CRITERIA);

  it('the day before the anniversary: one year short, the same run and unit', () => {
    const finding = tenure('2018-05-31');
    expect(finding.decision).toBe('NO');
    expect(finding.grounds).toEqual({
      since: '2010-06-01',
      unitId: 'DU_VT',
      years: longTenureYears - 1,
    });
    expect(finding.message.vi).toContain(`(${longTenureYears - 1} năm (từ 01/06/2010))`);
  });

  it('the anniversary day: the threshold reached, and the message says the same facts', () => {
    const finding = tenure('2018-06-01');
    expect(finding.decision).toBe('YES');
    expect(finding.grounds).toEqual({ since: '2010-06-01', unitId: 'DU_VT', years: 8 });
    expect(finding.message.vi).toContain('liên tục 8 năm (từ 01/06/2010)');
    expect(finding.message.en).toContain('for 8 years without a break (since 2010-06-01)');
  });

  it('a run continued through a merger names the unit held on the date, since the old start', () => {
    const finding = longTenure(
      cadreFacts({
        assignments: [held('BT_CL', '2017-08-01', '2025-07-01'), held('BT_LVT', '2025-07-01')],
      }),
      registry.units,
      '2025-08-01',
      DEFAULT_CRITERIA,
    );
    expect(finding.decision).toBe('YES');
    expect(finding.grounds).toEqual({ since: '2017-08-01', unitId: 'DU_LVT', years: 8 });
  });

  it('no post held on the date: nothing to stand on', () => {
    const finding = tenure('2009-01-01');
    expect(finding.grounds).toEqual({ since: null, unitId: null, years: null });
  });
});

describe('LOCAL_KEY_CADRE grounds: the key post local to the home area, from its first day', () => {
  const local = (asOf: string) =>
    localKeyCadre(
      cadreFacts({ cadre: { homeAreaId: 'HVT' }, assignments: [held('BT_HVT', '2015-01-01')] }),
      registry,
      asOf,
      DEFAULT_CRITERIA,
    );

  it('the day before the post begins: no reason, no grounds', () => {
    const finding = local('2014-12-31');
    expect(finding.decision).toBe('NO');
    expect(finding.grounds).toEqual({ since: null, unitId: null, years: null });
  });

  it('the first day of the post: the unit and the day it began, no years', () => {
    const finding = local('2015-01-01');
    expect(finding.decision).toBe('YES');
    expect(finding.grounds).toEqual({ since: '2015-01-01', unitId: 'DU_HVT', years: null });
  });
});

describe('YOUNG_IN_SUCCESSION_POOL grounds: the term start of the pool entry and the age', () => {
  const birthDate = `${2018 - youngAgeLimit}-06-01`;
  const young = (asOf: string, entries = [pool(2016, 2020), pool(2015, 2020)]) =>
    youngInSuccessionPool(
      cadreFacts({
        cadre: { birthDate, birthYear: 2018 - youngAgeLimit },
        successionPool: entries,
      }),
      asOf,
      DEFAULT_CRITERIA,
    );

  it('the day before the birthday of the limit: still young, the age one under it', () => {
    const finding = young('2018-05-31');
    expect(finding.decision).toBe('YES');
    expect(finding.grounds).toEqual({
      since: '2015-01-01',
      unitId: null,
      years: youngAgeLimit - 1,
    });
    expect(finding.message.vi).toContain(`(${youngAgeLimit - 1} tuổi)`);
    expect(finding.message.en).toContain(`(aged ${youngAgeLimit - 1})`);
  });

  it('the birthday of the limit: no longer young, the age is the limit', () => {
    const finding = young('2018-06-01');
    expect(finding.decision).toBe('NO');
    expect(finding.grounds).toEqual({ since: '2015-01-01', unitId: null, years: youngAgeLimit });
  });

  it('only the birth year known: the age stays null rather than a guess', () => {
    const finding = youngInSuccessionPool(
      cadreFacts({
        cadre: { birthDate: null, birthYear: 1990 },
        successionPool: [pool(2015, 2020)],
      }),
      '2018-06-01',
      DEFAULT_CRITERIA,
    );
    expect(finding.decision).toBe('YES');
    expect(finding.grounds).toEqual({ since: '2015-01-01', unitId: null, years: null });
  });

  it('outside every pool term: no grounds', () => {
    expect(young('2021-01-01').grounds).toEqual({ since: null, unitId: null, years: null });
  });
});

describe('eligibilityOn hands the reasons over with their grounds', () => {
  it('each reason that holds carries the grounds of its rule', () => {
    const eligibility = eligibilityOn(
      cadreFacts({ cadre: { homeAreaId: 'HVT' }, assignments: [held('BT_HVT', '2010-01-01')] }),
      registry,
      '2018-01-01',
    );
    expect(eligibility.reasons.map((reason) => ({ code: reason.rule, ...reason.grounds }))).toEqual(
      [
        { code: 'LONG_TENURE', since: '2010-01-01', unitId: 'DU_HVT', years: 8 },
        { code: 'LOCAL_KEY_CADRE', since: '2010-01-01', unitId: 'DU_HVT', years: null },
      ],
    );
  });
});
