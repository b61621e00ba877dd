import { describe, expect, it } from 'vitest';
import { readAnswer } from './send-import';

// The page draws only a report it could read whole: counts as numbers, each error with its
// row, column, code and message.

const REPORT = {
  kind: 'areas',
  dryRun: true,
  written: false,
  created: 2,
  updated: 0,
  unchanged: 1,
  rows: [
    { row: 2, result: 'created' },
    { row: 3, result: 'created' },
    { row: 4, result: 'unchanged' },
  ],
  errors: [],
};

describe('reading the import report', () => {
  it('reads the report the server answers', () => {
    expect(readAnswer(REPORT, true)).toEqual({
      dryRun: true,
      written: false,
      created: 2,
      updated: 0,
      unchanged: 1,
      rows: REPORT.rows,
      errors: [],
    });
  });

  it('reads the errors of a refused file, a column or none', () => {
    const answer = readAnswer(
      {
        ...REPORT,
        dryRun: false,
        errors: [
          { row: 3, column: 'Ngày thành lập', code: 'INVALID_DATE', message: 'Ngày không hợp lệ.' },
          { row: 4, column: null, code: 'DUPLICATE_KEY', message: 'Trùng với dòng 3.' },
        ],
      },
      false,
    );
    expect(answer?.errors.map((error) => error.column)).toEqual(['Ngày thành lập', null]);
    expect(answer?.written).toBe(false);
  });

  it('tells a written file from a preview when the server does not say', () => {
    const { written: _written, dryRun: _dryRun, ...bare } = REPORT;
    expect(readAnswer(bare, false)?.written).toBe(true);
    expect(readAnswer(bare, true)?.written).toBe(false);
  });

  it('refuses what is not a report', () => {
    expect(readAnswer(null, true)).toBeNull();
    expect(readAnswer({ error: { code: 'X', message: 'no' } }, true)).toBeNull();
    expect(readAnswer({ ...REPORT, created: '2' }, true)).toBeNull();
    expect(readAnswer({ ...REPORT, errors: [{ row: 2, message: 'no code' }] }, true)).toBeNull();
  });
});
