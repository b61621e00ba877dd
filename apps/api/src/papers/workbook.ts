import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { isIsoDate, type IsoDate } from '@luanchuyen/domain';

// Workbooks for the papers under /export: a sheet holds a heading (title and a few lines that
// say what the table is), a bold header row that stays in view while scrolling, fixed column
// widths, and rows whose dates are real dates shown as dd/mm/yyyy, so a Board can sort and
// filter them in Excel. Written as a stream: rows go out as they are read, memory stays flat.

export type PaperColumn = {
  header: string;
  /** In characters, as Excel counts column widths. */
  width: number;
  /** 'date' cells take an IsoDate; 'integer' a whole number; 'text' wraps long lines. */
  kind: 'text' | 'date' | 'integer';
};

export type PaperCell = string | number | IsoDate | null;

export type TableSheetSpec = {
  /** The tab's name: at most 31 characters, none of []:*?/\ (Excel's rules). */
  name: string;
  title: string;
  /** Lines under the title: the filter in words, the date produced, counts… */
  lines: readonly string[];
  columns: readonly PaperColumn[];
};

export type TableSheetWriter = {
  addRow(cells: readonly PaperCell[]): void;
  /** Closes the sheet: no row may be added after it. */
  commit(): void;
};

const DATE_FORMAT = 'dd/mm/yyyy';
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;

/** A workbook that writes itself to `stream` (an HTTP response) as rows are committed. */
export function streamingWorkbook(stream: Writable): ExcelJS.stream.xlsx.WorkbookWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    // Shared strings would keep every distinct text in memory until the end.
    useSharedStrings: false,
  });
  workbook.created = new Date();
  return workbook;
}

/**
 * Excel stores a day as a number of days; exceljs converts a Date by its UTC time, so the day
 * is built at UTC midnight to read back as the same calendar day in every time zone.
 */
export function excelDate(date: IsoDate): Date {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
}

function cellValue(cell: PaperCell, column: PaperColumn): ExcelJS.CellValue {
  if (cell === null || cell === '') return null;
  if (column.kind === 'date' && typeof cell === 'string' && isIsoDate(cell)) return excelDate(cell);
  // Text is always a string cell: a value starting with "=" is never taken for a formula.
  return typeof cell === 'number' ? cell : cell.normalize('NFC');
}

/** Adds a sheet with its heading and header row; rows then go through the writer returned. */
export function tableSheet(workbook: ExcelJS.Workbook, spec: TableSheetSpec): TableSheetWriter {
  if (spec.name.length > 31 || SHEET_NAME_FORBIDDEN.test(spec.name)) {
    throw new Error(`Not a sheet name Excel accepts: ${spec.name}`);
  }
  // Title, the lines, a blank row, then the header, which stays in view.
  const headerRow = spec.lines.length + 3;
  const sheet = workbook.addWorksheet(spec.name, {
    views: [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1 },
  });
  sheet.columns = spec.columns.map((column) => ({
    width: column.width,
    style:
      column.kind === 'date'
        ? { numFmt: DATE_FORMAT, alignment: { vertical: 'top', horizontal: 'center' } }
        : column.kind === 'integer'
          ? { alignment: { vertical: 'top', horizontal: 'center' } }
          : { alignment: { vertical: 'top', wrapText: true } },
  }));
  const title = sheet.addRow([spec.title.normalize('NFC')]);
  title.font = { bold: true, size: 14 };
  title.commit();
  for (const line of spec.lines) {
    const row = sheet.addRow([line.normalize('NFC')]);
    row.font = { italic: true };
    row.commit();
  }
  sheet.addRow([]).commit();
  const header = sheet.addRow(spec.columns.map((column) => column.header.normalize('NFC')));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  header.commit();
  return {
    addRow(cells) {
      const row = sheet.addRow(
        spec.columns.map((column, index) => cellValue(cells[index] ?? null, column)),
      );
      row.commit();
    },
    commit() {
      sheet.commit();
    },
  };
}
