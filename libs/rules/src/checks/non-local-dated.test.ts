import { addDays, addYears, endAfter } from '@luanchuyen/domain';
import { describe, expect, it } from 'vitest';
import { RULE_BOOK } from '../rule-book';
import { retirementDate } from '../retirement';
import { ruleSetInForce } from '../rule-sets';
import { outcome } from '../../test/rotation-scenario';

// The non-local rule and the remaining-service rule as dated data: which levels must go to a
// non-local on a date, and the one-term exception for a rotation made under that policy.

describe('the non-local requirement follows the rule set in force (LOCAL_NATIVE_TO_NON_LOCAL_POST)', () => {
  it.each([
    [
      'a commune post flagged non-local is not yet enforced the day before Directive 45-CT/TW',
      '2025-04-13',
      'PASS',
    ],
    ['it is enforced on the day the directive was issued', '2025-04-14', 'FAIL'],
    ['it is enforced the day after', '2025-04-15', 'FAIL'],
  ])('%s', (_rule, startDate, decision) => {
    const result = outcome(
      {
        cadre: { homeAreaId: 'MP' },
        to: 'BT_MP_NL',
        input: { startDate, plannedEndDate: addDays(startDate, 1100) },
      },
      'LOCAL_NATIVE_TO_NON_LOCAL_POST',
    );
    expect(result).toMatchObject({ decision });
  });

  it('says which rule did not yet cover the level', () => {
    const result = outcome(
      {
        cadre: { homeAreaId: 'MP' },
        to: 'BT_MP_NL',
        input: { startDate: '2025-04-13', plannedEndDate: '2028-04-13' },
      },
      'LOCAL_NATIVE_TO_NON_LOCAL_POST',
    );
    expect(result?.facts).toMatchObject({
      ruleSet: 'REGULATION_65_2022_NON_LOCAL',
      levels: ['PROVINCE', 'DISTRICT'],
    });
    expect(result?.message.vi).toContain('chưa có quy định');
  });

  it('cites the set in force: Regulation 65-QĐ/TW art. 4 for a district post in 2023', () => {
    const result = outcome(
      {
        cadre: { homeAreaId: 'HVT' },
        to: 'BT_TU',
        input: { startDate: '2023-01-01', plannedEndDate: '2026-01-01' },
      },
      'LOCAL_NATIVE_TO_NON_LOCAL_POST',
    );
    expect(result).toMatchObject({
      decision: 'FAIL',
      facts: { ruleSet: 'REGULATION_65_2022_NON_LOCAL' },
    });
    expect(result?.legalBasis?.document).toContain('Quy định 65-QĐ/TW');
  });

  it('names in data the titles each source lists, and what is to be confirmed', () => {
    for (const set of RULE_BOOK.nonLocal) expect(set.params.titles.length).toBeGreaterThan(0);
    expect(ruleSetInForce(RULE_BOOK.nonLocal, '2025-07-01')?.params.levels).toContain('COMMUNE');
    expect(ruleSetInForce(RULE_BOOK.nonLocal, '2025-07-01')?.params.toConfirm).not.toBeNull();
  });
});

describe('one term is enough for a rotation under the non-local policy (INSUFFICIENT_REMAINING_SERVICE)', () => {
  // Retirement computed by the rules; service counts through the retirement date.
  const cadre = { sex: 'MALE' as const, birthDate: '1963-06-10', birthYear: 1963 };
  const retired = retirementDate(cadre);
  const end = retired.decision === 'DECIDED' ? endAfter(retired.retirementDate) : '';
  const oneTermBefore = addYears(end, -5);

  it.each([
    [
      'into a post that must go to a non-local, exactly one term left passes',
      'BT_TU',
      oneTermBefore,
      'PASS',
      5,
    ],
    [
      'into that post, a day less than one term left is a warning',
      'BT_TU',
      addDays(oneTermBefore, 1),
      'FAIL',
      5,
    ],
    [
      'into another post, one term left is a warning (ten years needed)',
      'TB_BTC',
      oneTermBefore,
      'FAIL',
      10,
    ],
  ])('%s', (_rule, to, startDate, decision, requiredYears) => {
    const result = outcome(
      { cadre, to, input: { startDate, plannedEndDate: addDays(startDate, 1100) } },
      'INSUFFICIENT_REMAINING_SERVICE',
    );
    expect(result).toMatchObject({ decision, facts: { requiredYears } });
  });

  it('knows no such exception before Regulation 98-QĐ/TW (Resolution 11-NQ/TW)', () => {
    // A man born 10/06/1955 retired on 30/06/2015: five years left on 01/07/2010.
    const result = outcome(
      {
        cadre: { sex: 'MALE', birthDate: '1955-06-10', birthYear: 1955 },
        to: 'BT_TU',
        input: { startDate: '2010-07-01', plannedEndDate: '2013-07-01' },
      },
      'INSUFFICIENT_REMAINING_SERVICE',
    );
    expect(result).toMatchObject({
      decision: 'FAIL',
      facts: { requiredYears: 10, ruleSet: 'RESOLUTION_11_2002_SERVICE', nonLocalPolicy: false },
    });
  });

  it.each([
    ['2020-11-26', 'REGULATION_98_2017_SERVICE', 'Quy định 98-QĐ/TW'],
    ['2020-11-27', 'DECREE_138_2020_SERVICE', 'Nghị định 138/2020/NĐ-CP'],
    ['2025-06-30', 'DECREE_138_2020_SERVICE', 'Nghị định 138/2020/NĐ-CP'],
    ['2025-07-01', 'DECREE_170_2025_SERVICE', 'Nghị định 170/2025/NĐ-CP'],
  ])('a rotation starting on %s is weighed under %s', (startDate, code, document) => {
    const set = ruleSetInForce(RULE_BOOK.remainingService, startDate);
    expect(set?.code).toBe(code);
    expect(set?.legalBasis.document).toContain(document);
  });
});
