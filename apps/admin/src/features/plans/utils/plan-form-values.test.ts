import { describe, expect, it } from 'vitest';
import {
  EMPTY_PLAN_FORM,
  planFieldOf,
  readPlanForm,
  type PlanFormValues,
} from './plan-form-values';

const plan67: PlanFormValues = {
  ...EMPTY_PLAN_FORM,
  code: ' 67-KH/TU ',
  title: 'Kế hoạch luân chuyển cán bộ đến năm 2020',
  issuedOn: '2017-10-02',
  periodStart: '2017-10-02',
  periodEnd: '2020-12-31',
  targetCount: '54',
  reasons: ['YOUNG_IN_SUCCESSION_POOL', 'LONG_TENURE'],
};

describe('reading the plan form', () => {
  it('sends the trimmed texts, the numbers and the reasons in the rules’ order', () => {
    expect(readPlanForm(plan67)).toEqual({
      ok: true,
      facts: {
        code: '67-KH/TU',
        title: 'Kế hoạch luân chuyển cán bộ đến năm 2020',
        issuingUnitId: null,
        issuedOn: '2017-10-02',
        periodStart: '2017-10-02',
        periodEnd: '2020-12-31',
        targetCount: 54,
        criteria: {
          longTenureYears: 8,
          youngAgeLimit: 40,
          reasons: ['LONG_TENURE', 'YOUNG_IN_SUCCESSION_POOL'],
        },
      },
    });
  });

  it.each([
    ['a blank code', { code: '  ' }, 'code', 'plans.form.errors.required'],
    ['a missing issue date', { issuedOn: '' }, 'issuedOn', 'plans.form.errors.required'],
    [
      'an impossible day',
      { periodStart: '2019-02-30' },
      'periodStart',
      'plans.form.errors.invalidDate',
    ],
    [
      'a last day on the first day',
      { periodEnd: '2017-10-02' },
      'periodEnd',
      'plans.form.errors.endBeforeStart',
    ],
    ['a negative target', { targetCount: '-1' }, 'targetCount', 'plans.form.errors.range'],
    [
      'a fractional tenure',
      { longTenureYears: '7.5' },
      'longTenureYears',
      'plans.form.errors.range',
    ],
    ['an age limit under 18', { youngAgeLimit: '17' }, 'youngAgeLimit', 'plans.form.errors.range'],
    ['no reason ticked', { reasons: [] }, 'reasons', 'plans.form.errors.reasons'],
  ] as const)('refuses %s beside its field', (_, change, field, key) => {
    const reading = readPlanForm({ ...plan67, ...change });
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.problems[field]?.key).toBe(key);
  });

  it.each([
    [['input', 'code'], 'code'],
    [['input', 'issuingUnitId'], 'issuingUnitId'],
    [['input', 'criteria', 'reasons', '0'], 'reasons'],
    [['input', 'criteria', 'youngAgeLimit'], 'youngAgeLimit'],
    [['input', 'document', 'number'], null],
    [null, null],
  ] as const)('places a server error on %j beside %s', (path, field) => {
    expect(planFieldOf(path)).toBe(field);
  });
});
