import { describe, expect, it } from 'vitest';
import { cadreFacts, held, registry } from '../test/fixtures';
import { DEFAULT_CRITERIA } from './eligibility-criteria';
import type { HeldPost } from './facts';
import { localKeyCadre } from './local-key-cadre';
import { isAreaWithin } from './local-native';

function localKey(homeAreaId: string | null, assignments: HeldPost[], asOf: string) {
  return localKeyCadre(
    cadreFacts({ cadre: { homeAreaId }, assignments }),
    registry,
    asOf,
    DEFAULT_CRITERIA,
  );
}

describe('LOCAL_KEY_CADRE: a key cadre who is a local native (Plan 67-KH/TU)', () => {
  it.each([
    [
      'a ward secretary born in that ward is a local key cadre',
      'HVT',
      [held('BT_HVT', '2015-01-01')],
      '2018-01-01',
      'YES',
    ],
    [
      'a city post covers a native of any ward of the city',
      'HVT',
      [held('TB_BTC', '2015-01-01')],
      '2018-01-01',
      'YES',
    ],
    [
      'a native of another province is not local',
      'TP',
      [held('TB_BTC', '2015-01-01')],
      '2018-01-01',
      'NO',
    ],
    [
      'a native of Quảng Lạc is not local to Chi Lăng ward before the merger',
      'QL',
      [held('BT_CL', '2015-01-01')],
      '2018-01-01',
      'NO',
    ],
    [
      'a home commune merged into a new ward still counts after the merger',
      'QL',
      [held('BT_LVT', '2025-07-01')],
      '2025-09-01',
      'YES',
    ],
    [
      'a home recorded as the new ward is inside the old city before the merger',
      'LVT',
      [held('TB_BTC', '2015-01-01')],
      '2018-01-01',
      'YES',
    ],
    [
      'a native of a Lạng Sơn commune is not local to Cao Bằng province',
      'QL',
      [held('BT_TU_CB', '2015-01-01')],
      '2018-01-01',
      'NO',
    ],
    [
      'a post that is not a key post does not count',
      'VT',
      [held('PBT_VT', '2015-01-01')],
      '2018-01-01',
      'NO',
    ],
    [
      'a key post no longer held does not count',
      'VT',
      [held('BT_VT', '2010-01-01', '2016-01-01')],
      '2018-01-01',
      'NO',
    ],
    [
      'without a key post the home area is not needed',
      null,
      [held('PBT_VT', '2015-01-01')],
      '2018-01-01',
      'NO',
    ],
  ])('%s', (_rule, home, assignments, asOf, decision) => {
    expect(localKey(home, assignments, asOf)).toMatchObject({ rule: 'LOCAL_KEY_CADRE', decision });
  });

  it('any local key post is enough, and the message names it', () => {
    const result = localKey(
      'VT',
      [held('BT_HVT', '2015-01-01'), held('CT_UBVT', '2016-01-01', null, 'CONCURRENT')],
      '2018-01-01',
    );
    expect(result).toMatchObject({ decision: 'YES', facts: { localPositionId: 'CT_UBVT' } });
    expect(result.message.vi).toBe(
      'Giữ chức vụ chủ chốt (Chủ tịch UBND phường Vĩnh Trại) tại đơn vị thuộc địa phương quê quán',
    );
  });

  it.each([
    ['the home area is unknown', null, [held('BT_VT', '2015-01-01')], '2018-01-01', ['homeArea']],
    [
      'the home is the new ward and the post is in one of the two old ones',
      'LVT',
      [held('BT_CL', '2015-01-01')],
      '2018-01-01',
      ['homeArea'],
    ],
    [
      'the unit of the key post is not in the registry',
      'VT',
      [held('GHOST', '2015-01-01')],
      '2018-01-01',
      ['unitVersion'],
    ],
    [
      'the home area is not in the registry',
      'NOWHERE',
      [held('BT_VT', '2015-01-01')],
      '2018-01-01',
      ['areaVersion'],
    ],
  ])('cannot decide when %s', (_case, home, assignments, asOf, missingFacts) => {
    expect(localKey(home, assignments, asOf)).toMatchObject({
      decision: 'CANNOT_DECIDE',
      missingFacts,
    });
  });

  it('prefers a decided YES to an undecided post', () => {
    expect(
      localKey('VT', [held('GHOST', '2015-01-01'), held('BT_VT', '2015-01-01')], '2018-01-01')
        .decision,
    ).toBe('YES');
    expect(
      localKey('TP', [held('GHOST', '2015-01-01'), held('BT_VT', '2015-01-01')], '2018-01-01')
        .decision,
    ).toBe('CANNOT_DECIDE');
  });
});

describe('area containment across the 2025 merger', () => {
  it.each([
    ['Quảng Lạc lies in Lạng Sơn city in 2018', 'QL', 'LSC', '2018-01-01', 'YES'],
    ['Quảng Lạc lies in Lương Văn Tri ward in 2026', 'QL', 'LVT', '2026-01-01', 'YES'],
    [
      'Mai Pha, closed without a recorded successor, cannot be placed in 2026',
      'MP',
      'LVT',
      '2026-01-01',
      'CANNOT_DECIDE',
    ],
    ['Mai Pha does not lie in Chi Lăng ward in 2018', 'MP', 'CL', '2018-01-01', 'NO'],
    ['Lương Văn Tri lies in Lạng Sơn province in 2018', 'LVT', 'LS', '2018-01-01', 'YES'],
    ['an area lies in itself', 'LS', 'LS', '2018-01-01', 'YES'],
    ['Lạng Sơn province does not lie in Chi Lăng ward', 'LS', 'CL', '2018-01-01', 'NO'],
  ])('%s', (_case, inner, outer, date, decision) => {
    expect(isAreaWithin(registry.areas, inner, outer, date).decision).toBe(decision);
  });
});
