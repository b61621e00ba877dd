import type { Cadre, RotationPlan } from '@luanchuyen/domain';
import { describe, expect, it } from 'vitest';
import { cadreFacts, held, registry, rotation } from '../test/fixtures';
import { eligibilityOn } from './eligibility';
import { DEFAULT_CRITERIA, PLAN_67_CRITERIA, planCriteriaSet } from './eligibility-criteria';
import type { CadreFacts } from './facts';
import { RULE_BOOK } from './rule-book';

// A secretary of Vĩnh Trại ward since 2009, native of Cao Bằng, born 1975: LONG_TENURE only.
const longServing = (cadre: Partial<Cadre> = {}, extra: Partial<CadreFacts> = {}) =>
  cadreFacts({ cadre, assignments: [held('BT_VT', '2009-01-01')], ...extra });

describe('eligibility on a date (PRODUCT.md rule 1, API.md eligibility)', () => {
  it('makes a cadre with a reason and no blocker a subject, citing the criteria', () => {
    const result = eligibilityOn(longServing(), registry, '2018-06-01');
    expect(result).toMatchObject({
      subject: true,
      decision: 'YES',
      asOf: '2018-06-01',
      criteria: { code: 'DEFAULT' },
    });
    expect(result.reasons.map((reason) => reason.rule)).toEqual(['LONG_TENURE']);
    expect(result.blockers).toEqual([]);
    expect(result.evaluated.map((finding) => finding.rule)).toEqual([
      'LONG_TENURE',
      'LOCAL_KEY_CADRE',
      'YOUNG_IN_SUCCESSION_POOL',
      'ACTIVE_ROTATION',
      'RETIRES_BEFORE_MINIMUM_ROTATION',
      'OUTSIDE_PLAN_PERIOD',
    ]);
    expect(result.message.vi).toBe(
      'Thuộc đối tượng luân chuyển: Giữ chức vụ tại một cơ quan, đơn vị liên tục 9 năm (từ 01/01/2009), từ 8 năm trở lên',
    );
  });

  it('is not a subject without any reason', () => {
    const result = eligibilityOn(
      cadreFacts({ assignments: [held('BT_VT', '2016-01-01')] }),
      registry,
      '2018-06-01',
    );
    expect(result).toMatchObject({ subject: false, decision: 'NO', reasons: [], blockers: [] });
    expect(result.message.vi).toBe('Không thuộc đối tượng luân chuyển: không đáp ứng tiêu chí nào');
  });

  it.each([
    [
      'an approved rotation covering the date',
      rotation({ status: 'APPROVED', startDate: '2018-01-01', plannedEndDate: '2021-01-01' }),
      true,
    ],
    [
      'a running rotation covering the date',
      rotation({ status: 'ACTIVE', startDate: '2016-06-01', plannedEndDate: '2019-06-01' }),
      true,
    ],
    [
      'a rotation that ended the day before',
      rotation({ status: 'COMPLETED', startDate: '2015-06-01', plannedEndDate: '2018-06-01' }),
      false,
    ],
    [
      'a proposed rotation',
      rotation({ status: 'PROPOSED', startDate: '2018-01-01', plannedEndDate: '2021-01-01' }),
      false,
    ],
    [
      'a cancelled rotation',
      rotation({ status: 'CANCELLED', startDate: '2018-01-01', plannedEndDate: '2021-01-01' }),
      false,
    ],
    [
      'an active rotation ended early before the date',
      rotation({
        status: 'ACTIVE',
        startDate: '2017-01-01',
        plannedEndDate: '2020-01-01',
        endDate: '2018-01-01',
      }),
      false,
    ],
  ])('is blocked by ACTIVE_ROTATION for %s: %s', (_case, onRotation, blocked) => {
    const result = eligibilityOn(
      longServing({}, { rotations: [onRotation] }),
      registry,
      '2018-06-01',
    );
    expect(result.subject).toBe(!blocked);
    expect(result.blockers.map((blocker) => blocker.rule)).toEqual(
      blocked ? ['ACTIVE_ROTATION'] : [],
    );
  });

  it('names the rotation it is blocked by', () => {
    const onRotation = rotation({
      status: 'ACTIVE',
      startDate: '2016-06-01',
      plannedEndDate: '2019-06-01',
    });
    const result = eligibilityOn(
      longServing({}, { rotations: [onRotation] }),
      registry,
      '2018-06-01',
    );
    expect(result.message.vi).toBe(
      'Không thuộc đối tượng luân chuyển: Đang trong đợt luân chuyển từ 01/06/2016 đến 31/05/2019',
    );
  });

  it.each([
    ['retiring after the last day of a 36-month rotation is not blocked', '2014-10-31', false],
    ['retiring on the last day of a 36-month rotation is not blocked', '2014-11-01', false],
    ['retiring the day before its last day is blocked', '2014-11-02', true],
  ])('RETIRES_BEFORE_MINIMUM_ROTATION: %s', (_case, asOf, blocked) => {
    // A man born 15/10/1957 retires at 60, on 31/10/2017.
    const facts = cadreFacts({
      cadre: { birthDate: '1957-10-15', birthYear: 1957 },
      assignments: [held('BT_VT', '2000-01-01')],
    });
    const result = eligibilityOn(facts, registry, asOf);
    expect(result.subject).toBe(!blocked);
    const blocker = result.evaluated.find(
      (finding) => finding.rule === 'RETIRES_BEFORE_MINIMUM_ROTATION',
    );
    expect(blocker).toMatchObject({
      decision: blocked ? 'YES' : 'NO',
      facts: { retirementDate: '2017-10-31', minMonths: 36 },
    });
  });

  it('says it cannot decide, naming the birth date, when retirement cannot be computed', () => {
    const result = eligibilityOn(
      longServing({ birthDate: null, birthYear: null }),
      registry,
      '2018-06-01',
    );
    expect(result).toMatchObject({ subject: false, decision: 'CANNOT_DECIDE' });
    expect(result.reasons.map((reason) => reason.rule)).toEqual(['LONG_TENURE']);
    expect(result.blockers).toMatchObject([
      { rule: 'FACTS_UNKNOWN', decision: 'CANNOT_DECIDE', missingFacts: ['birthDate'] },
    ]);
    expect(result.message).toEqual({
      vi: 'Chưa đủ căn cứ: chưa rõ ngày sinh',
      en: 'Cannot decide: birth date unknown',
    });
  });

  it('lets a holding reason outweigh a reason it cannot decide', () => {
    const result = eligibilityOn(longServing({ homeAreaId: null }), registry, '2018-06-01');
    expect(result).toMatchObject({ subject: true, decision: 'YES' });
    expect(result.undecided).toMatchObject([
      { rule: 'LOCAL_KEY_CADRE', missingFacts: ['homeArea'] },
    ]);
  });

  it('cannot decide when no reason holds and one is unknown', () => {
    const facts = cadreFacts({
      cadre: { homeAreaId: null },
      assignments: [held('BT_VT', '2016-01-01')],
    });
    const result = eligibilityOn(facts, registry, '2018-06-01');
    expect(result).toMatchObject({
      decision: 'CANNOT_DECIDE',
      blockers: [{ rule: 'FACTS_UNKNOWN', missingFacts: ['homeArea'] }],
    });
    expect(result.message.vi).toBe('Chưa đủ căn cứ: chưa rõ quê quán');
  });

  it('says no when a blocker holds, even with facts unknown', () => {
    const onRotation = rotation({
      status: 'ACTIVE',
      startDate: '2016-06-01',
      plannedEndDate: '2019-06-01',
    });
    const result = eligibilityOn(
      longServing({ birthDate: null, birthYear: null }, { rotations: [onRotation] }),
      registry,
      '2018-06-01',
    );
    expect(result.decision).toBe('NO');
    expect(result.blockers.map((blocker) => blocker.rule)).toEqual([
      'ACTIVE_ROTATION',
      'FACTS_UNKNOWN',
    ]);
  });

  it('cannot decide before any rotation rules were in force', () => {
    const result = eligibilityOn(longServing(), registry, '2001-06-01');
    expect(result).toMatchObject({
      decision: 'CANNOT_DECIDE',
      blockers: [{ missingFacts: ['ruleSet'] }],
    });
  });

  it('applies Plan 67-KH/TU only within its period, end of 2020 included', () => {
    expect(eligibilityOn(longServing(), registry, '2020-12-31', PLAN_67_CRITERIA)).toMatchObject({
      subject: true,
    });
    const after = eligibilityOn(longServing(), registry, '2021-01-01', PLAN_67_CRITERIA);
    expect(after.blockers.map((blocker) => blocker.rule)).toEqual(['OUTSIDE_PLAN_PERIOD']);
    expect(after.blockers[0]?.legalBasis?.document).toBe(
      'Kế hoạch số 67-KH/TU ngày 2/10/2017 của Ban Thường vụ Thành ủy Lạng Sơn',
    );
    expect(eligibilityOn(longServing(), registry, '2017-10-01', PLAN_67_CRITERIA).subject).toBe(
      false,
    );
  });

  it('evaluates only the reasons the plan names, with its own parameters', () => {
    const plan: RotationPlan = {
      id: 'plan-1',
      code: '12-KH/TU',
      title: 'Kế hoạch luân chuyển cán bộ trẻ',
      issuedOn: '2019-01-15',
      periodStart: '2019-01-15',
      periodEnd: '2020-12-31',
      targetCount: 10,
      criteria: { longTenureYears: 10, youngAgeLimit: 35, reasons: ['LONG_TENURE'] },
    };
    const criteria = planCriteriaSet(plan);
    expect(criteria).toMatchObject({
      effectiveFrom: '2019-01-15',
      effectiveTo: '2021-01-01',
      legalBasis: { document: 'Kế hoạch 12-KH/TU ngày 15/01/2019' },
    });
    const result = eligibilityOn(longServing(), registry, '2019-06-01', criteria, RULE_BOOK);
    expect(result.evaluated.map((finding) => finding.rule)).toEqual([
      'LONG_TENURE',
      'ACTIVE_ROTATION',
      'RETIRES_BEFORE_MINIMUM_ROTATION',
      'OUTSIDE_PLAN_PERIOD',
    ]);
    expect(result).toMatchObject({
      subject: true,
      reasons: [{ facts: { years: 10, requiredYears: 10 } }],
    });
  });

  it('uses the default criteria when no plan is named', () => {
    expect(eligibilityOn(longServing(), registry, '2030-01-01').criteria.legalBasis).toEqual(
      DEFAULT_CRITERIA.legalBasis,
    );
  });
});
