import { endAfter, lastDayOf, parseIsoDate, type IsoDate } from '@luanchuyen/domain';
import type { Bilingual, CellValue, ColumnSpec, KindError } from './import-kind';
import { importMessages as m } from './import-messages';
import type { Cell } from './read-table';

// A cell as the file holds it → the typed value a kind reads, by the column's type; and back,
// for the templates and the data files, so that what is written reads back the same. Every
// kind reads dates, last days, enums and yes/no the same way because they are read here.

export type ParsedValues = { values: Record<string, CellValue>; errors: KindError[] };

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** The row's typed values by column key, and one error per cell that cannot be read. */
export function parseCells(
  cells: Readonly<Record<string, Cell>>,
  columns: readonly ColumnSpec[],
): ParsedValues {
  const values: Record<string, CellValue> = {};
  const errors: KindError[] = [];
  for (const spec of columns) {
    const parsed = parseCell(cells[spec.key] ?? null, spec);
    if (!parsed.ok) {
      errors.push({ column: spec.key, code: parsed.code, message: parsed.message });
      continue;
    }
    if (parsed.value === null && spec.required) {
      errors.push({ column: spec.key, code: 'REQUIRED', message: m.required });
      continue;
    }
    values[spec.key] = parsed.value;
  }
  return { values, errors };
}

type Parsed = { ok: true; value: CellValue } | { ok: false; code: string; message: Bilingual };

const ok = (value: CellValue): Parsed => ({ ok: true, value });
const bad = (code: string, message: Bilingual): Parsed => ({ ok: false, code, message });

export function parseCell(cell: Cell, spec: ColumnSpec): Parsed {
  if (cell === null) return ok(null);
  if (typeof cell === 'string' && cell.trim() === '') return ok(null);
  const shown = shownText(cell);
  switch (spec.type) {
    case 'text':
      return ok(textOf(cell));
    case 'date': {
      const date = dateOf(cell);
      return date ? ok(date) : bad('INVALID_DATE', m.badDate(shown));
    }
    case 'lastDay': {
      const date = dateOf(cell);
      return date ? ok(endAfter(date)) : bad('INVALID_DATE', m.badDate(shown));
    }
    case 'year': {
      const year = integerOf(cell);
      return year !== null && year >= MIN_YEAR && year <= MAX_YEAR
        ? ok(year)
        : bad('INVALID_YEAR', m.badYear(shown));
    }
    case 'integer': {
      const value = integerOf(cell);
      return value === null ? bad('INVALID_INTEGER', m.badInteger(shown)) : ok(value);
    }
    case 'decimal': {
      const value = decimalOf(cell);
      return value === null ? bad('INVALID_DECIMAL', m.badDecimal(shown)) : ok(value);
    }
    case 'enum': {
      const value = enumOf(cell, spec);
      return value === null ? bad('INVALID_VALUE', m.badEnum(shown, enumChoices(spec))) : ok(value);
    }
    case 'boolean': {
      const value = booleanOf(cell);
      return value === null ? bad('INVALID_BOOLEAN', m.badBoolean(shown)) : ok(value);
    }
  }
}

function shownText(cell: Exclude<Cell, null>): string {
  if (cell instanceof Date) return formatDate(dayOfDate(cell));
  return String(cell).trim().slice(0, 100);
}

// CSV exports guard a text that a spreadsheet would run as a formula with an apostrophe
// (papers/csv.ts): reading it back drops the guard. Any other text is kept as written, and a
// formula-looking text is only ever stored as text.
const GUARDED_FORMULA = /^'(?=[=+\-@\t\r])/u;

function textOf(cell: Exclude<Cell, null>): string {
  if (cell instanceof Date) return formatDate(dayOfDate(cell));
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell).normalize('NFC').trim().replace(GUARDED_FORMULA, '');
}

// --- Dates ------------------------------------------------------------------------------------

