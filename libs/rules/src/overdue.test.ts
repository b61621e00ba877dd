import { describe, expect, it } from 'vitest';
import { isOverdue } from './overdue';

// A rotation "từ 01/6/2018 đến 31/5/2021" is stored ending 2021-06-01.
describe('an overdue rotation (ACTIVE and its planned end has passed)', () => {
  it.each([
    ['is not overdue on the day before its last day', 'ACTIVE', '2021-05-30', false],
    ['is not overdue on its last day', 'ACTIVE', '2021-05-31', false],
    ['is overdue the day after its last day', 'ACTIVE', '2021-06-01', true],
    ['is overdue years later', 'ACTIVE', '2026-12-02', true],
    ['a completed rotation is never overdue', 'COMPLETED', '2026-12-02', false],
    ['an approved rotation not yet started is not overdue', 'APPROVED', '2026-12-02', false],
  ] as const)('%s', (_case, status, today, overdue) => {
    expect(isOverdue({ status, plannedEndDate: '2021-06-01' }, today)).toBe(overdue);
  });
});
