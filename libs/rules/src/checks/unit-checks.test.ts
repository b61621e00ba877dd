import { describe, expect, it } from 'vitest';
import { outcome } from '../../test/rotation-scenario';

// The destination unit as it stands on the rotation's dates. Đảng ủy phường Chi Lăng ceased
// on 1/7/2025 (merged into Lương Văn Tri), which was formed that day.
describe('the destination unit of a proposed rotation exists (UNIT_CLOSED)', () => {
  it.each([
    ['a post of a unit on its last day passes', 'BT_CL', '2025-06-30', 'PASS'],
    ['a post of a unit on the day it ceased fails', 'BT_CL', '2025-07-01', 'FAIL'],
    ['a post of a unit after it ceased fails', 'BT_CL', '2025-07-02', 'FAIL'],
    ['a post of a new unit the day before it is formed fails', 'BT_LVT', '2025-06-30', 'FAIL'],
    ['a post of a new unit on the day it is formed passes', 'BT_LVT', '2025-07-01', 'PASS'],
    ['a post of a new unit after it is formed passes', 'BT_LVT', '2025-07-02', 'PASS'],
  ])('%s', (_rule, to, startDate, decision) => {
    expect(
      outcome({ to, input: { startDate, plannedEndDate: '2029-01-01' } }, 'UNIT_CLOSED'),
    ).toMatchObject({ decision, severity: 'ERROR', field: 'toPositionId' });
  });

  it('names the successor whose post to choose', () => {
    const result = outcome(
      { to: 'BT_CL', input: { startDate: '2025-07-01', plannedEndDate: '2028-07-01' } },
      'UNIT_CLOSED',
    );
    expect(result?.message).toEqual({
      vi: 'Đảng ủy phường Chi Lăng đã thôi hoạt động từ ngày 01/07/2025; chọn chức vụ của đơn vị kế thừa (Đảng ủy phường Lương Văn Tri)',
      en: 'Đảng ủy phường Chi Lăng ceased on 2025-07-01; choose a post of its successor (Đảng ủy phường Lương Văn Tri)',
    });
    expect(result?.facts).toMatchObject({ successorIds: ['DU_LVT'] });
  });

  it('says when no successor is recorded', () => {
    const result = outcome(
      { to: 'BT_MP', input: { startDate: '2025-08-01', plannedEndDate: '2028-08-01' } },
      'UNIT_CLOSED',
    );
    expect(result?.message.vi).toContain('chưa ghi nhận đơn vị kế thừa');
  });

  it('says when the unit was not yet formed', () => {
    const result = outcome(
      { to: 'BT_LVT', input: { startDate: '2025-06-30', plannedEndDate: '2028-07-01' } },
      'UNIT_CLOSED',
    );
    expect(result?.message.vi).toBe(
      'Đảng ủy phường Lương Văn Tri chưa được thành lập vào ngày 30/06/2025 (từ 01/07/2025)',
    );
  });

  it.each(['UNIT_CLOSED', 'UNIT_CLOSES_DURING_ROTATION'])(
    '%s cannot be decided for a unit missing from the registry',
    (code) => {
      expect(outcome({ to: 'GHOST' }, code)).toMatchObject({
        decision: 'CANNOT_DECIDE',
        missingFacts: ['unitVersion'],
      });
    },
  );
});

describe('the destination unit closes during the rotation (UNIT_CLOSES_DURING_ROTATION)', () => {
  it.each([
    ['a last day before the unit ceases passes', '2022-06-01', '2025-06-30', 'PASS'],
    ["a last day on the unit's last day passes", '2022-06-01', '2025-07-01', 'PASS'],
    ['a last day on the day the unit ceases is a warning', '2022-06-01', '2025-07-02', 'FAIL'],
    ['a unit with no end passes', '2025-07-01', '2028-07-01', 'PASS'],
  ])('%s', (_rule, startDate, plannedEndDate, decision) => {
    const to = startDate < '2025-07-01' ? 'BT_CL' : 'BT_LVT';
    expect(
      outcome({ to, input: { startDate, plannedEndDate } }, 'UNIT_CLOSES_DURING_ROTATION'),
    ).toMatchObject({ decision, severity: 'WARNING', field: 'toPositionId' });
  });

  it('names the successor the cadre will serve in', () => {
    const result = outcome(
      { to: 'BT_CL', input: { startDate: '2023-01-01', plannedEndDate: '2026-01-01' } },
      'UNIT_CLOSES_DURING_ROTATION',
    );
    expect(result?.message).toEqual({
      vi: 'Đảng ủy phường Chi Lăng thôi hoạt động từ ngày 01/07/2025, trước ngày cuối của đợt luân chuyển (31/12/2025); đơn vị kế thừa: Đảng ủy phường Lương Văn Tri',
      en: "Đảng ủy phường Chi Lăng ceases on 2025-07-01, before the rotation's last day (2025-12-31); successor: Đảng ủy phường Lương Văn Tri",
    });
  });

  it('is no warning when the unit is already closed at the start (UNIT_CLOSED says it)', () => {
    expect(
      outcome(
        { to: 'BT_CL', input: { startDate: '2025-08-01', plannedEndDate: '2028-08-01' } },
        'UNIT_CLOSES_DURING_ROTATION',
      ),
    ).toMatchObject({ decision: 'PASS' });
  });
});
