import fc from 'fast-check';
import {
  ROTATION_CATEGORIES,
  ROTATION_DIRECTIONS,
  ROTATION_STATUSES,
  type RotationCategory,
  type RotationStatus,
} from '@luanchuyen/domain';
import { describe, expect, it } from 'vitest';
import { rotationStats, type CountedRotation } from './statistics';

const counted = (
  category: RotationCategory,
  startDate: string,
  direction: CountedRotation['direction'] = 'DOWN',
  status: RotationStatus = 'COMPLETED',
): CountedRotation => ({
  category,
  startDate,
  direction,
  status,
});

function times(count: number, make: (index: number) => CountedRotation): CountedRotation[] {
  return Array.from({ length: count }, (_, index) => make(index));
}

describe('rotation statistics (API.md rotationStats)', () => {
  it('reproduces the article’s table: 24 rotations since 2015, 8 / 3 / 5 / 8', () => {
    const rotations = [
      ...times(8, (i) => counted('DOWN_TO_GRASSROOTS', `${2015 + (i % 4)}-06-01`)),
      ...times(3, (i) => counted('BETWEEN_GRASSROOTS', `${2016 + i}-03-01`, 'LATERAL')),
      ...times(5, (i) => counted('PARTY_GOVERNMENT', `${2015 + (i % 3)}-09-01`, 'LATERAL')),
      ...times(8, (i) =>
        counted('BETWEEN_GOVERNMENT_AGENCIES', `${2015 + (i % 5)}-01-15`, i % 2 ? 'UP' : 'LATERAL'),
      ),
    ];
    expect(rotationStats(rotations)).toEqual({
      total: 24,
      byCategory: [
        { category: 'DOWN_TO_GRASSROOTS', count: 8 },
        { category: 'BETWEEN_GRASSROOTS', count: 3 },
        { category: 'PARTY_GOVERNMENT', count: 5 },
        { category: 'BETWEEN_GOVERNMENT_AGENCIES', count: 8 },
        { category: 'OTHER', count: 0 },
      ],
      byYear: [
        { year: 2015, count: 6 },
        { year: 2016, count: 7 },
        { year: 2017, count: 6 },
        { year: 2018, count: 4 },
        { year: 2019, count: 1 },
      ],
      byDirection: [
        { direction: 'DOWN', count: 8 },
        { direction: 'UP', count: 4 },
        { direction: 'LATERAL', count: 12 },
      ],
    });
  });

  it('lists every category and direction with zeros when there is nothing to count', () => {
    expect(rotationStats([])).toEqual({
      total: 0,
      byCategory: ROTATION_CATEGORIES.map((category) => ({ category, count: 0 })),
      byYear: [],
      byDirection: ROTATION_DIRECTIONS.map((direction) => ({ direction, count: 0 })),
    });
  });

  it('adds up: each breakdown sums to the total, years ascend', () => {
    const rotation = fc.record({
      category: fc.constantFrom(...ROTATION_CATEGORIES),
      direction: fc.constantFrom(...ROTATION_DIRECTIONS),
      startDate: fc.integer({ min: 2000, max: 2030 }).map((year) => `${year}-07-01`),
      status: fc.constantFrom(...ROTATION_STATUSES),
    });
    fc.assert(
      fc.property(fc.array(rotation, { maxLength: 60 }), (rotations) => {
        const stats = rotationStats(rotations, ROTATION_STATUSES);
        const sum = (rows: readonly { count: number }[]) =>
          rows.reduce((total, row) => total + row.count, 0);
        expect([sum(stats.byCategory), sum(stats.byYear), sum(stats.byDirection)]).toEqual([
          stats.total,
          stats.total,
          stats.total,
        ]);
        const years = stats.byYear.map((row) => row.year);
        expect(years).toEqual([...years].sort((a, b) => a - b));
      }),
    );
  });

  // One rotation of each status, all down to the grassroots in 2018: which of them count.
  const oneOfEach = ROTATION_STATUSES.map((status) =>
    counted('DOWN_TO_GRASSROOTS', '2018-06-01', 'DOWN', status),
  );
  it.each([
    ['by default only the rotations that took place count (ACTIVE, COMPLETED)', undefined, 2],
    ['an empty list of statuses counts as no list: the default', [], 2],
    ['statuses [PROPOSED] count the proposals only', ['PROPOSED'], 1],
    ['statuses [CANCELLED] count the cancellations only', ['CANCELLED'], 1],
    ['statuses [ACTIVE] narrow the default', ['ACTIVE'], 1],
    ['every status listed counts every rotation', [...ROTATION_STATUSES], 5],
  ] as const)('%s', (_rule, statuses, count) => {
    const stats = rotationStats(oneOfEach, statuses);
    expect(stats.total).toBe(count);
    expect(stats.byCategory[0]).toEqual({ category: 'DOWN_TO_GRASSROOTS', count });
    expect(stats.byYear).toEqual([{ year: 2018, count }]);
  });
});
