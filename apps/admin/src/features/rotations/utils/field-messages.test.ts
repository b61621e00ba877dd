import { describe, expect, it } from 'vitest';
import { formFieldOf } from './field-messages';

describe('placing a userError on the rotation form', () => {
  it.each([
    [['input', 'plannedEndDate'], 'plannedEndDate'],
    [['input', 'overrideDecision', 'title'], 'overrideDecision.title'],
    // The issuing unit is sent as issuerUnitId and picked in the paper's unit list.
    [['input', 'overrideDecision', 'issuerUnitId'], 'overrideDecision.issuerUnit'],
    // A paper refused as a whole is shown at its number.
    [['input', 'decision'], 'decision.number'],
    [['input', 'decision', 'issuerUnit'], null],
    [['input', 'overrideDecision', 'title', 'text'], null],
    [['input', 'cadreId', 'id'], null],
    [null, null],
  ] as const)('puts %j beside %j', (path, field) => {
    expect(formFieldOf(path)).toBe(field);
  });
});
