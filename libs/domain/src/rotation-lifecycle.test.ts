import { describe, expect, it } from 'vitest';
import { ROTATION_STATUSES } from './enums';
import { actionsFrom } from './rotation-lifecycle';

describe('the actions a rotation allows', () => {
  it.each([
    ['a proposal may be approved or cancelled', 'PROPOSED', ['APPROVE', 'CANCEL']],
    ['an approved rotation may be started or cancelled', 'APPROVED', ['START', 'CANCEL']],
    ['a running rotation may only be completed', 'ACTIVE', ['COMPLETE']],
    ['a completed rotation allows nothing', 'COMPLETED', []],
    ['a cancelled rotation allows nothing', 'CANCELLED', []],
  ] as const)('%s', (_case, status, actions) => {
    expect(actionsFrom(status)).toEqual(actions);
  });

  it('leads every status but the two ends somewhere', () => {
    const dead = ROTATION_STATUSES.filter((status) => actionsFrom(status).length === 0);
    expect(dead).toEqual(['COMPLETED', 'CANCELLED']);
  });
});
