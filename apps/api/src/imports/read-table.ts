import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Bilingual, ColumnSpec, ImportKind } from './import-kind';
import { importMessages as m } from './import-messages';
import { decodeLegacyVietnamese, fixLegacyText } from './legacy-encoding';
import { screenZip, zipLimitsFor } from './zip-screen';

// An uploaded file as rows of cells keyed by the kind's columns, or why it cannot be read. The
// file is screened before any parser sees it: its kind is told by its first bytes (never by its
// name), a workbook's archive is inflated and counted first (zip-screen.ts), a CSV's encoding is
// decoded strictly (UTF-8, else the legacy TCVN3/VNI encodings Boards' old files are in). The
// table's header row is found among the first rows (a Board's sheet has titles above it), its
// columns matched to the kind's Vietnamese or English headers; other columns (STT, notes) are
// ignored. Cells come back as the file holds them: import-columns.ts types them.

export type Cell = string | number | boolean | Date | null;

export type TableRow = {
  /** The row's number as a spreadsheet shows it (CSV: the record's number, header = 1). */
  row: number;
  /** By ColumnSpec key; a column the file does not have is absent. */
  cells: Readonly<Record<string, Cell>>;
};

/** Why a file cannot be read: `column` is a ColumnSpec key when one column is to blame. */
export type TableRefusal = { code: string; message: Bilingual; column?: string };

export type TableShape = Pick<ImportKind, 'sheetName' | 'columns'>;

export type ReadTable =
  | {
      ok: true;
      format: 'xlsx' | 'csv';
      /** 'tcvn3' or 'vni' when legacy text was converted. */
      encoding: 'utf-8' | 'tcvn3' | 'vni';
      /** The header row's number. */
      headerRow: number;
      rows: TableRow[];
    }
  | { ok: false; refusals: TableRefusal[] };

export type ReadOptions = { maxRows: number };

/** The header row is looked for in this many rows from the top. */
const HEADER_SEARCH_ROWS = 20;

type SheetRow = { row: number; cells: Cell[] };
type Sheet = { rows: SheetRow[]; merges: readonly string[]; encoding: 'utf-8' | 'tcvn3' | 'vni' };

class Refused extends Error {
  readonly refusals: TableRefusal[];
  constructor(...refusals: TableRefusal[]) {
    super(refusals.map((refusal) => refusal.code).join(', '));
    this.refusals = refusals;
  }
}

const refuse = (code: string, message: Bilingual, column?: string): never => {
  throw new Refused(column === undefined ? { code, message } : { code, message, column });
};

export async function readTable(
  bytes: Uint8Array,
  shape: TableShape,
  options: ReadOptions,
): Promise<ReadTable> {
  try {
    const format = fileFormatOf(bytes);
    const sheet = format === 'xlsx' ? await workbookSheet(bytes, shape) : csvSheet(bytes);
    const { headerRow, columns } = headerOf(sheet.rows, shape.columns);
    const rows = tableRows(sheet, headerRow, columns);
    if (rows.length > options.maxRows) {
      refuse('TOO_MANY_ROWS', m.tooManyRows(rows.length, options.maxRows));
    }
    return { ok: true, format, encoding: sheet.encoding, headerRow, rows };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, refusals: error.refusals };
    throw error;
  }
}

// --- The kind of file, by its first bytes ---------------------------------------------------

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

function fileFormatOf(bytes: Uint8Array): 'xlsx' | 'csv' {
  if (bytes.length === 0) refuse('EMPTY_FILE', m.EMPTY_FILE);
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return 'xlsx';
  if (startsWith(bytes, OLE)) refuse('OLD_EXCEL_FORMAT', m.OLD_EXCEL_FORMAT);
  // Text has no control bytes but tab and line ends, in any of the encodings read here.
  const head = bytes.subarray(0, 64 * 1024);
  for (const byte of head) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) {
      refuse('UNSUPPORTED_FILE', m.UNSUPPORTED_FILE);
    }
  }
  return 'csv';
}

// --- Workbooks ------------------------------------------------------------------------------

