import fc from 'fast-check';
import { addDays, ROTATION_STATUSES, VIOLATION_CODES } from '@luanchuyen/domain';
import { RULE_BOOK } from './rule-book';
import { ruleSetInForce } from './rule-sets';
import { describe, expect, it } from 'vitest';
import { POSITIONS, rotation } from '../test/fixtures';
import { check, holder } from '../test/rotation-scenario';

const WARNINGS = new Set<string>([
  'HIGHER_RANK',
  'INSUFFICIENT_REMAINING_SERVICE',
  'UNIT_CLOSES_DURING_ROTATION',
  'ISSUER_NOT_COMPETENT',
]);

describe('checks on a proposed rotation (PRODUCT.md rule 3, API.md checkRotation)', () => {
  it('passes a well-formed lateral move from a ward to a commune, and classifies it', () => {
    const result = check();
    expect(result.violations).toEqual([]);
    expect(result.undecided).toEqual([]);
    expect(result.results.map((entry) => entry.code)).toEqual([...VIOLATION_CODES]);
    expect(result.classification).toMatchObject({
      category: 'BETWEEN_GRASSROOTS',
      direction: 'LATERAL',
      rankChange: 'LATERAL',
    });
    expect(result.ruleSet?.code).toBe('REGULATION_98_2017');
  });

  it('cannot decide the checks that need the post left when the cadre holds none', () => {
    const result = check({ from: null });
    expect(result.undecided.map((entry) => entry.code)).toEqual(['SAME_UNIT', 'HIGHER_RANK']);
    expect(result.classification).toMatchObject({
      decision: 'CANNOT_DECIDE',
      missingFacts: ['fromPosition'],
    });
  });

  it.each([
    ['2016-06-01', 'RESOLUTION_11_2002'],
    ['2017-10-07', 'REGULATION_98_2017'],
    ['2022-04-27', 'REGULATION_98_2017'],
    ['2022-04-28', 'REGULATION_65_2022'],
    ['2025-06-30', 'REGULATION_65_2022'],
    ['2025-07-01', 'DECREE_170_2025'],
  ])('a rotation starting on %s is checked under %s', (startDate, code) => {
    const result = check({
      input: { startDate, plannedEndDate: addDays(startDate, 1200) },
      to: 'BT_TU_CB',
    });
    expect(result.ruleSet?.code).toBe(code);
    // Each check cites the set in force that day of the rules it applies.
    const inForce = [RULE_BOOK.rotation, RULE_BOOK.nonLocal, RULE_BOOK.remainingService].map(
      (sets) => ruleSetInForce<unknown>(sets, startDate)?.legalBasis.document,
    );
    for (const entry of result.results) expect(inForce).toContain(entry.legalBasis?.document);
  });

  it('cannot decide anything before any rotation rules were in force', () => {
    const result = check({ input: { startDate: '2001-06-01', plannedEndDate: '2004-06-01' } });
    expect(result.ruleSet).toBeNull();
    expect(result.undecided).toHaveLength(VIOLATION_CODES.length);
    expect(
      result.undecided.every(
        (entry) => entry.missingFacts.join() === 'ruleSet' && entry.legalBasis === null,
      ),
    ).toBe(true);
    expect(result.classification).toMatchObject({ decision: 'DECIDED', legalBasis: null });
    expect(
      check({ from: null, input: { startDate: '2001-06-01', plannedEndDate: '2004-06-01' } })
        .classification.legalBasis,
    ).toBeNull();
  });
});

describe('check invariants', () => {
  const positionIds = POSITIONS.map((position) => position.id);
  const dates = fc.integer({ min: 0, max: 11_000 }).map((days) => addDays('2000-01-01', days));
  const scenario = fc.record({
    from: fc.option(fc.constantFrom(...positionIds), { nil: null }),
    to: fc.constantFrom(...positionIds),
    start: dates,
    length: fc.integer({ min: -100, max: 2_000 }),
    home: fc.option(fc.constantFrom('HVT', 'QL', 'LVT', 'TP', 'LS', 'NOWHERE'), { nil: null }),
    birth: fc.option(fc.integer({ min: 1950, max: 1995 }), { nil: null }),
    sex: fc.option(fc.constantFrom('MALE' as const, 'FEMALE' as const), { nil: null }),
    other: fc.option(fc.record({ start: dates, status: fc.constantFrom(...ROTATION_STATUSES) })),
    holderFrom: fc.option(dates),
  });

  it('never both passes and fails a check: each code has exactly one answer', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const run = () =>
          check({
            from: s.from,
            to: s.to,
            cadre: {
              homeAreaId: s.home,
              birthDate: s.birth === null ? null : `${s.birth}-03-15`,
              birthYear: s.birth,
              sex: s.sex,
            },
            rotations: s.other
              ? [
                  rotation({
                    startDate: s.other.start,
                    plannedEndDate: addDays(s.other.start, 1096),
                    status: s.other.status,
                  }),
                ]
              : [],
            holders: s.holderFrom ? [holder('c2', s.holderFrom, null, s.to)] : [],
            input: { startDate: s.start, plannedEndDate: addDays(s.start, s.length) },
          });
        const result = run();
        expect(run()).toEqual(result);
        expect(result.results.map((entry) => entry.code)).toEqual([...VIOLATION_CODES]);
        const failed = new Set(result.violations.map((entry) => entry.code));
        const passed = result.results
          .filter((entry) => entry.decision === 'PASS')
          .map((entry) => entry.code);
        const unknown = new Set(result.undecided.map((entry) => entry.code));
        expect(passed.filter((code) => failed.has(code) || unknown.has(code))).toEqual([]);
        expect([...failed].filter((code) => unknown.has(code))).toEqual([]);
        expect(passed.length + failed.size + unknown.size).toBe(VIOLATION_CODES.length);
        for (const entry of result.results) {
          expect(entry.severity).toBe(WARNINGS.has(entry.code) ? 'WARNING' : 'ERROR');
          expect(entry.message.vi.normalize('NFC')).toBe(entry.message.vi);
        }
      }),
      { numRuns: 300 },
    );
  });
});
