import { describe, expect, it } from 'vitest';
import { EMPTY_DOCUMENT } from '../../../components/forms/document-draft';
import {
  EMPTY_ASSIGNMENT_FORM,
  assignmentErrorField,
  readAssignmentForm,
  type AssignmentFormValues,
} from './assignment-form-values';

// A ward People's Committee formed by the 1/7/2025 merger.
const TAM_THANH = {
  id: 'pos-pct',
  label: 'Phó Chủ tịch UBND, UBND phường Tam Thanh',
  unitId: 'unit-tt',
  unitName: 'UBND phường Tam Thanh',
  unitValidFrom: '2025-07-01',
  unitValidTo: null,
};
const DECISION = {
  number: '15-QĐ/TU',
  issuedOn: '2025-06-28',
  issuer: 'Ban Thường vụ Tỉnh ủy',
  title: 'Chỉ định',
};
// The decision as the form holds it: no issuing unit picked.
const DRAFT = { ...DECISION, issuerUnit: null };
const form = (changes: Partial<AssignmentFormValues>): AssignmentFormValues => ({
  ...EMPTY_ASSIGNMENT_FORM,
  post: TAM_THANH,
  kind: 'APPOINTED',
  startDate: '2025-07-01',
  ...changes,
});
const ERRORS = 'assignments.form.errors';

describe('reading the assignment form', () => {
  it.each([
    ['no post', { post: null }, 'positionId', `${ERRORS}.postRequired`],
    [
      'a post before its unit existed',
      { startDate: '2025-06-30' },
      'positionId',
      `${ERRORS}.unitNotYetOpen`,
    ],
    [
      'a post of a unit gone by the start',
      { post: { ...TAM_THANH, unitValidFrom: '2002-10-17', unitValidTo: '2025-07-01' } },
      'positionId',
      `${ERRORS}.unitClosed`,
    ],
    ['no kind', { kind: '' }, 'kind', `${ERRORS}.kindRequired`],
    ['no start date', { startDate: '' }, 'startDate', `${ERRORS}.startRequired`],
    ['an impossible start date', { startDate: '2025-02-29' }, 'startDate', `${ERRORS}.dateInvalid`],
    ['an impossible last day', { lastDay: '2026-02-30' }, 'endDate', `${ERRORS}.dateInvalid`],
    [
      'a last day before the start',
      { lastDay: '2025-06-30' },
      'endDate',
      `${ERRORS}.lastDayBeforeStart`,
    ],
    [
      'a decision without its title',
      { decision: { ...DRAFT, title: '  ' } },
      'decision.title',
      'document.errors.required',
    ],
    [
      'a decision with an impossible date',
      { decision: { ...DRAFT, issuedOn: '2025-06-31' } },
      'decision.issuedOn',
      'document.errors.invalidDate',
    ],
    [
      'an issuer of 501 characters',
      { decision: { ...DRAFT, issuer: 'ư'.repeat(501) } },
      'decision.issuer',
      'document.errors.tooLong',
    ],
  ] as const)('refuses %s', (_case, changes, field, key) => {
    const reading = readAssignmentForm(form(changes));
    expect(reading.ok ? null : reading.problems[field]?.key).toBe(key);
  });

  it('sends a post still held with no end and no decision', () => {
    expect(readAssignmentForm(form({}))).toEqual({
      ok: true,
      facts: {
        positionId: 'pos-pct',
        kind: 'APPOINTED',
        startDate: '2025-07-01',
        endDate: null,
        decision: null,
      },
    });
  });

  it('sends a one-day post: a last day on the start is stored as ending the day after', () => {
    const reading = readAssignmentForm(form({ lastDay: '2025-07-01' }));
    expect(reading.ok && reading.facts.endDate).toBe('2025-07-02');
  });

  it('sends a whole decision trimmed and in NFC, and the stored end after the last day', () => {
    const reading = readAssignmentForm(
      form({
        lastDay: '2025-07-31',
        decision: { ...DRAFT, issuer: ` ${DECISION.issuer.normalize('NFD')} ` },
      }),
    );
    expect(reading.ok && reading.facts).toMatchObject({
      endDate: '2025-08-01',
      decision: DECISION,
    });
    // No unit picked: the decision names none.
    expect(reading.ok && reading.facts.decision).not.toHaveProperty('issuerUnitId');
  });

  it('sends the issuing unit picked beside the free-text issuer', () => {
    const issuerUnit = { id: 'unit-tu', name: 'Tỉnh ủy Lạng Sơn' };
    const reading = readAssignmentForm(form({ decision: { ...DRAFT, issuerUnit } }));
    expect(reading.ok && reading.facts.decision).toEqual({ ...DECISION, issuerUnitId: 'unit-tu' });
  });

  it('asks for the rest of a paper when only its issuing unit is picked', () => {
    const issuerUnit = { id: 'unit-tu', name: 'Tỉnh ủy Lạng Sơn' };
    const reading = readAssignmentForm(form({ decision: { ...EMPTY_DOCUMENT, issuerUnit } }));
    expect(reading.ok ? null : reading.problems['decision.number']?.key).toBe(
      'document.errors.required',
    );
  });
});

describe("placing the server's userErrors", () => {
  it.each([
    [['input', 'positionId'], 'positionId'],
    [['input', 'endDate'], 'endDate'],
    [['input', 'decision'], 'decision.number'],
    [['input', 'decision', 'issuer'], 'decision.issuer'],
    [['input', 'decision', 'issuerUnitId'], 'decision.issuerUnit'],
    [['input', 'cadreId'], null],
    [['expectedVersion'], null],
    [null, null],
  ] as const)('puts %j beside %j', (path, field) => {
    expect(assignmentErrorField(path)).toBe(field);
  });
});
