import { addDays } from '@luanchuyen/domain';
import { describe, expect, it } from 'vitest';
import { rotation } from '../../test/fixtures';
import { holder, outcome } from '../../test/rotation-scenario';

describe('checks on the target post of a proposed rotation (PRODUCT.md rule 3)', () => {
  it.each([
    ['another post in the same unit fails', 'BT_VT', 'PBT_VT', '2018-06-01', 'FAIL'],
    ['the merged successor of the same ward fails', 'BT_CL', 'BT_LVT', '2025-09-01', 'FAIL'],
    ['a ward that merged with another is not the other', 'BT_QL', 'BT_CL', '2018-06-01', 'PASS'],
    ['another unit passes', 'BT_VT', 'BT_MP', '2018-06-01', 'PASS'],
  ])('SAME_UNIT: %s', (_rule, from, to, startDate, decision) => {
    expect(
      outcome(
        { from, to, input: { startDate, plannedEndDate: addDays(startDate, 1200) } },
        'SAME_UNIT',
      ),
    ).toMatchObject({
      decision,
      severity: 'ERROR',
      field: 'toPositionId',
    });
  });

  it.each([
    [
      'a native of the city may not take the City Party Secretary post',
      'HVT',
      'BT_TU',
      '2018-06-01',
      'FAIL',
    ],
    ['a native of another province may', 'TP', 'BT_TU', '2018-06-01', 'PASS'],
    [
      'a native of Quảng Lạc may not take the non-local post of the ward it merged into',
      'QL',
      'BT_LVT',
      '2025-09-01',
      'FAIL',
    ],
    ['a post without the requirement takes anyone', 'MP', 'BT_MP', '2018-06-01', 'PASS'],
  ])('LOCAL_NATIVE_TO_NON_LOCAL_POST: %s', (_rule, homeAreaId, to, startDate, decision) => {
    const result = outcome(
      { cadre: { homeAreaId }, to, input: { startDate, plannedEndDate: addDays(startDate, 1200) } },
      'LOCAL_NATIVE_TO_NON_LOCAL_POST',
    );
    expect(result).toMatchObject({ decision, severity: 'ERROR', field: 'toPositionId' });
  });

  it.each([
    ['the home area is unknown', null, 'BT_TU', ['homeArea']],
    ['the post belongs to a unit missing from the registry', 'HVT', 'GHOST', ['unitVersion']],
  ])(
    'LOCAL_NATIVE_TO_NON_LOCAL_POST cannot be decided when %s',
    (_case, homeAreaId, to, missingFacts) => {
      expect(
        outcome({ cadre: { homeAreaId }, to }, 'LOCAL_NATIVE_TO_NON_LOCAL_POST'),
      ).toMatchObject({ decision: 'CANNOT_DECIDE', missingFacts });
    },
  );

  it.each([
    [
      'a post held by someone else on the start date is full',
      [holder('c2', '2016-01-01', null)],
      [],
      'FAIL',
    ],
    [
      'a holder leaving on the start date frees the seat',
      [holder('c2', '2016-01-01', '2018-06-01')],
      [],
      'PASS',
    ],
    [
      'a holder arriving after the start date does not count',
      [holder('c2', '2018-06-02', null)],
      [],
      'PASS',
    ],
    [
      'an approved rotation of someone else into the post takes the seat',
      [],
      [
        rotation({
          id: 'r2',
          cadreId: 'c2',
          status: 'APPROVED',
          startDate: '2018-01-01',
          plannedEndDate: '2021-01-01',
        }),
      ],
      'FAIL',
    ],
    [
      'a proposed rotation does not take the seat',
      [],
      [
        rotation({
          id: 'r2',
          cadreId: 'c2',
          status: 'PROPOSED',
          startDate: '2018-01-01',
          plannedEndDate: '2021-01-01',
        }),
      ],
      'PASS',
    ],
    [
      'the cadre does not take a seat from themselves',
      [holder('c1', '2016-01-01', null)],
      [],
      'PASS',
    ],
    [
      'an assignment to another post does not count',
      [holder('c2', '2016-01-01', null, 'BT_VT')],
      [],
      'PASS',
    ],
  ])('NO_FREE_SEAT: %s', (_rule, holders, incoming, decision) => {
    expect(outcome({ holders, incoming }, 'NO_FREE_SEAT')).toMatchObject({
      decision,
      severity: 'ERROR',
      field: 'toPositionId',
    });
  });

  it('NO_FREE_SEAT counts seats: one holder of two seats leaves one free', () => {
    const result = outcome(
      { from: 'BT_HVT', to: 'PTB_BTC', holders: [holder('c2', '2016-01-01', null, 'PTB_BTC')] },
      'NO_FREE_SEAT',
    );
    expect(result).toMatchObject({ decision: 'PASS', facts: { seats: 2, taken: 1 } });
    expect(result?.message.vi).toBe(
      'Chức vụ còn chỗ trống vào ngày 01/06/2018 (1/2 đã có người giữ)',
    );
  });

  it.each([
    ['a more senior post is a warning that needs a reason', 'BT_VT', 'TB_BTC', 'FAIL'],
    ['an equivalent post passes', 'BT_VT', 'BT_MP', 'PASS'],
    ['a less senior post passes', 'TB_BTC', 'BT_MP', 'PASS'],
  ])('HIGHER_RANK: %s', (_rule, from, to, decision) => {
    expect(outcome({ from, to }, 'HIGHER_RANK')).toMatchObject({
      decision,
      severity: 'WARNING',
      field: 'toPositionId',
    });
  });
});
