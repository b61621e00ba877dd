import { describe, expect, it } from 'vitest';
import { cadreFacts, positionOf, registry } from '../test/fixtures';
import type { RotationInput } from './checks/check-rule';
import { creationDecision, isCitedDecision } from './override';
import { checkRotation } from './rotation-checks';

function checked(input: Partial<RotationInput>, to = 'BT_MP') {
  return checkRotation(
    {
      cadreId: 'c1',
      toPositionId: to,
      startDate: '2018-06-01',
      plannedEndDate: '2021-06-01',
      ...input,
    },
    {
      cadre: cadreFacts(),
      registry,
      fromPosition: positionOf('BT_VT'),
      toPosition: positionOf(to),
      toPositionAssignments: [],
      toPositionRotations: [],
    },
  );
}

const decision = {
  number: '123-QĐ/TU',
  issuer: 'Ban Thường vụ Thành ủy Lạng Sơn',
  issuedOn: '2018-05-20',
};

describe('creating a rotation with violations (PRODUCT.md rule 3: overrides)', () => {
  it('allows a rotation without errors', () => {
    const result = creationDecision(checked({}));
    expect(result).toMatchObject({
      allowed: true,
      blocking: [],
      overridden: [],
      override: null,
      rule: 'OVERRIDE',
    });
    expect(result.message.vi).toBe('Đủ điều kiện tạo đợt luân chuyển');
  });

  it('blocks a rotation with an error when no decision is cited', () => {
    const result = creationDecision(checked({ plannedEndDate: '2021-05-31' }));
    expect(result).toMatchObject({ allowed: false, facts: { errors: ['DURATION_TOO_SHORT'] } });
    expect(result.blocking.map((violation) => violation.code)).toEqual(['DURATION_TOO_SHORT']);
    expect(result.legalBasis?.clause).toBe(
      'Trường hợp đặc biệt do cấp có thẩm quyền xem xét, quyết định',
    );
  });

  it('allows it when a competent authority’s decision is cited, and records what was overridden', () => {
    const result = creationDecision(checked({ plannedEndDate: '2021-05-31' }), decision);
    expect(result).toMatchObject({ allowed: true, blocking: [], override: decision });
    expect(result.overridden.map((violation) => violation.code)).toEqual(['DURATION_TOO_SHORT']);
    expect(result.message.vi).toBe(
      'Cho phép theo quyết định số 123-QĐ/TU của Ban Thường vụ Thành ủy Lạng Sơn, vượt 1 lỗi',
    );
  });

  it.each([
    ['a blank number', { number: '  ', issuer: 'Ban Thường vụ' }],
    ['a blank issuer', { number: '123-QĐ/TU', issuer: '' }],
    ['no decision', null],
    ['an absent decision', undefined],
  ])('does not accept %s as a cited decision', (_case, cited) => {
    expect(isCitedDecision(cited)).toBe(false);
    expect(creationDecision(checked({ plannedEndDate: '2021-05-31' }), cited).allowed).toBe(false);
  });

  it('never blocks on warnings, and does not record an override that was not needed', () => {
    const result = creationDecision(checked({}, 'TB_BTC'), decision);
    expect(result.warnings.map((violation) => violation.code)).toEqual(['HIGHER_RANK']);
    expect(result).toMatchObject({ allowed: true, override: null, overridden: [] });
  });

  it('has no legal basis to cite when no rotation rules were in force', () => {
    expect(
      creationDecision(checked({ startDate: '2001-01-01', plannedEndDate: '2004-01-01' }))
        .legalBasis,
    ).toBeNull();
  });
});
