import { addDays, compareDates } from '@luanchuyen/domain';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CRITERIA, PLAN_67_CRITERIA } from './eligibility-criteria';
import { RULE_BOOK } from './rule-book';
import { ruleSetInForce, type RuleSet } from './rule-sets';

const set = (code: string, effectiveFrom: string, effectiveTo: string | null): RuleSet<null> => ({
  code,
  title: { vi: code, en: code },
  effectiveFrom,
  effectiveTo,
  legalBasis: { document: code, clause: '' },
  params: null,
});

describe('choosing the rule set in force', () => {
  const sets = [set('OLD', '2010-01-01', '2020-01-01'), set('NEW', '2020-01-01', null)];

  it.each([
    ['the first day of a set is in force', '2010-01-01', 'OLD'],
    ['the day a set ends belongs to its successor', '2020-01-01', 'NEW'],
    ['the day before belongs to the old set', '2019-12-31', 'OLD'],
    ['an open set stays in force', '2090-01-01', 'NEW'],
    ['before every set nothing is in force', '2009-12-31', null],
  ])('%s', (_case, date, code) => {
    expect(ruleSetInForce(sets, date)?.code ?? null).toBe(code);
  });

  it('prefers the set that took effect last where periods overlap', () => {
    const overlapping = [
      set('LATER', '2015-01-01', null),
      set('EARLIER', '2010-01-01', null),
      set('LAST_LISTED', '2012-01-01', null),
    ];
    expect(ruleSetInForce(overlapping, '2016-01-01')?.code).toBe('LATER');
  });
});

describe('the shipped rule sets', () => {
  const editions = Object.entries(RULE_BOOK) as [string, readonly RuleSet<unknown>[]][];

  it.each(editions)(
    '%s: each set starts the day the one before ends, the last still in force',
    (_name, sets) => {
      sets.forEach((current, index) => {
        const next = sets[index + 1];
        if (next) expect(next.effectiveFrom).toBe(current.effectiveTo);
        else expect(current.effectiveTo).toBeNull();
        expect(
          compareDates(
            current.effectiveFrom,
            current.effectiveTo ?? addDays(current.effectiveFrom, 1),
          ),
        ).toBeLessThan(0);
      });
    },
  );

  it.each(
    [...editions.flatMap(([, sets]) => sets), DEFAULT_CRITERIA, PLAN_67_CRITERIA].map(
      (entry) => [entry.code, entry] as const,
    ),
  )('%s cites a document and a clause in Unicode NFC', (_code, entry) => {
    for (const text of [entry.legalBasis.document, entry.legalBasis.clause, entry.title.vi]) {
      expect(text.length).toBeGreaterThan(0);
      expect(text.normalize('NFC')).toBe(text);
    }
  });

  it('keeps the rotation parameters in data: 36 months and 10 years in every edition so far', () => {
    expect(RULE_BOOK.rotation.map((entry) => entry.params.minMonths)).toEqual(
      RULE_BOOK.rotation.map(() => 36),
    );
    expect(RULE_BOOK.remainingService.map((entry) => entry.params.minYears)).toEqual(
      RULE_BOOK.remainingService.map(() => 10),
    );
    expect(ruleSetInForce(RULE_BOOK.rotation, '2025-07-01')?.legalBasis.document).toContain(
      'Nghị định 170/2025/NĐ-CP',
    );
    expect(ruleSetInForce(RULE_BOOK.rotation, '2020-01-01')?.legalBasis.document).toContain(
      'Quy định 98-QĐ/TW ngày 7/10/2017',
    );
  });
});
