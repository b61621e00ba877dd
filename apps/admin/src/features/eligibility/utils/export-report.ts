import type { ReportRow } from './report-rows';

// CSV and XLSX of the report. Both libraries load only when the user exports, so they never
// weigh on the pages that do not.

export type Headers = Record<keyof ReportRow, string>;
const COLUMNS: readonly (keyof ReportRow)[] = ['fullName', 'birthYear', 'reason', 'explanation'];

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

export async function exportCsv(
  rows: readonly ReportRow[],
  headers: Headers,
  fileName: string,
): Promise<void> {
  const { default: Papa } = await import('papaparse');
  const csv = Papa.unparse({
    fields: COLUMNS.map((key) => headers[key]),
    data: rows.map((row) => COLUMNS.map((key) => row[key])),
  });
  // A byte-order mark so that Excel reads the Vietnamese letters as UTF-8.
  download(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }), fileName);
}

export async function exportXlsx(
  rows: readonly ReportRow[],
  headers: Headers,
  fileName: string,
): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const header = COLUMNS.map((key) => ({ value: headers[key], fontWeight: 'bold' as const }));
  const body = rows.map((row) => COLUMNS.map((key) => ({ type: String, value: row[key] })));
  await writeXlsxFile([header, ...body], {
    columns: [{ width: 30 }, { width: 10 }, { width: 40 }, { width: 80 }],
  }).toFile(fileName);
}
