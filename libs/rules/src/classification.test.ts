import type { Unit } from '@luanchuyen/domain';
import { describe, expect, it } from 'vitest';
import { UNITS, positionOf, registry } from '../test/fixtures';
import { classifyEnds, classifyRotation, type RotationEnd } from './classification';
import { buildLineage } from './lineage';

const end = (level: RotationEnd['level'], bloc: RotationEnd['bloc'], rank = 6): RotationEnd => ({
  level,
  bloc,
  rank,
});

describe('classification of a rotation (PRODUCT.md rule 4)', () => {
  it.each([
    [
      'a move from the city Party committee to a ward is down to the grassroots',
      end('DISTRICT', 'PARTY'),
      end('COMMUNE', 'PARTY'),
      'DOWN_TO_GRASSROOTS',
      'DOWN',
    ],
    [
      'a move from the province government to a ward Party committee is down to the grassroots',
      end('PROVINCE', 'GOVERNMENT'),
      end('COMMUNE', 'PARTY'),
      'DOWN_TO_GRASSROOTS',
      'DOWN',
    ],
    [
      'a move between a ward and a commune is between grassroots units',
      end('COMMUNE', 'PARTY'),
      end('COMMUNE', 'PARTY'),
      'BETWEEN_GRASSROOTS',
      'LATERAL',
    ],
    [
      'between grassroots units takes precedence over Party–government',
      end('COMMUNE', 'PARTY'),
      end('COMMUNE', 'GOVERNMENT'),
      'BETWEEN_GRASSROOTS',
      'LATERAL',
    ],
    [
      'a move from the Party to the government bloc is Party–government',
      end('DISTRICT', 'PARTY'),
      end('DISTRICT', 'GOVERNMENT'),
      'PARTY_GOVERNMENT',
      'LATERAL',
    ],
    [
      'a move from the government to the Party bloc is Party–government too',
      end('DISTRICT', 'GOVERNMENT'),
      end('PROVINCE', 'PARTY'),
      'PARTY_GOVERNMENT',
      'UP',
    ],
    [
      'a move from a ward government up to a city Party board is Party–government',
      end('COMMUNE', 'GOVERNMENT'),
      end('DISTRICT', 'PARTY'),
      'PARTY_GOVERNMENT',
      'UP',
    ],
    [
      'a move between two city agencies is between government agencies',
      end('DISTRICT', 'GOVERNMENT'),
      end('DISTRICT', 'GOVERNMENT'),
      'BETWEEN_GOVERNMENT_AGENCIES',
      'LATERAL',
    ],
    [
      'a move from a ward government up to a city agency is between government agencies',
      end('COMMUNE', 'GOVERNMENT'),
      end('DISTRICT', 'GOVERNMENT'),
      'BETWEEN_GOVERNMENT_AGENCIES',
      'UP',
    ],
    [
      'a move from a city agency up to the province government is between government agencies',
      end('DISTRICT', 'GOVERNMENT'),
      end('PROVINCE', 'GOVERNMENT'),
      'BETWEEN_GOVERNMENT_AGENCIES',
      'UP',
    ],
    [
      'a move from the Front to the Party is another kind',
      end('DISTRICT', 'FRONT'),
      end('DISTRICT', 'PARTY'),
      'OTHER',
      'LATERAL',
    ],
    [
      'a move between two Party boards is another kind',
      end('DISTRICT', 'PARTY'),
      end('PROVINCE', 'PARTY'),
      'OTHER',
      'UP',
    ],
    [
      'a move from a ward up to the Front is another kind',
      end('COMMUNE', 'PARTY'),
      end('DISTRICT', 'FRONT'),
      'OTHER',
      'UP',
    ],
    [
      'a move from the province down to the city is down but not to the grassroots',
      end('PROVINCE', 'PARTY'),
      end('DISTRICT', 'PARTY'),
      'OTHER',
      'DOWN',
    ],
  ] as const)('%s', (_rule, from, to, category, direction) => {
    expect(classifyEnds(from, to)).toMatchObject({ category, direction });
  });

  it.each([
    ['an equal rank is a lateral move (luân chuyển ngang)', 6, 6, 'LATERAL'],
    ['a higher rank is a promotion', 6, 7, 'PROMOTION'],
    ['a lower rank is a lower post', 7, 6, 'LOWER'],
  ] as const)('%s', (_rule, fromRank, toRank, rankChange) => {
    expect(
      classifyEnds(end('DISTRICT', 'PARTY', fromRank), end('COMMUNE', 'PARTY', toRank)).rankChange,
    ).toBe(rankChange);
  });

  it.each([
    [
      'Vũ Sơn Hà: Deputy Head of the City Organization Board → Secretary of Hoàng Văn Thụ ward',
      'PTB_BTC',
      'BT_HVT',
      '2018-06-01',
      'DOWN_TO_GRASSROOTS',
      'DOWN',
      'LATERAL',
    ],
    [
      'Đinh Bằng Sơn: Secretary of Vĩnh Trại ward → Secretary of Mai Pha commune, lateral',
      'BT_VT',
      'BT_MP',
      '2017-12-01',
      'BETWEEN_GRASSROOTS',
      'LATERAL',
      'LATERAL',
    ],
    [
      'a ward secretary to chair of the city People’s Committee',
      'BT_HVT',
      'CT_UBND',
      '2016-01-01',
      'PARTY_GOVERNMENT',
      'UP',
      'PROMOTION',
    ],
    [
      'the head of the home affairs office to the ward People’s Committee',
      'TP_PNV',
      'CT_UBVT',
      '2019-03-01',
      'DOWN_TO_GRASSROOTS',
      'DOWN',
      'LATERAL',
    ],
    [
      'a former Hoàng Văn Thụ post, read as its successor Đông Kinh, to Lương Văn Tri after the merger',
      'BT_HVT',
      'BT_LVT',
      '2025-09-01',
      'BETWEEN_GRASSROOTS',
      'LATERAL',
      'LATERAL',
    ],
  ])('classifies %s', (_case, from, to, startDate, category, direction, rankChange) => {
    const result = classifyRotation(registry.units, positionOf(from), positionOf(to), startDate);
    expect(result).toMatchObject({
      decision: 'DECIDED',
      rule: 'ROTATION_CLASSIFICATION',
      category,
      direction,
      rankChange,
    });
  });

  it('keeps a 2017 city-to-ward move down to the grassroots after the city level was abolished', () => {
    // The city units close on 1/7/2025 and the wards merge; the 2017 versions still decide.
    const result = classifyRotation(
      registry.units,
      positionOf('TB_BTC'),
      positionOf('BT_CL'),
      '2017-10-02',
    );
    expect(result).toMatchObject({ category: 'DOWN_TO_GRASSROOTS', direction: 'DOWN' });
    expect(result.facts).toMatchObject({ fromUnitId: 'BTC', toUnitId: 'DU_CL' });
    expect(result.message.vi).toBe(
      'Luân chuyển về cơ sở, từ cấp trên xuống cấp dưới, giữ chức vụ thấp hơn',
    );
  });

  it('uses the version a renamed unit had on the start date', () => {
    const units: Unit[] = [
      {
        id: 'OLD',
        name: 'Phòng Tổ chức – Lao động',
        bloc: 'GOVERNMENT',
        level: 'DISTRICT',
        areaId: 'LSC',
        parentId: null,
        validFrom: '2000-01-01',
        validTo: '2020-01-01',
      },
      {
        id: 'NEW',
        name: 'Phòng Nội vụ',
        bloc: 'PARTY',
        level: 'DISTRICT',
        areaId: 'LSC',
        parentId: null,
        validFrom: '2020-01-01',
        validTo: null,
      },
      ...UNITS,
    ];
    const history = buildLineage(units, [
      { kind: 'RENAMED', fromId: 'OLD', toId: 'NEW', date: '2020-01-01' },
    ]);
    const from = { ...positionOf('TP_PNV'), unitId: 'NEW' };
    const before = classifyRotation(history, from, positionOf('CT_UBND'), '2019-06-01');
    const after = classifyRotation(history, from, positionOf('CT_UBND'), '2020-06-01');
    expect(before).toMatchObject({
      category: 'BETWEEN_GOVERNMENT_AGENCIES',
      facts: { fromUnitId: 'OLD' },
    });
    expect(after).toMatchObject({ category: 'PARTY_GOVERNMENT', facts: { fromUnitId: 'NEW' } });
  });

  it.each([
    ['a unit missing from the registry', 'GHOST', 'BT_MP', '2018-01-01'],
    [
      'a merged unit before it existed, which maps to two former units',
      'BT_VT',
      'BT_LVT',
      '2018-01-01',
    ],
  ])('cannot decide for %s, naming the unit version', (_case, from, to, startDate) => {
    expect(
      classifyRotation(registry.units, positionOf(from), positionOf(to), startDate),
    ).toMatchObject({
      decision: 'CANNOT_DECIDE',
      missingFacts: ['unitVersion'],
      message: { vi: 'Chưa đủ căn cứ: chưa rõ đơn vị tại ngày xét' },
    });
  });

  it.each([
    ['2001-06-01', null],
    ['2016-06-01', 'Nghị quyết 11-NQ/TW'],
    ['2018-06-01', 'Quy định 98-QĐ/TW ngày 7/10/2017'],
    ['2022-04-28', 'Quy định 65-QĐ/TW'],
    ['2025-06-30', 'Quy định 65-QĐ/TW'],
    ['2025-07-01', 'Nghị định 170/2025/NĐ-CP'],
  ])('cites the rotation rules in force on %s', (startDate, document) => {
    const result = classifyRotation(
      registry.units,
      positionOf('TB_BTC'),
      positionOf('TP_PNV'),
      startDate,
    );
    if (document === null) expect(result.legalBasis).toBeNull();
    else expect(result.legalBasis?.document).toContain(document);
  });
});