async function workbookSheet(bytes: Uint8Array, shape: TableShape): Promise<Sheet> {
  const screened = await screenZip(bytes, zipLimitsFor(bytes.length));
  if (screened === 'UNSAFE_ARCHIVE') refuse('UNSAFE_ARCHIVE', m.UNSAFE_ARCHIVE);
  if (screened) refuse('NOT_A_WORKBOOK', m.NOT_A_WORKBOOK);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never,
    );
  } catch {
    refuse('NOT_A_WORKBOOK', m.NOT_A_WORKBOOK);
  }
  const worksheet = chosenSheet(workbook, shape);
  if (!worksheet) return refuse('EMPTY_SHEET', m.EMPTY_SHEET);
  const rows: SheetRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      cells[column - 1] = workbookCell(cell);
    });
    rows.push({ row: row.number, cells: Array.from(cells, (cell) => cell ?? null) });
  });
  const merges = (worksheet.model as { merges?: string[] }).merges ?? [];
  return fixLegacySheet(rows, merges);
}

const sheetKey = (name: string) => name.normalize('NFC').trim().toLowerCase();

/** The sheet named as the kind's (either language), else the first sheet with data. */
function chosenSheet(workbook: ExcelJS.Workbook, shape: TableShape): ExcelJS.Worksheet | undefined {
  const names = new Set([sheetKey(shape.sheetName.vi), sheetKey(shape.sheetName.en)]);
  const named = workbook.worksheets.find((sheet) => names.has(sheetKey(sheet.name)));
  if (named && named.actualRowCount > 0) return named;
  return workbook.worksheets.find((sheet) => sheet.actualRowCount > 0);
}

function workbookCell(cell: ExcelJS.Cell): Cell {
  // A merged range's other cells repeat its first cell's value: they hold nothing themselves.
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (value instanceof Date) return value;
  if ('formula' in value || 'sharedFormula' in value) {
    return refuse('FORMULA', m.formula(cell.address));
  }
  if ('error' in value) return refuse('CELL_ERROR', m.cellError(cell.address, String(value.error)));
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  // A hyperlink's shown text (exceljs may hold it as rich text too).
  if ('text' in value) {
    const text: unknown = value.text;
    if (typeof text === 'string') return text;
    const parts = (text as { richText?: { text: string }[] }).richText ?? [];
    return parts.map((part) => part.text).join('');
  }
  return refuse('CELL_ERROR', m.cellError(cell.address, '?'));
}

// A separator no legacy mapping touches: the sheet's texts are converted as one, so that the
// statistics that recognise TCVN3 or VNI see the whole sheet, not one short name.
const SEPARATOR = '\u001f';

/** Text cells typed in a .VnTime (TCVN3) or VNI font, converted when the sheet is in one. */
function fixLegacySheet(rows: SheetRow[], merges: readonly string[]): Sheet {
  const texts: { row: SheetRow; index: number }[] = [];
  for (const row of rows) {
    row.cells.forEach((cell, index) => {
      if (typeof cell === 'string' && cell !== '') texts.push({ row, index });
    });
  }
  const joined = texts.map(({ row, index }) => row.cells[index] as string).join(SEPARATOR);
  const fixed = fixLegacyText(joined);
  if (!fixed) return { rows, merges, encoding: 'utf-8' };
  const parts = fixed.text.split(SEPARATOR);
  texts.forEach(({ row, index }, position) => {
    const original = row.cells[index] as string;
    row.cells[index] =
      parts.length === texts.length
        ? (parts[position] ?? original)
        : (fixLegacyText(original)?.text ?? original);
  });
  return { rows, merges, encoding: fixed.encoding };
}

// --- CSV ------------------------------------------------------------------------------------

function csvSheet(bytes: Uint8Array): Sheet {
  const { text, encoding } = csvText(bytes);
  const parsed = Papa.parse<string[]>(text, {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: false,
  });
  const rows = parsed.data.map((fields, index) => ({
    row: index + 1,
    cells: fields.map((field) => (field === '' ? null : field)),
  }));
  return { rows, merges: [], encoding };
}

