import { describe, expect, it } from 'vitest';
import {
  AREAS,
  AREA_LINKS,
  cadreFacts,
  held,
  positionOf,
  UNITS,
  UNIT_LINKS,
} from '../test/fixtures';
import { facts as scenarioFacts, BASE_INPUT } from '../test/rotation-scenario';
import { rotationFactsFrom, type RotationFactsData } from './rotation-facts-data';
import { rotationVerdict } from './rotation-verdict';
import { RULE_BOOK } from './rule-book';
import { successorsOn } from './unit-standing';
import { registry } from '../test/fixtures';

// The one verdict checkRotation shows, rotationCreate enforces and rotationApprove re-asks.

const cited = { number: '123-QĐ/TU', issuer: 'Ban Thường vụ Thành ủy Lạng Sơn' };

describe('the verdict on a proposed rotation', () => {
  it('allows a rotation with no error, with its kind', () => {
    const verdict = rotationVerdict(BASE_INPUT, scenarioFacts({}));
    expect(verdict).toMatchObject({
      allowed: true,
      refusals: [],
      blocking: [],
      kind: { category: 'BETWEEN_GRASSROOTS', direction: 'LATERAL', rankChange: 'LATERAL' },
      message: { vi: 'Đủ điều kiện tạo đợt luân chuyển' },
    });
  });

  it('blocks a rotation with an error unless a decision is cited', () => {
    const input = { ...BASE_INPUT, plannedEndDate: '2021-05-31' };
    expect(rotationVerdict(input, scenarioFacts({}))).toMatchObject({
      allowed: false,
      blocking: [{ code: 'DURATION_TOO_SHORT' }],
    });
    expect(rotationVerdict(input, scenarioFacts({}), cited)).toMatchObject({
      allowed: true,
      blocking: [],
      decision: { overridden: [{ code: 'DURATION_TOO_SHORT' }] },
    });
  });

  it('stops a more senior post until a reason is given, and takes it with one', () => {
    const input = { ...BASE_INPUT, toPositionId: 'TB_BTC' };
    const higher = scenarioFacts({ to: 'TB_BTC' });
    const without = rotationVerdict(input, higher);
    expect(without).toMatchObject({
      allowed: false,
      blocking: [],
      reasonRequired: [{ code: 'HIGHER_RANK', severity: 'WARNING' }],
      message: { vi: 'Cần nêu lý do bố trí chức vụ cao hơn chức vụ đang đảm nhiệm' },
    });
    expect(rotationVerdict({ ...input, reason: '   ' }, higher).allowed).toBe(false);
    expect(rotationVerdict({ ...input, reason: 'Cán bộ xuất sắc' }, higher)).toMatchObject({
      allowed: true,
      reasonRequired: [],
      decision: { warnings: [{ code: 'HIGHER_RANK' }] },
    });
  });

  it('asks no reason of a post that is not more senior', () => {
    expect(rotationVerdict(BASE_INPUT, scenarioFacts({})).reasonRequired).toEqual([]);
  });

  it('refuses a cadre who holds no post on the start date, whatever is cited', () => {
    const verdict = rotationVerdict(BASE_INPUT, scenarioFacts({ from: null }), cited);
    expect(verdict).toMatchObject({
      allowed: false,
      kind: null,
      refusals: [{ code: 'NO_FROM_POSITION', field: 'fromPositionId' }],
    });
    expect(verdict.message.vi).toContain('không giữ chức vụ nào');
  });

  it('refuses a rotation whose kind cannot be told (a unit missing from the registry)', () => {
    const verdict = rotationVerdict(
      { ...BASE_INPUT, toPositionId: 'GHOST' },
      scenarioFacts({ to: 'GHOST' }),
      cited,
    );
    expect(verdict).toMatchObject({
      allowed: false,
      refusals: [{ code: 'CANNOT_CLASSIFY', field: 'startDate' }],
    });
  });

  it('cannot check rules dated apart when no set of them is in force', () => {
    const book = { ...RULE_BOOK, nonLocal: [], remainingService: [] };
    const verdict = rotationVerdict(BASE_INPUT, scenarioFacts({ to: 'BT_TU' }), null, book);
    expect(
      verdict.check.undecided
        .filter((entry) => entry.missingFacts.includes('ruleSet'))
        .map((e) => e.code),
    ).toEqual(['INSUFFICIENT_REMAINING_SERVICE', 'LOCAL_NATIVE_TO_NON_LOCAL_POST']);
  });
});

describe('the facts of a check as plain data (rotationCheckFacts)', () => {
  const data: RotationFactsData = {
    cadre: cadreFacts({
      assignments: [held('PTB_BTC', '2010-01-01', '2018-06-01'), held('BT_VT', '2018-06-01')],
    }),
    units: UNITS,
    unitLinks: UNIT_LINKS,
    areas: AREAS,
    areaLinks: AREA_LINKS,
    namedFromPosition: null,
    toPosition: positionOf('BT_MP'),
    toPositionAssignments: [],
    toPositionRotations: [],
  };

  it.each([
    ['the day before a new post, the post left is the old one', '2018-05-31', 'PTB_BTC'],
    ['from the first day of the new post, it is the new one', '2018-06-01', 'BT_VT'],
  ])('%s', (_case, startDate, from) => {
    expect(rotationFactsFrom(data, startDate).fromPosition?.id).toBe(from);
  });

  it('keeps the post the proposal names', () => {
    const named = { ...data, namedFromPosition: positionOf('CT_MTTQ') };
    expect(rotationFactsFrom(named, '2018-06-01').fromPosition?.id).toBe('CT_MTTQ');
  });

  it('follows the lineage the links describe', () => {
    const facts = rotationFactsFrom(data, '2018-06-01');
    expect(successorsOn(facts.registry.units, 'DU_CL').map((unit) => unit.id)).toEqual(['DU_LVT']);
    expect(successorsOn(registry.units, 'NO_SUCH_UNIT')).toEqual([]);
  });
});
