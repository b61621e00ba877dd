import type { Unit } from '@luanchuyen/domain';
import { describe, expect, it } from 'vitest';
import { UNITS, cadreFacts, held, positionOf, registry } from '../test/fixtures';
import { DEFAULT_CRITERIA } from './eligibility-criteria';
import type { HeldPost } from './facts';
import { buildLineage } from './lineage';
import { longTenure, runStartOf } from './long-tenure';

function tenure(assignments: HeldPost[], asOf: string, units = registry.units) {
  return longTenure(cadreFacts({ assignments }), units, asOf, DEFAULT_CRITERIA);
}

describe('LONG_TENURE: posts held in one unit for 8 years or more (Plan 67-KH/TU)', () => {
  it.each([
    [
      'counts the anniversary day as eight full years',
      [held('BT_VT', '2010-06-01')],
      '2018-06-01',
      'YES',
      8,
    ],
    [
      'does not count the day before the anniversary',
      [held('BT_VT', '2010-06-01')],
      '2018-05-31',
      'NO',
      7,
    ],
    [
      'joins back-to-back posts in the same unit',
      [held('PBT_VT', '2009-01-01', '2013-01-01'), held('BT_VT', '2013-01-01')],
      '2017-01-01',
      'YES',
      8,
    ],
    [
      'joins overlapping posts in the same unit',
      [held('PBT_VT', '2009-01-01', '2014-01-01'), held('BT_VT', '2013-06-01')],
      '2017-01-01',
      'YES',
      8,
    ],
    [
      'starts again after a gap of one day',
      [held('PBT_VT', '2009-01-01', '2012-12-31'), held('BT_VT', '2013-01-01')],
      '2017-01-01',
      'NO',
      4,
    ],
    [
      'does not count posts in another unit',
      [held('TP_PNV', '2005-01-01', '2013-01-01'), held('BT_VT', '2013-01-01')],
      '2018-01-01',
      'NO',
      5,
    ],
    [
      'keeps the tenure of a ward merged into a new ward',
      [held('BT_CL', '2017-08-01', '2025-07-01'), held('BT_LVT', '2025-07-01')],
      '2025-08-01',
      'YES',
      8,
    ],
    [
      'counts a concurrent post held long in its own unit',
      [held('BT_VT', '2016-01-01'), held('CT_MTTQ', '2008-01-01', null, 'CONCURRENT')],
      '2016-06-01',
      'YES',
      8,
    ],
    [
      'counts nothing when no post is held on the date',
      [held('BT_VT', '2000-01-01', '2015-01-01')],
      '2016-01-01',
      'NO',
      0,
    ],
    [
      'ignores posts that start after the date',
      [held('BT_VT', '2019-01-01')],
      '2018-01-01',
      'NO',
      0,
    ],
  ])('%s', (_rule, assignments, asOf, decision, years) => {
    const result = tenure(assignments, asOf);
    expect(result).toMatchObject({
      rule: 'LONG_TENURE',
      decision,
      facts: { years, requiredYears: 8 },
    });
  });

  it('does not treat two units merged into a third as each other', () => {
    // Chi Lăng and Quảng Lạc both became Lương Văn Tri; a move between them in 2012 breaks the run.
    const result = tenure(
      [
        held('BT_QL', '2008-01-01', '2012-01-01'),
        held('BT_CL', '2012-01-01', '2025-07-01'),
        held('BT_LVT', '2025-07-01'),
      ],
      '2025-08-01',
    );
    expect(result.facts).toMatchObject({ since: '2012-01-01', years: 13, unitId: 'DU_LVT' });
  });

  it('keeps the tenure of a renamed unit and picks the earliest continuation', () => {
    const units: Unit[] = [
      ...UNITS,
      {
        id: 'PNV_OLD',
        name: 'Phòng Tổ chức',
        bloc: 'GOVERNMENT',
        level: 'DISTRICT',
        areaId: 'LSC',
        parentId: null,
        validFrom: '1990-01-01',
        validTo: '2012-01-01',
      },
      {
        id: 'PNV_OLDER',
        name: 'Phòng Tổ chức chính quyền',
        bloc: 'GOVERNMENT',
        level: 'DISTRICT',
        areaId: 'LSC',
        parentId: null,
        validFrom: '1990-01-01',
        validTo: '2012-01-01',
      },
    ];
    const history = buildLineage(units, [
      { kind: 'RENAMED', fromId: 'PNV_OLD', toId: 'PNV', date: '2012-01-01' },
      { kind: 'MERGED_INTO', fromId: 'PNV_OLDER', toId: 'PNV', date: '2012-01-01' },
    ]);
    const at = (unitId: string, start: string, end: string): HeldPost => {
      const post = held('TP_PNV', start, end);
      return { ...post, position: { ...positionOf('TP_PNV'), id: `p-${unitId}`, unitId } };
    };
    const assignments = [
      at('PNV_OLDER', '2006-01-01', '2012-01-01'),
      at('PNV_OLD', '2006-01-01', '2012-01-01'),
      held('TP_PNV', '2012-01-01'),
    ];
    expect(tenure(assignments, '2014-01-01', history).facts).toMatchObject({
      since: '2006-01-01',
      years: 8,
      unitId: 'PNV',
    });
    expect(tenure([...assignments].reverse(), '2014-01-01', history).facts).toMatchObject({
      since: '2006-01-01',
    });
  });

  it('explains itself in both languages', () => {
    const yes = tenure([held('BT_VT', '2010-06-01')], '2018-06-01');
    expect(yes.message).toEqual({
      vi: 'Giữ chức vụ tại một cơ quan, đơn vị liên tục 8 năm (từ 01/06/2010), từ 8 năm trở lên',
      en: 'Has held posts in one unit for 8 years without a break (since 2010-06-01), 8 or more',
    });
    expect(yes.legalBasis?.document).toContain('67-KH/TU');
    expect(tenure([], '2018-06-01').message.vi).toBe(
      'Chưa giữ chức vụ tại một cơ quan, đơn vị đủ 8 năm (0 năm)',
    );
  });

  it('prefers the longest of several posts held on the date', () => {
    const result = tenure(
      [
        held('BT_VT', '2015-01-01'),
        held('CT_MTTQ', '2015-01-01', null, 'CONCURRENT'),
        held('TP_PNV', '2009-01-01'),
      ],
      '2018-01-01',
    );
    expect(result.facts).toMatchObject({ unitId: 'PNV', since: '2009-01-01', years: 9 });
    const tie = tenure([held('CT_MTTQ', '2015-01-01'), held('BT_VT', '2015-01-01')], '2018-01-01');
    expect(tie.facts).toMatchObject({ unitId: 'DU_VT' });
  });

  it('stores the run start of each post, whatever the date asked', () => {
    const careers = [
      held('PBT_VT', '2004-01-01', '2008-01-01'),
      held('BT_VT', '2008-01-02', '2013-01-01'),
      held('PBT_VT', '2013-01-01', '2016-01-01'),
      held('BT_QL', '2016-01-01', '2025-07-01'),
      held('BT_LVT', '2025-07-01'),
    ];
    const facts = cadreFacts({ assignments: careers });
    expect(careers.map((post) => runStartOf(post, facts, registry.units))).toEqual([
      '2004-01-01',
      // a gap of one day (the last day was 2007-12-31): a new run
      '2008-01-02',
      // back-to-back in the same unit: the run goes on
      '2008-01-02',
      // another unit: a new run
      '2016-01-01',
      // Quảng Lạc merged into Lương Văn Tri: the same unit's lineage
      '2016-01-01',
    ]);
  });
});
