import { describe, expect, it } from 'vitest';
import { ROTATION_OUTCOMES } from './enums';
import { nextPostNeed } from './rotation-outcomes';

describe('the next post of a completed rotation', () => {
  it.each([
    ['REASSIGNED', 'REQUIRED'],
    ['PROMOTED', 'REQUIRED'],
    ['RETURNED_TO_ORIGIN', 'OPTIONAL'],
    ['KEPT_AT_DESTINATION', 'OPTIONAL'],
    ['ENDED_EARLY', 'OPTIONAL'],
    ['RETIRED', 'NONE'],
  ] as const)('%s: %s', (outcome, need) => {
    expect(nextPostNeed(outcome)).toBe(need);
  });

  it('says for every outcome', () => {
    for (const outcome of ROTATION_OUTCOMES) expect(nextPostNeed(outcome)).toMatch(/^[A-Z]+$/u);
  });
});
