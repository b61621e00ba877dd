import { describe, expect, it } from 'vitest';
import { cadreFacts, held } from '../test/fixtures';
import type { HeldPost } from './facts';
import { mainPostOn } from './main-post';

const withId = (post: HeldPost, id: string): HeldPost => ({
  ...post,
  assignment: { ...post.assignment, id },
});

describe('the main post on a date (API.md RotationInput.fromPositionId default)', () => {
  it.each([
    [
      'the post held, not a concurrent one',
      [held('CT_MTTQ', '2015-01-01', null, 'CONCURRENT'), held('BT_VT', '2016-01-01')],
      'BT_VT',
    ],
    [
      'the most senior of two posts held',
      [held('BT_VT', '2015-01-01'), held('TB_BTC', '2016-01-01')],
      'TB_BTC',
    ],
    [
      'the longest held of two equal posts',
      [held('BT_MP', '2016-01-01'), held('BT_VT', '2015-01-01')],
      'BT_VT',
    ],
    [
      'the same post whatever the order the facts came in',
      [withId(held('BT_VT', '2015-01-01'), 'a-2'), withId(held('BT_MP', '2015-01-01'), 'a-1')],
      'BT_MP',
    ],
  ])('is %s', (_case, assignments, expected) => {
    expect(mainPostOn(cadreFacts({ assignments }), '2018-01-01')?.position.id).toBe(expected);
    expect(
      mainPostOn(cadreFacts({ assignments: [...assignments].reverse() }), '2018-01-01')?.position
        .id,
    ).toBe(expected);
  });

  it('is none when no post is held on the date', () => {
    expect(
      mainPostOn(
        cadreFacts({ assignments: [held('BT_VT', '2010-01-01', '2015-01-01')] }),
        '2018-01-01',
      ),
    ).toBeNull();
  });
});