const BOM = [0xef, 0xbb, 0xbf];

function csvText(bytes: Uint8Array): { text: string; encoding: Sheet['encoding'] } {
  const body = startsWith(bytes, BOM) ? bytes.subarray(3) : bytes;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const legacy = decodeLegacyVietnamese(body);
    if (!legacy) return refuse('UNKNOWN_ENCODING', m.UNKNOWN_ENCODING);
    return { text: legacy.text.normalize('NFC'), encoding: legacy.encoding };
  }
  // Legacy text that went through a UTF-8 save ("Lˆng S¬n"): converted as well.
  const fixed = fixLegacyText(text);
  return fixed ? { text: fixed.text, encoding: fixed.encoding } : { text, encoding: 'utf-8' };
}

// --- The header row and the table -----------------------------------------------------------

/** Headers compare without case, spacing, Unicode form, a trailing "*" or ":". */
export function headerKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[*:]+\s*$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

function headerOf(
  rows: readonly SheetRow[],
  specs: readonly ColumnSpec[],
): { headerRow: number; columns: Map<number, string> } {
  const byHeader = new Map<string, string>();
  for (const spec of specs) {
    byHeader.set(headerKey(spec.header.vi), spec.key);
    byHeader.set(headerKey(spec.header.en), spec.key);
  }
  const required = specs.filter((spec) => spec.required);
  let best: { row: SheetRow; columns: Map<number, string> } | undefined;
  for (const row of rows.slice(0, HEADER_SEARCH_ROWS)) {
    const columns = new Map<number, string>();
    const seen = new Set<string>();
    row.cells.forEach((cell, index) => {
      if (typeof cell !== 'string') return;
      const key = byHeader.get(headerKey(cell));
      // The first of two columns with one header counts; the second is ignored.
      if (key && !seen.has(key)) {
        columns.set(index, key);
        seen.add(key);
      }
    });
    if (required.every((spec) => seen.has(spec.key)) && seen.size > 0) {
      return { headerRow: row.row, columns };
    }
    if (columns.size > (best?.columns.size ?? 0)) best = { row, columns };
  }
  if (rows.every((row) => row.cells.every(isBlank))) refuse('EMPTY_SHEET', m.EMPTY_SHEET);
  if (!best) {
    const names = required.map((spec) => `"${spec.header.vi}"`).join(', ');
    return refuse('HEADER_NOT_FOUND', m.headerNotFound(names));
  }
  // The row most like a header: every required column it lacks is named.
  const found = new Set(best.columns.values());
  throw new Refused(
    ...required
      .filter((spec) => !found.has(spec.key))
      .map((spec) => ({
        code: 'MISSING_COLUMN',
        message: m.missingColumn(spec.header.vi),
        column: spec.key,
      })),
  );
}

function isBlank(cell: Cell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

function tableRows(sheet: Sheet, headerRow: number, columns: Map<number, string>): TableRow[] {
  const rows = sheet.rows.filter((row) => row.row > headerRow);
  const lastRow = rows.at(-1)?.row ?? headerRow;
  for (const range of sheet.merges) {
    const [from, to] = rowSpanOf(range);
    if (to >= headerRow && from <= lastRow) refuse('MERGED_CELLS', m.mergedCells(range));
  }
  const table: TableRow[] = [];
  for (const row of rows) {
    if (row.cells.every(isBlank)) continue;
    const cells: Record<string, Cell> = {};
    for (const [index, key] of columns) cells[key] = row.cells[index] ?? null;
    // A row with data only in ignored columns (a total, a note under the table) is no record.
    if (Object.values(cells).every(isBlank)) continue;
    table.push({ row: row.row, cells });
  }
  return table;
}

/** The first and last row of a range such as "A1:C3". */
function rowSpanOf(range: string): [number, number] {
  const numbers = (range.match(/\d+/g) ?? []).map(Number);
  const from = numbers[0] ?? 0;
  return [from, numbers[1] ?? from];
}
