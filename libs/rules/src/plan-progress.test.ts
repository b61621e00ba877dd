import type { Evaluation, RotationPlan } from '@luanchuyen/domain';
import { describe, expect, it } from 'vitest';
import { rotation } from '../test/fixtures';
import { planProgress } from './plan-progress';

const plan: RotationPlan = {
  id: 'plan-67',
  code: '67-KH/TU',
  title: 'Kế hoạch luân chuyển, đào tạo, bồi dưỡng cán bộ đến năm 2020',
  issuedOn: '2017-10-02',
  periodStart: '2017-10-02',
  periodEnd: '2020-12-31',
  targetCount: 54,
  criteria: {
    longTenureYears: 8,
    youngAgeLimit: 40,
    reasons: ['LONG_TENURE', 'LOCAL_KEY_CADRE', 'YOUNG_IN_SUCCESSION_POOL'],
  },
};

const evaluation = (cadreId: string, year: number, rating: Evaluation['rating']): Evaluation => ({
  id: `e-${cadreId}-${year}`,
  cadreId,
  year,
  score: null,
  rating,
  disciplined: false,
});

describe('plan progress (PRODUCT.md rule 6)', () => {
  const rotations = [
    rotation({
      id: 'r1',
      cadreId: 'c1',
      planId: 'plan-67',
      status: 'ACTIVE',
      startDate: '2018-06-01',
      plannedEndDate: '2021-06-01',
      category: 'DOWN_TO_GRASSROOTS',
    }),
    rotation({
      id: 'r2',
      cadreId: 'c2',
      planId: 'plan-67',
      status: 'COMPLETED',
      startDate: '2017-12-01',
      plannedEndDate: '2020-12-01',
      category: 'BETWEEN_GRASSROOTS',
    }),
    rotation({
      id: 'r3',
      cadreId: 'c2',
      planId: 'plan-67',
      status: 'ACTIVE',
      startDate: '2020-12-01',
      plannedEndDate: '2023-12-01',
      category: 'PARTY_GOVERNMENT',
    }),
    rotation({
      id: 'r4',
      cadreId: 'c3',
      planId: 'plan-67',
      status: 'APPROVED',
      startDate: '2019-01-01',
      plannedEndDate: '2022-01-01',
    }),
    rotation({ id: 'r5', cadreId: 'c4', planId: 'plan-67', status: 'CANCELLED' }),
    rotation({ id: 'r6', cadreId: 'c5', planId: null, status: 'ACTIVE' }),
  ];
  const result = planProgress({
    plan,
    subjects: [
      { cadreId: 'c1', reason: 'YOUNG_IN_SUCCESSION_POOL' },
      { cadreId: 'c2', reason: 'LONG_TENURE' },
      { cadreId: 'c2', reason: 'LOCAL_KEY_CADRE' },
      { cadreId: 'c3', reason: 'LONG_TENURE' },
      { cadreId: 'c4', reason: 'LONG_TENURE' },
    ],
    rotations,
    evaluations: [
      evaluation('c1', 2018, 'GOOD'),
      evaluation('c1', 2019, 'EXCELLENT'),
      evaluation('c1', 2017, 'COMPLETED'),
      evaluation('c2', 2019, 'GOOD'),
      evaluation('c3', 2019, 'GOOD'),
      evaluation('c5', 2019, 'NOT_COMPLETED'),
    ],
  });

  it('counts subjects once each, however many criteria named them', () => {
    expect(result).toMatchObject({ planId: 'plan-67', targetCount: 54, subjects: 4 });
  });

  it('counts as rotated the cadres whose rotation under the plan has started', () => {
    expect(result).toMatchObject({ rotated: 2, active: 2, completed: 1 });
  });

  it('breaks the started rotations down by category, all five listed', () => {
    expect(result.byCategory).toEqual([
      { category: 'DOWN_TO_GRASSROOTS', count: 1 },
      { category: 'BETWEEN_GRASSROOTS', count: 1 },
      { category: 'PARTY_GOVERNMENT', count: 1 },
      { category: 'BETWEEN_GOVERNMENT_AGENCIES', count: 0 },
      { category: 'OTHER', count: 0 },
    ]);
  });

  it('counts the ratings of rotated cadres for the years they were on rotation', () => {
    expect(result.ratings).toEqual([
      { rating: 'EXCELLENT', count: 1 },
      { rating: 'GOOD', count: 2 },
      { rating: 'COMPLETED', count: 0 },
      { rating: 'NOT_COMPLETED', count: 0 },
    ]);
    expect(result.message.vi).toBe(
      'Kế hoạch 67-KH/TU: 4 đối tượng, 2 đã luân chuyển, 2 đang luân chuyển, 1 lượt đã hoàn thành',
    );
  });

  it.each([
    ['a PROPOSED rotation does not make its subject rotated', 'PROPOSED', 0, 0, 0],
    ['an APPROVED rotation not yet started does not either', 'APPROVED', 0, 0, 0],
    ['a CANCELLED rotation does not either', 'CANCELLED', 0, 0, 0],
    ['an ACTIVE rotation makes its subject rotated and running', 'ACTIVE', 1, 1, 0],
    ['a COMPLETED rotation makes its subject rotated and completed', 'COMPLETED', 1, 0, 1],
  ] as const)('%s', (_rule, status, rotated, active, completed) => {
    const only = planProgress({
      plan,
      subjects: [{ cadreId: 'c1', reason: 'LONG_TENURE' }],
      rotations: [rotation({ id: 'r1', cadreId: 'c1', planId: 'plan-67', status })],
      evaluations: [],
    });
    expect(only).toMatchObject({ subjects: 1, rotated, active, completed });
    expect(only.byCategory.reduce((sum, row) => sum + row.count, 0)).toBe(rotated);
  });
});
