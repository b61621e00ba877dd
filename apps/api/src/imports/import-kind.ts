import type { IsoDate } from '@luanchuyen/domain';
import type { Database } from '@luanchuyen/db';
import type { Principal } from '../auth/principal';
import type { Language } from '../i18n/messages';
import type { Tx } from '../services/transaction';

// What one kind of import (areas, units, positions, cadres, …) tells the one import path
// (import-run.ts): its columns, the key that identifies a row, and how a batch of parsed rows
// is written through the same services as the API. The reader (read-table.ts) turns a file into
// rows of cells; the columns (import-columns.ts) turn cells into typed values; a kind only ever
// sees typed values, so every kind reads dates, end dates, enums and names the same way.

export const IMPORT_KINDS = [
  'areas',
  'units',
  'positions',
  'cadres',
  'assignments',
  'pool',
  'evaluations',
  'plans',
  'rotations',
] as const;
export type ImportKindName = (typeof IMPORT_KINDS)[number];

export type Bilingual = { vi: string; en: string };

export type ColumnType =
  /** Text, NFC-normalised and trimmed; empty is null. */
  | 'text'
  /** A day: dd/MM/yyyy text or an Excel date; the IsoDate. */
  | 'date'
  /**
   * The last day of a period as people write it ("đến 31/5/2021"); the value is the stored,
   * exclusive end (2021-06-01), and an export writes the last day back.
   */
  | 'lastDay'
  | 'year'
  | 'integer'
  | 'decimal'
  /** One of `values`: the value itself or its Vietnamese or English label. */
  | 'enum'
  /** Có/Không, x, TRUE/FALSE, 1/0; empty is null. */
  | 'boolean';

export type ColumnSpec = {
  /** The typed value's name in a row's `values`. */
  key: string;
  header: Bilingual;
  type: ColumnType;
  required?: boolean;
  /** For 'enum': the allowed values with their labels (the template's validation list). */
  values?: readonly { value: string; label: Bilingual }[];
  /** The template's example row. */
  example: string;
};

export type CellValue = string | number | boolean | IsoDate | null;

/** A row of the file with its typed values (null when the cell is empty). */
export type ParsedRow = {
  /** The row's number in the sheet as a spreadsheet shows it (the header row is above). */
  row: number;
  values: Readonly<Record<string, CellValue>>;
};

export type ImportError = {
  row: number;
  /** The column's header as the template writes it, in the caller's language; null: the row. */
  column: string | null;
  code: string;
  message: string;
};

/**
 * Why a kind refuses a row: `column` is the ColumnSpec key (the run turns it into the header
 * the caller reads), null for the row as a whole; the message in both languages, as services'
 * failures carry it.
 */
export type KindError = { column: string | null; code: string; message: Bilingual };

export type RowResult =
  | { row: number; result: 'created' | 'updated' | 'unchanged' }
  | { row: number; result: 'refused'; errors: readonly KindError[] };

/** A reference column's look-up (a cadre, a unit, a post named in the row). */
export type Found<T> = { ok: true; value: T } | { ok: false; error: KindError };

export type ImportContext = {
  actor: Principal;
  language: Language;
  today: IsoDate;
};

export type ImportKind = {
  name: ImportKindName;
  /** The sheet's name in the template and in the export. */
  sheetName: Bilingual;
  columns: readonly ColumnSpec[];
  /** The columns whose values identify a row: two rows of one file with equal keys are refused. */
  key: readonly string[];
  /**
   * Writes the rows, in file order, inside the import's transaction, through the services the
   * API uses (rules, audit events). A refused row is reported, not thrown: the import then
   * rolls the whole file back. Rows already written by an earlier import are 'unchanged'.
   */
  apply(tx: Tx, rows: readonly ParsedRow[], context: ImportContext): Promise<RowResult[]>;
  /**
   * The registry's rows of this kind as the same typed values apply() receives (a 'lastDay'
   * column holds the stored exclusive end; the file writer prints the last day), in an order
   * that imports (a parent before its children): written to a file and imported, unchanged.
   */
  exportRows(db: Database, language: Language): Promise<Record<string, CellValue>[]>;
};

/** A text value of a row, or null when its cell is empty (kinds read every name through this). */
export function cellText(value: CellValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value).normalize('NFC').trim();
  return text === '' ? null : text;
}
