import { describe, expect, it } from 'vitest';
import type { EligibleEdge } from '../api/eligible-cadres.query';
import { groupByReason, reasonFacts } from './report-rows';

// The report shows each reason's facts (API.md `EligibilityReason { since unit years }`) beside
// the message that states them.

const edges = [
  {
    node: { id: 'Q2FkcmU6MQ', fullName: 'Nguyễn Văn Đức', birthYear: 1975 },
    eligibility: {
      reasons: [
        {
          code: 'LONG_TENURE',
          message: 'Giữ chức vụ tại một cơ quan, đơn vị liên tục 10 năm (từ 01/06/2015)',
          since: '2015-06-01',
          years: 10,
          unit: { id: 'VW5pdDox', name: 'Đảng ủy phường Vĩnh Trại' },
        },
      ],
      blockers: [],
    },
  },
  {
    node: { id: 'Q2FkcmU6Mg', fullName: 'Trần Thị Mai', birthYear: null },
    eligibility: {
      reasons: [
        {
          code: 'YOUNG_IN_SUCCESSION_POOL',
          message: 'Cán bộ trẻ (dưới 35 tuổi) trong quy hoạch',
          since: '2021-01-01',
          years: null,
          unit: null,
        },
      ],
      blockers: [],
    },
  },
] as unknown as EligibleEdge[];

describe('the eligibility report rows', () => {
  it('lists a cadre under each of their reasons, the groups in code order', () => {
    const reasons = edges.flatMap((edge) => edge.eligibility.reasons);
    const both = [
      ...edges,
      {
        node: { id: 'Q2FkcmU6Mw', fullName: 'Lê Văn An', birthYear: 1980 },
        eligibility: {
          reasons,
          blockers: [],
        },
      },
    ] as EligibleEdge[];
    expect(
      groupByReason(both).map((group) => [group.code, group.edges.map((e) => e.node.fullName)]),
    ).toEqual([
      ['LONG_TENURE', ['Nguyễn Văn Đức', 'Lê Văn An']],
      ['YOUNG_IN_SUCCESSION_POOL', ['Trần Thị Mai', 'Lê Văn An']],
    ]);
  });

  it('puts the facts on one line, leaving out the missing ones, years 0 included', () => {
    const labels = { since: (d: string) => `từ ${d}`, years: (n: number) => `${n} năm` };
    expect(
      reasonFacts(
        { since: '2015-06-01', years: 0, unit: { id: 'u', name: 'Phòng Nội vụ' } },
        labels,
      ),
    ).toBe('từ 01/06/2015 · 0 năm · Phòng Nội vụ');
    expect(reasonFacts({ since: null, years: null, unit: null }, labels)).toBe('');
  });
});
