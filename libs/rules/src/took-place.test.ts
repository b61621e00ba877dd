import { describe, expect, it } from 'vitest';
import { countedStatuses, tookPlace } from './took-place';

describe('the rotations that took place (what the figures count)', () => {
  it.each([
    ['a PROPOSED rotation has not taken place', 'PROPOSED', false],
    ['an APPROVED rotation has not taken place until it starts', 'APPROVED', false],
    ['an ACTIVE rotation has taken place', 'ACTIVE', true],
    ['a COMPLETED rotation has taken place', 'COMPLETED', true],
    ['a CANCELLED rotation never took place', 'CANCELLED', false],
  ] as const)('%s', (_rule, status, expected) => {
    expect(tookPlace(status)).toBe(expected);
  });

  it.each([
    ['no statuses asked for count the rotations that took place', null, ['ACTIVE', 'COMPLETED']],
    ['an empty list counts as none asked for', [], ['ACTIVE', 'COMPLETED']],
    ['statuses asked for are counted as asked', ['PROPOSED'], ['PROPOSED']],
  ] as const)('%s', (_rule, statuses, expected) => {
    expect(countedStatuses(statuses)).toEqual(expected);
  });
});
