import { describe, expect, it } from 'vitest';
import {
  EMPTY_CADRE_FORM,
  readCadreForm,
  userErrorField,
  type CadreFormValues,
} from './cadre-form-values';

const TODAY = '2025-09-01';
const form = (changes: Partial<CadreFormValues>) => ({
  ...EMPTY_CADRE_FORM,
  fullName: 'Đinh Bằng Sơn',
  ...changes,
});

describe('reading the cadre form', () => {
  it.each([
    ['an empty name', { fullName: '' }, 'fullName', 'fullNameRequired'],
    ['a name of spaces only', { fullName: ' \t ' }, 'fullName', 'fullNameRequired'],
    ['a name of 101 letters', { fullName: 'ơ'.repeat(101) }, 'fullName', 'fullNameTooLong'],
    ['a cadre code of 41 characters', { code: 'Đ'.repeat(41) }, 'code', 'codeTooLong'],
    ['an impossible date', { birthDate: '1975-02-30' }, 'birthDate', 'birthDateInvalid'],
    ['a birth date before 1900', { birthDate: '1899-12-31' }, 'birthDate', 'birthDateRange'],
    ['a birth date after today', { birthDate: '2025-09-02' }, 'birthDate', 'birthDateRange'],
    ['a birth year before 1900', { birthYear: '1899' }, 'birthYear', 'birthYearRange'],
    ['a birth year after this year', { birthYear: '2026' }, 'birthYear', 'birthYearRange'],
    ['a fractional birth year', { birthYear: '1975.5' }, 'birthYear', 'birthYearRange'],
    ['notes of 501 characters', { notes: 'a'.repeat(501) }, 'notes', 'notesTooLong'],
  ] as const)('refuses %s', (_case, changes, field, key) => {
    const reading = readCadreForm(form(changes), TODAY);
    expect(reading.ok ? null : reading.problems[field]?.key).toBe(key);
  });

  it.each([
    [
      'a name of 100 NFD letters, counted once composed',
      { fullName: 'ệ'.normalize('NFD').repeat(100) },
    ],
    ['a birth date of today', { birthDate: TODAY }],
    ['a birth year of 1900', { birthYear: '1900' }],
  ] as const)('accepts %s', (_case, changes) => {
    expect(readCadreForm(form(changes), TODAY).ok).toBe(true);
  });

  it('leaves every unknown fact null rather than guessing', () => {
    expect(readCadreForm(form({}), TODAY)).toEqual({
      ok: true,
      facts: {
        fullName: 'Đinh Bằng Sơn',
        code: null,
        sex: null,
        birthDate: null,
        birthYear: null,
        homeAreaId: null,
        notes: null,
      },
    });
  });

  it('sends the cadre code trimmed, in NFC, and one of 40 characters', () => {
    const typed = readCadreForm(form({ code: ` ${'LS-Đ01'.normalize('NFD')} ` }), TODAY);
    expect(typed.ok && typed.facts.code).toBe('LS-Đ01'.normalize('NFC'));
    const longest = readCadreForm(form({ code: 'Đ'.repeat(40) }), TODAY);
    expect(longest.ok && longest.facts.code).toBe('Đ'.repeat(40));
  });

  it('ignores a typed birth year once a birth date is given', () => {
    const reading = readCadreForm(form({ birthDate: '1970-01-05', birthYear: '1890' }), TODAY);
    expect(reading.ok && reading.facts).toMatchObject({ birthDate: '1970-01-05', birthYear: null });
  });
});

describe('placing a userError', () => {
  it.each([
    [['input', 'fullName'], 'fullName'],
    [['input', 'homeAreaId'], 'homeAreaId'],
    [['input', 'successionPool', '0', 'termStart'], null],
    [['expectedVersion'], null],
    [null, null],
  ] as const)('puts %j beside %s', (path, field) => {
    expect(userErrorField(path)).toBe(field);
  });
});
