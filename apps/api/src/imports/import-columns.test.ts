import { describe, expect, it } from 'vitest';
import { formatValue, parseCell, parseCells } from './import-columns';
import type { ColumnSpec } from './import-kind';

// Cells as Boards type them → the typed values every kind reads, and back.

const spec = (type: ColumnSpec['type'], extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
  key: 'value',
  header: { vi: 'Giá trị', en: 'Value' },
  type,
  example: '',
  ...extra,
});
const SEX = spec('enum', {
  values: [
    { value: 'MALE', label: { vi: 'Nam', en: 'Male' } },
    { value: 'FEMALE', label: { vi: 'Nữ', en: 'Female' } },
  ],
});

const valueOf = (cell: Parameters<typeof parseCell>[0], column: ColumnSpec) => {
  const parsed = parseCell(cell, column);
  return parsed.ok ? parsed.value : parsed.code;
};

describe('import columns', () => {
  it('reads days written dd/MM/yyyy, d/M/yyyy, ISO, as Excel dates and serials', () => {
    const date = spec('date');
    expect(valueOf('31/05/2021', date)).toBe('2021-05-31');
    expect(valueOf('1/6/2018', date)).toBe('2018-06-01');
    expect(valueOf('2018-06-01', date)).toBe('2018-06-01');
    expect(valueOf(new Date(Date.UTC(2021, 4, 31)), date)).toBe('2021-05-31');
    // A day written at local midnight in Vietnam (UTC+7) is still that day.
    expect(valueOf(new Date('2021-05-30T17:00:00Z'), date)).toBe('2021-05-31');
    expect(valueOf(44347, date)).toBe('2021-05-31');
  });

  it('refuses impossible days and years outside 1900–2100', () => {
    const date = spec('date');
    expect(valueOf('31/02/2021', date)).toBe('INVALID_DATE');
    expect(valueOf('29/02/2023', date)).toBe('INVALID_DATE');
    expect(valueOf('29/02/2024', date)).toBe('2024-02-29');
    expect(valueOf('01/01/1899', date)).toBe('INVALID_DATE');
    expect(valueOf('05/2021', date)).toBe('INVALID_DATE');
    expect(valueOf('1975', spec('year'))).toBe(1975);
    expect(valueOf(2101, spec('year'))).toBe('INVALID_YEAR');
  });

  it('stores a last day as the exclusive end and writes the last day back', () => {
    const lastDay = spec('lastDay');
    expect(valueOf('31/05/2021', lastDay)).toBe('2021-06-01');
    expect(valueOf('31/12/2024', lastDay)).toBe('2025-01-01');
    expect(formatValue('2021-06-01', lastDay, 'vi')).toBe('31/05/2021');
    expect(formatValue('2021-06-01', spec('date'), 'vi')).toBe('01/06/2021');
  });

  it('reads enums by value or label, in either language, with or without diacritics', () => {
    expect(valueOf('FEMALE', SEX)).toBe('FEMALE');
    expect(valueOf('nữ', SEX)).toBe('FEMALE');
    expect(valueOf('Nu', SEX)).toBe('FEMALE');
    expect(valueOf('Male', SEX)).toBe('MALE');
    expect(valueOf('Khác', SEX)).toBe('INVALID_VALUE');
    expect(formatValue('FEMALE', SEX, 'vi')).toBe('Nữ');
  });

  it('reads yes/no as Boards write it', () => {
    const flag = spec('boolean');
    for (const yes of ['Có', 'x', 'TRUE', '1', true, 1]) expect(valueOf(yes, flag)).toBe(true);
    for (const no of ['Không', 'false', '0', false, 0]) expect(valueOf(no, flag)).toBe(false);
    expect(valueOf('có lẽ', flag)).toBe('INVALID_BOOLEAN');
    expect(valueOf('', flag)).toBe(null);
  });

  it('normalises text to NFC, trims it, and keeps formula-looking text as text', () => {
    const text = spec('text');
    expect(valueOf('  Nguye\u0302\u0303n Văn An ', text)).toBe('Nguyễn Văn An');
    expect(valueOf('=HYPERLINK("http://x")', text)).toBe('=HYPERLINK("http://x")');
    // The apostrophe an export puts before such a text is dropped on the way back in.
    expect(valueOf("'=1+1", text)).toBe('=1+1');
    expect(valueOf('7,5', spec('decimal'))).toBe(7.5);
    expect(valueOf('3.2', spec('integer'))).toBe('INVALID_INTEGER');
  });

  it('names every bad or missing cell of a row at once', () => {
    const columns = [
      { ...spec('text'), key: 'name', required: true },
      { ...spec('date'), key: 'born' },
      { ...SEX, key: 'sex' },
    ];
    const { values, errors } = parseCells({ name: ' ', born: '30/02/1980', sex: 'Nam' }, columns);
    expect(values).toEqual({ sex: 'MALE' });
    expect(errors.map((error) => [error.column, error.code])).toEqual([
      ['name', 'REQUIRED'],
      ['born', 'INVALID_DATE'],
    ]);
    expect(errors[1]?.message.vi).toBe('"30/02/1980" không phải ngày hợp lệ (dd/MM/yyyy)');
  });
});
