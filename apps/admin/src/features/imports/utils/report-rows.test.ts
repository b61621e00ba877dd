import { describe, expect, it } from 'vitest';
import { refusedCount, reportRows, shownRows, type ReportRow } from './report-rows';

describe('the report rows', () => {
  it('lists each row of the file once, in file order, with the errors of its columns', () => {
    const rows = reportRows({
      rows: [
        { row: 3, result: 'updated' },
        { row: 2, result: 'created' },
        { row: 4, result: 'refused' },
      ],
      errors: [
        { row: 4, column: 'Ngày sinh', code: 'INVALID_DATE', message: 'Ngày không hợp lệ.' },
        { row: 4, column: null, code: 'DUPLICATE_KEY', message: 'Trùng dòng 2.' },
      ],
    });
    expect(rows).toEqual([
      { row: 2, result: 'created', errors: [] },
      { row: 3, result: 'updated', errors: [] },
      {
        row: 4,
        result: 'refused',
        errors: [
          { column: 'Ngày sinh', code: 'INVALID_DATE', message: 'Ngày không hợp lệ.' },
          { column: null, code: 'DUPLICATE_KEY', message: 'Trùng dòng 2.' },
        ],
      },
    ]);
    expect(refusedCount(rows)).toBe(1);
  });

  it('keeps an error of a row the kind never saw, and one of the whole file, as refused rows', () => {
    const rows = reportRows({
      rows: [{ row: 2, result: 'created' }],
      errors: [
        { row: 5, column: 'Tên', code: 'REQUIRED', message: 'Thiếu giá trị.' },
        { row: 0, column: null, code: 'TOO_MANY_ROWS', message: 'Quá nhiều dòng.' },
      ],
    });
    expect(rows.map(({ row, result }) => [row, result])).toEqual([
      [0, 'refused'],
      [2, 'created'],
      [5, 'refused'],
    ]);
    // The file's own error refuses the file, not one more of its rows.
    expect(refusedCount(rows)).toBe(1);
  });

  it('marks a row refused when an error names it, whatever its result said', () => {
    const [row] = reportRows({
      rows: [{ row: 2, result: 'created' }],
      errors: [{ row: 2, column: 'Mã', code: 'CONFLICT', message: 'Đã có.' }],
    });
    expect(row?.result).toBe('refused');
  });

  it('shows every refused row of a large file, and only the first rows of the others', () => {
    const rows: ReportRow[] = Array.from({ length: 10 }, (_, index) => ({
      row: index + 2,
      result: index === 8 ? 'refused' : 'created',
      errors: [],
    }));
    expect(shownRows(rows, 3).map((row) => row.row)).toEqual([2, 3, 4, 10]);
    expect(shownRows(rows, 20)).toHaveLength(10);
  });
});
