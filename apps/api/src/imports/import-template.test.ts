import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ImportKind } from './import-kind';
import { isTemplateExample, templateCsv, templateWorkbook } from './import-template';
import { readTable } from './read-table';

// The templates and data files: what a Board downloads reads back as the rows written.

const LONG = Array.from({ length: 40 }, (_, index) => ({
  value: `V${index}`,
  label: { vi: `Lựa chọn số ${index}`, en: `Choice ${index}` },
}));

const KIND: ImportKind = {
  name: 'units',
  sheetName: { vi: 'Đơn vị', en: 'Units' },
  key: ['name'],
  columns: [
    {
      key: 'name',
      header: { vi: 'Tên', en: 'Name' },
      type: 'text',
      required: true,
      example: 'Xã A',
    },
    { key: 'from', header: { vi: 'Từ ngày', en: 'From' }, type: 'date', example: '01/07/2025' },
    { key: 'to', header: { vi: 'Đến ngày', en: 'Until' }, type: 'lastDay', example: '' },
    { key: 'choice', header: { vi: 'Loại', en: 'Kind' }, type: 'enum', values: LONG, example: '' },
    { key: 'key', header: { vi: 'Chủ chốt', en: 'Key' }, type: 'boolean', example: 'Có' },
  ],
  apply: () => Promise.resolve([]),
  exportRows: () => Promise.resolve([]),
};

describe('import templates', () => {
  it('writes a bold, frozen header, text day cells and drop-down lists (long ones on a hidden sheet)', async () => {
    const bytes = await templateWorkbook(KIND, 'vi');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as never);
    const sheet = book.getWorksheet('Đơn vị');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('B2').value).toBe('01/07/2025');
    expect(sheet.getCell('B2').numFmt).toBe('@');
    expect(sheet.getCell('E2').dataValidation).toMatchObject({ formulae: ['"Có,Không"'] });
    expect(sheet.getCell('D500').dataValidation).toMatchObject({
      type: 'list',
      formulae: ["'Danh sách'!$D$1:$D$40"],
    });
    const lists = book.getWorksheet('Danh sách');
    expect(lists?.state).toBe('hidden');
    expect(lists?.getCell('D40').value).toBe('Lựa chọn số 39');
  });

  it('writes data rows that read back as the same values, last days as last days', async () => {
    const rows = [
      { name: 'Phường Đông Kinh', from: '2025-07-01', to: '2026-01-01', choice: 'V3', key: true },
      { name: '=SUM(A1)', from: null, to: null, choice: null, key: false },
    ];
    const csv = templateCsv(KIND, 'vi', rows);
    expect(csv).toContain('Phường Đông Kinh,01/07/2025,31/12/2025,Lựa chọn số 3,Có\r\n');
    for (const bytes of [await templateWorkbook(KIND, 'en', rows), new TextEncoder().encode(csv)]) {
      const table = await readTable(bytes, KIND, { maxRows: 10 });
      if (!table.ok) throw new Error(JSON.stringify(table.refusals));
      expect(table.rows.map((row) => row.cells['name'])).toEqual([
        'Phường Đông Kinh',
        expect.stringMatching(/=SUM\(A1\)$/),
      ]);
    }
  });

  it('knows the example row as the import reads it, and no row that differs in one cell', () => {
    const example = { name: 'Xã A', from: '2025-07-01', to: null, choice: null, key: true };
    expect(isTemplateExample(KIND, example)).toBe(true);
    // A column the file lacks reads empty, as the empty examples are.
    expect(isTemplateExample(KIND, { name: 'Xã A', from: '2025-07-01', key: true })).toBe(true);
    expect(isTemplateExample(KIND, { ...example, name: 'Xã B' })).toBe(false);
    expect(isTemplateExample(KIND, { ...example, to: '2026-01-01' })).toBe(false);
    expect(isTemplateExample(KIND, { ...example, key: false })).toBe(false);
  });
});
