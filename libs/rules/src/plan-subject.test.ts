import type { EligibilityReasonCode } from '@luanchuyen/domain';
import { describe, expect, it } from 'vitest';
import { cadreFacts, held, registry, rotation } from '../test/fixtures';
import { eligibilityOn } from './eligibility';
import { PLAN_67_CRITERIA } from './eligibility-criteria';
import type { CadreFacts } from './facts';
import { planSubjectListing } from './plan-subject';

// Whom rotationPlanAddSubjects may list under Plan 67-KH/TU, on its first day unless said.

const FIRST_DAY = '2017-10-02';
const pool = [
  { id: 'p1', cadreId: 'c1', targetTitle: 'Ủy viên BTV', termStart: 2015, termEnd: 2020 },
];
// Secretary of Vĩnh Trại ward since 2/10/2009, native of Cao Bằng, born 1975.
const longServing = cadreFacts({ assignments: [held('BT_VT', '2009-10-02')] });
const newcomer = cadreFacts({ assignments: [held('BT_VT', '2016-01-01')] });
const unknownBirth = cadreFacts({
  cadre: { birthDate: null, birthYear: null },
  assignments: [held('BT_VT', '2009-10-02')],
  successionPool: pool,
});
const onRotation = cadreFacts({
  assignments: [held('BT_VT', '2009-10-02')],
  rotations: [rotation({ startDate: '2017-01-01', plannedEndDate: '2020-01-01' })],
});

const listing = (
  facts: CadreFacts,
  criterion: EligibilityReasonCode | null,
  asOf = FIRST_DAY,
  criteria = PLAN_67_CRITERIA,
) => planSubjectListing(eligibilityOn(facts, registry, asOf, criteria), criterion);

describe('listing a cadre under a plan (rotationPlanAddSubjects, PRODUCT.md rule 1)', () => {
  it.each([
    ['a subject is listed under the first reason that holds', longServing, null, 'LONG_TENURE'],
    ['a named criterion that holds is the one listed', longServing, 'LONG_TENURE', 'LONG_TENURE'],
    [
      'a named criterion that holds lists a cadre whose retirement the registry cannot tell',
      unknownBirth,
      'LONG_TENURE',
      'LONG_TENURE',
    ],
  ] as const)('%s', (_, facts, criterion, listedUnder) => {
    expect(listing(facts, criterion)).toEqual({ listed: true, criterion: listedUnder });
  });

  it.each([
    [
      'without a criterion, someone who meets none is refused with the rule’s explanation',
      newcomer,
      null,
      'Không thuộc đối tượng luân chuyển: không đáp ứng tiêu chí nào',
    ],
    [
      'without a criterion, someone the rules cannot decide on is refused, saying what is unknown',
      unknownBirth,
      null,
      'Chưa đủ căn cứ: chưa rõ ngày sinh',
    ],
    [
      'a named criterion that does not hold is refused with its finding',
      newcomer,
      'LONG_TENURE',
      'Không thuộc đối tượng luân chuyển: Chưa giữ chức vụ tại một cơ quan, đơn vị đủ 8 năm (1 năm (từ 01/01/2016))',
    ],
    [
      'a named criterion the registry cannot decide is refused, saying what is unknown',
      unknownBirth,
      'YOUNG_IN_SUCCESSION_POOL',
      'Không thuộc đối tượng luân chuyển: chưa xác định được tiêu chí "Cán bộ trẻ trong quy hoạch" (Chưa đủ căn cứ: chưa rõ ngày sinh)',
    ],
    [
      'a named criterion that holds is refused while a blocker holds',
      onRotation,
      'LONG_TENURE',
      'Không thuộc đối tượng luân chuyển: Đang trong đợt luân chuyển từ 01/01/2017 đến 31/12/2019',
    ],
  ] as const)('%s', (_, facts, criterion, message) => {
    expect(listing(facts, criterion)).toEqual({
      listed: false,
      message: { vi: message, en: expect.stringMatching(/^(Not a subject|Cannot decide)/) },
    });
  });

  it('refuses a criterion the plan does not use', () => {
    const tenureOnly = {
      ...PLAN_67_CRITERIA,
      params: { ...PLAN_67_CRITERIA.params, reasons: ['LONG_TENURE'] as const },
    };
    expect(listing(longServing, 'LOCAL_KEY_CADRE', FIRST_DAY, tenureOnly)).toMatchObject({
      listed: false,
      message: {
        vi: 'Không thuộc đối tượng luân chuyển: 67-KH/TU không dùng tiêu chí "Cán bộ chủ chốt là người địa phương"',
      },
    });
  });

  it.each([
    ['the day after the first day: refused', '2009-10-03', false],
    ['the first day itself: listed', '2009-10-02', true],
    ['the day before the first day: listed', '2009-10-01', true],
  ])('a long tenure whose 8th anniversary falls on %s', (_, since, listed) => {
    const facts = cadreFacts({ assignments: [held('BT_VT', since)] });
    expect(listing(facts, 'LONG_TENURE').listed).toBe(listed);
  });
});
