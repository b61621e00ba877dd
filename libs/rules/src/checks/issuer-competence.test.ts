import { describe, expect, it } from 'vitest';
import { checkRotation } from '../rotation-checks';
import type { OverrideIssuerFacts } from './check-rule';
import { BASE_INPUT, facts } from '../../test/rotation-scenario';

// ISSUER_NOT_COMPETENT (Regulation 377-QĐ/TW of 2025): the override decision's issuing unit,
// judged against the body that managed the cadre on the day it was issued. The API reads
// `competent`; the rule turns it into the warning, its explanation, or an undecided check.

const issuer = (competent: boolean | null): OverrideIssuerFacts => ({
  issuerUnitId: 'u-issuer',
  issuerName: 'Đảng ủy xã Mai Pha',
  issuedOn: '2026-06-15',
  bodyUnitId: competent === null ? null : 'u-body',
  bodyName: competent === null ? null : 'Thành ủy Lạng Sơn',
  competent,
});

const outcomeWith = (overrideIssuer: OverrideIssuerFacts | null | undefined) =>
  checkRotation(BASE_INPUT, { ...facts({}), overrideIssuer }).results.find(
    (result) => result.code === 'ISSUER_NOT_COMPETENT',
  );

describe('ISSUER_NOT_COMPETENT', () => {
  it('warns when the issuer is neither the managing body nor one above it', () => {
    const result = outcomeWith(issuer(false));
    expect(result).toMatchObject({ decision: 'FAIL', severity: 'WARNING', field: 'cadreId' });
    expect(result?.message.vi).toBe(
      'Đảng ủy xã Mai Pha không phải cơ quan quản lý cán bộ (Thành ủy Lạng Sơn) hay cấp trên của cơ quan đó',
    );
    expect(result?.facts).toEqual({ issuerUnitId: 'u-issuer', bodyUnitId: 'u-body' });
    expect(result?.legalBasis).not.toBeNull();
  });

  it('passes a competent issuer, and a proposal citing no issuing unit', () => {
    expect(outcomeWith(issuer(true))).toMatchObject({ decision: 'PASS' });
    expect(outcomeWith(issuer(true))?.message.en).toBe(
      'Đảng ủy xã Mai Pha is competent for the cadre (managed by Thành ủy Lạng Sơn)',
    );
    expect(outcomeWith(null)).toMatchObject({ decision: 'PASS', facts: { issuerUnitId: null } });
    expect(outcomeWith(undefined)).toMatchObject({ decision: 'PASS' });
  });

  it('cannot decide when no body is known to manage the cadre on the decision day', () => {
    expect(outcomeWith(issuer(null))).toMatchObject({
      decision: 'CANNOT_DECIDE',
      missingFacts: ['managingBody'],
    });
  });
});