const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u;
const YEAR_MONTH_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u;
const DAY_MS = 86_400_000;
// Excel's day 0 is 1899-12-30 (its day 60 is the 29 February 1900 that never was).
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A Date from a workbook is a day at (about) midnight UTC: rounded to the nearest day. */
function dayOfDate(date: Date): IsoDate {
  const days = Math.round(date.getTime() / DAY_MS);
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

function inYears(date: IsoDate | null): IsoDate | null {
  if (!date) return null;
  const year = Number(date.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR ? date : null;
}

export function dateOf(cell: Exclude<Cell, null>): IsoDate | null {
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? null : inYears(dayOfDate(cell));
  }
  if (typeof cell === 'number') {
    // An Excel serial day that was not formatted as a date.
    if (!Number.isInteger(cell) || cell < 1) return null;
    return inYears(new Date(EXCEL_EPOCH_MS + cell * DAY_MS).toISOString().slice(0, 10));
  }
  if (typeof cell !== 'string') return null;
  const text = cell.trim();
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) return inYears(isoOf(dmy[3], dmy[2], dmy[1]));
  const ymd = YEAR_MONTH_DAY.exec(text);
  if (ymd) return inYears(isoOf(ymd[1], ymd[2], ymd[3]));
  return null;
}

function isoOf(year = '', month = '', day = ''): IsoDate | null {
  return parseIsoDate(`${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`);
}

/** dd/MM/yyyy, as the templates and the papers write a day. */
export function formatDate(date: IsoDate): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

// --- Numbers ----------------------------------------------------------------------------------

function integerOf(cell: Exclude<Cell, null>): number | null {
  if (typeof cell === 'number') return Number.isSafeInteger(cell) ? cell : null;
  if (typeof cell !== 'string') return null;
  const text = cell.trim();
  return /^[+-]?\d{1,15}$/u.test(text) ? Number(text) : null;
}

function decimalOf(cell: Exclude<Cell, null>): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (typeof cell !== 'string') return null;
  // Vietnamese writes the decimal comma: "7,5".
  const text = cell.trim().replace(',', '.');
  return /^[+-]?\d{1,15}(\.\d+)?$/u.test(text) ? Number(text) : null;
}

// --- Enums and yes/no -------------------------------------------------------------------------

/** Lower case, NFC, spacing collapsed. */
function plain(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** Also without diacritics (đ → d): "Nu" finds "Nữ" when no other label folds the same. */
function folded(text: string): string {
  return plain(text).normalize('NFD').replace(/\p{M}/gu, '').replaceAll('đ', 'd');
}

function enumOf(cell: Exclude<Cell, null>, spec: ColumnSpec): string | null {
  const text = textOf(cell);
  const choices = spec.values ?? [];
  const names = (choice: (typeof choices)[number]) => [
    choice.value,
    choice.label.vi,
    choice.label.en,
  ];
  const exact = choices.filter((choice) =>
    names(choice).some((name) => plain(name) === plain(text)),
  );
  if (exact.length === 1) return exact[0]?.value ?? null;
  const loose = choices.filter((choice) =>
    names(choice).some((name) => folded(name) === folded(text)),
  );
  return loose.length === 1 ? (loose[0]?.value ?? null) : null;
}

function enumChoices(spec: ColumnSpec): string {
  return (spec.values ?? []).map((choice) => choice.label.vi).join(', ');
}

const TRUE_WORDS = new Set(['có', 'co', 'x', 'true', 'yes', 'đúng', '1', 'c']);
const FALSE_WORDS = new Set(['không', 'khong', 'false', 'no', 'sai', '0', 'k']);

function booleanOf(cell: Exclude<Cell, null>): boolean | null {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : null;
  const text = plain(textOf(cell));
  if (TRUE_WORDS.has(text)) return true;
  if (FALSE_WORDS.has(text)) return false;
  return null;
}

// --- Writing values back ----------------------------------------------------------------------

/** The labels a yes/no column is written with, and offered in the template's list. */
export const BOOLEAN_LABELS = {
  vi: { true: 'Có', false: 'Không' },
  en: { true: 'Yes', false: 'No' },
} as const;

/**
 * A typed value as a file cell: days dd/MM/yyyy (a last day from its stored exclusive end),
 * an enum by its label, yes/no in words; numbers stay numbers.
 */
export function formatValue(
  value: CellValue | undefined,
  spec: ColumnSpec,
  language: 'vi' | 'en',
): string | number | null {
  if (value === null || value === undefined || value === '') return null;
  switch (spec.type) {
    case 'date':
      return typeof value === 'string' ? formatDate(value) : String(value);
    case 'lastDay':
      return typeof value === 'string' ? formatDate(lastDayOf(value)) : String(value);
    case 'enum': {
      const choice = spec.values?.find((item) => item.value === value);
      return choice ? choice.label[language] : String(value);
    }
    case 'boolean':
      return BOOLEAN_LABELS[language][value ? 'true' : 'false'];
    case 'year':
    case 'integer':
    case 'decimal':
      return typeof value === 'number' ? value : Number(value);
    case 'text':
      return String(value);
  }
}
