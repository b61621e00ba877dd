import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { entryOf, zipOf } from '../../test/import-hostile-files';
import type { ColumnSpec } from './import-kind';
import { readTable, type ReadTable } from './read-table';
import { screenZip } from './zip-screen';

// Files → rows of cells keyed by the kind's columns, and the screening in front of it.

const COLUMNS: ColumnSpec[] = [
  {
    key: 'name',
    header: { vi: 'Họ và tên', en: 'Full name' },
    type: 'text',
    required: true,
    example: '',
  },
  { key: 'born', header: { vi: 'Ngày sinh', en: 'Birth date' }, type: 'date', example: '' },
];
const SHAPE = { sheetName: { vi: 'Cán bộ', en: 'Cadres' }, columns: COLUMNS };
const read = (bytes: Uint8Array, maxRows = 100) => readTable(bytes, SHAPE, { maxRows });

async function workbook(build: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  build(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const codes = (result: ReadTable) => (result.ok ? [] : result.refusals.map((r) => r.code));

/** A one-entry zip whose central directory says `declaredSize`, whatever the entry holds. */
const oneEntryZip = (name: string, data: Buffer, declaredSize?: number) =>
  zipOf([entryOf(name, data, declaredSize)]);

describe('reading a table', () => {
  it('finds the header under a Board’s title rows, ignores other columns and blank rows', async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet('Cán bộ');
      sheet.addRow(['BAN TỔ CHỨC TỈNH ỦY']);
      sheet.mergeCells('A1:C1');
      sheet.addRow([]);
      sheet.addRow(['STT', ' HỌ VÀ  TÊN ', 'Ngày sinh']);
      sheet.addRow([1, 'Nguyễn Văn An', new Date(Date.UTC(1975, 2, 15))]);
      sheet.addRow([]);
      sheet.addRow([2, 'Lê Thị Hà', '01/02/1980']);
    });
    const result = await read(bytes);
    expect(result).toMatchObject({ ok: true, format: 'xlsx', headerRow: 3 });
    if (!result.ok) return;
    expect(result.rows).toEqual([
      { row: 4, cells: { name: 'Nguyễn Văn An', born: new Date(Date.UTC(1975, 2, 15)) } },
      { row: 6, cells: { name: 'Lê Thị Hà', born: '01/02/1980' } },
    ]);
  });

  it('refuses formulas naming the cell, and merged cells inside the table', async () => {
    const formula = await workbook((book) => {
      const sheet = book.addWorksheet('Cán bộ');
      sheet.addRow(['Họ và tên', 'Ngày sinh']);
      sheet.addRow(['An', '01/01/1980']);
      sheet.getCell('B3').value = { formula: 'B2+1', result: 1 };
    });
    const refused = await read(formula);
    expect(codes(refused)).toEqual(['FORMULA']);
    expect(refused.ok ? '' : refused.refusals[0]?.message.vi).toContain('Ô B3 chứa công thức');
    const merged = await workbook((book) => {
      const sheet = book.addWorksheet('Cán bộ');
      sheet.addRow(['Họ và tên', 'Ngày sinh']);
      sheet.addRow(['An', '01/01/1980']);
      sheet.addRow(['', '']);
      sheet.mergeCells('A2:A3');
    });
    expect(codes(await read(merged))).toEqual(['MERGED_CELLS']);
  });

  it('names a missing required column, and refuses empty sheets and too many rows', async () => {
    const missing = await workbook((book) => {
      book.addWorksheet('Cán bộ').addRows([
        ['STT', 'Ngày sinh'],
        [1, '01/01/1980'],
      ]);
    });
    const refused = await read(missing);
    expect(refused).toMatchObject({
      ok: false,
      refusals: [{ code: 'MISSING_COLUMN', column: 'name' }],
    });
    const empty = await workbook((book) => book.addWorksheet('Cán bộ'));
    expect(codes(await read(empty))).toEqual(['EMPTY_SHEET']);
    const csv = new TextEncoder().encode('Họ và tên\nA\nB\nC\n');
    expect(codes(await read(csv, 2))).toEqual(['TOO_MANY_ROWS']);
    expect((await read(csv, 3)).ok).toBe(true);
  });

  it('reads CSV with a BOM and semicolons, quoted fields and CRLF', async () => {
    const text = '\uFEFFHọ và tên;Ngày sinh;Ghi chú\r\n"Trần; Văn Bình";15/03/1975;x\r\n';
    const result = await read(new TextEncoder().encode(text));
    expect(result).toMatchObject({
      ok: true,
      format: 'csv',
      encoding: 'utf-8',
      rows: [{ row: 2, cells: { name: 'Trần; Văn Bình', born: '15/03/1975' } }],
    });
  });

  it('tells files by their bytes: old .xls, binaries and empty files are refused', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(codes(await read(ole))).toEqual(['OLD_EXCEL_FORMAT']);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(codes(await read(png))).toEqual(['UNSUPPORTED_FILE']);
    expect(codes(await read(new Uint8Array()))).toEqual(['EMPTY_FILE']);
    const notWorkbook = oneEntryZip('hello.txt', Buffer.from('xin chào'));
    expect(codes(await read(notWorkbook))).toEqual(['NOT_A_WORKBOOK']);
  });

  it('refuses a zip that inflates past its cap or lies about its size, before opening it', async () => {
    const zeros = Buffer.alloc(8 * 1024 * 1024);
    const bomb = oneEntryZip('xl/workbook.xml', zeros);
    expect(bomb.length).toBeLessThan(20_000);
    expect(await screenZip(bomb, { maxInflatedBytes: 1024 * 1024, maxEntries: 10 })).toBe(
      'UNSAFE_ARCHIVE',
    );
    // It declares 100 bytes and holds 8 MiB: refused while inflating, at the 101st byte.
    const liar = oneEntryZip('xl/workbook.xml', zeros, 100);
    expect(await screenZip(liar, { maxInflatedBytes: 1024 * 1024, maxEntries: 10 })).toBe(
      'UNSAFE_ARCHIVE',
    );
    expect(codes(await read(liar))).toEqual(['UNSAFE_ARCHIVE']);
    const honest = oneEntryZip('xl/workbook.xml', Buffer.from('<workbook/>'));
    expect(await screenZip(honest, { maxInflatedBytes: 1024, maxEntries: 10 })).toBe(null);
  });
});
