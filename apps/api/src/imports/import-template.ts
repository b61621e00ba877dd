import ExcelJS from 'exceljs';
import type { Language } from '../i18n/messages';
import { csvRecord, CSV_BOM } from '../papers/csv';
import { BOOLEAN_LABELS, formatValue, parseCells } from './import-columns';
import type { CellValue, ColumnSpec, ImportKind } from './import-kind';

// The files an import reads, written: a kind's template (the header row and an example row)
// and its data file (the registry's rows in the same layout, so that exporting and importing
// gives the registry back). A workbook's header row is bold and stays in view, enum and yes/no
// columns offer their values as a drop-down list, and day columns are TEXT cells written
// dd/MM/yyyy: a date Excel parsed itself would follow the computer's locale (5/6 as 6 May on
// an American setting), a text is read here the Vietnamese way.
//
// The example row, grey and italic under the header, is never imported: a Board's clerk adds
// rows below it or types over it, and a first row still equal to it (every cell as the example
// reads) is left out of the import without a word. A row the clerk changed in any cell is theirs.

/** The note on the example row's first cell, in the template's language. */
const EXAMPLE_NOTE = {
  vi: 'Dòng ví dụ: không được nhập. Gõ đè lên dòng này hoặc thêm dòng bên dưới.',
  en: 'Example row: it is not imported. Type over it or add rows below it.',
};

const LIST_SHEET = { vi: 'Danh sách', en: 'Lists' };
/** Excel's limit for a list written inline in a validation rule. */
const INLINE_LIST_LIMIT = 255;
/** The rows a template's drop-down lists cover below the header. */
const TEMPLATE_ROWS = 1000;
const TEXT_FORMAT = '@';

export type TemplateRows = 'example' | readonly Readonly<Record<string, CellValue | undefined>>[];

/** The rows to write, as file cells, in the columns' order. */
function fileRows(
  kind: ImportKind,
  rows: TemplateRows,
  language: Language,
): (string | number | null)[][] {
  if (rows === 'example') return [kind.columns.map((spec) => spec.example || null)];
  return rows.map((row) => kind.columns.map((spec) => formatValue(row[spec.key], spec, language)));
}

function choicesOf(spec: ColumnSpec, language: Language): string[] | null {
  if (spec.type === 'enum') return (spec.values ?? []).map((choice) => choice.label[language]);
  if (spec.type === 'boolean') {
    return [BOOLEAN_LABELS[language].true, BOOLEAN_LABELS[language].false];
  }
  return null;
}

function widthOf(spec: ColumnSpec, language: Language): number {
  const longest = Math.max(spec.header[language].length, spec.example.length);
  return Math.min(40, Math.max(12, longest + 2));
}

export async function templateWorkbook(
  kind: ImportKind,
  language: Language,
  rows: TemplateRows = 'example',
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(kind.sheetName[language], {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = kind.columns.map((spec) => ({
    key: spec.key,
    width: widthOf(spec, language),
    // Days and texts stay as typed: Excel neither turns them into dates nor drops leading zeros.
    style:
      spec.type === 'date' || spec.type === 'lastDay' || spec.type === 'text'
        ? { numFmt: TEXT_FORMAT }
        : {},
  }));
  const header = sheet.addRow(kind.columns.map((spec) => spec.header[language]));
  header.font = { bold: true };
  const body = fileRows(kind, rows, language);
  for (const cells of body) {
    const row = sheet.addRow(cells);
    if (rows === 'example') {
      row.font = { italic: true, color: { argb: 'FF666666' } };
      row.getCell(1).note = EXAMPLE_NOTE[language];
    }
  }

  const lastRow = 1 + Math.max(TEMPLATE_ROWS, body.length + TEMPLATE_ROWS);
  let lists: ExcelJS.Worksheet | undefined;
  kind.columns.forEach((spec, index) => {
    const choices = choicesOf(spec, language);
    if (!choices || choices.length === 0) return;
    const inline = `"${choices.join(',')}"`;
    let formula = inline;
    if (inline.length > INLINE_LIST_LIMIT || choices.some((choice) => choice.includes(','))) {
      // Too long (or holding a comma) for an inline list: the values go to a hidden sheet.
      lists ??= workbook.addWorksheet(LIST_SHEET[language], { state: 'hidden' });
      const listSheet = lists;
      const column = listSheet.getColumn(index + 1);
      choices.forEach((choice, at) => {
        listSheet.getCell(at + 1, index + 1).value = choice;
      });
      formula = `'${LIST_SHEET[language]}'!$${column.letter}$1:$${column.letter}$${choices.length}`;
    }
    const letter = sheet.getColumn(index + 1).letter;
    for (let row = 2; row <= lastRow; row++) {
      validationsOf(sheet).add(`${letter}${row}`, {
        type: 'list',
        allowBlank: true,
        formulae: [formula],
        showErrorMessage: true,
        errorTitle: spec.header[language],
        error: choices.join(', ').slice(0, 250),
      });
    }
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// exceljs has worksheet.dataValidations (one rule per cell, squeezed into ranges when written)
// but its typings leave it out.
type Validations = { add(address: string, validation: ExcelJS.DataValidation): void };
function validationsOf(sheet: ExcelJS.Worksheet): Validations {
  return (sheet as unknown as { dataValidations: Validations }).dataValidations;
}

/** UTF-8 with a byte-order mark (Excel reads the Vietnamese letters right), CRLF, RFC 4180. */
export function templateCsv(
  kind: ImportKind,
  language: Language,
  rows: TemplateRows = 'example',
): string {
  const lines = [csvRecord(kind.columns.map((spec) => spec.header[language]))];
  for (const cells of fileRows(kind, rows, language)) lines.push(csvRecord(cells));
  return CSV_BOM + lines.join('');
}

/** The example row as the import reads it (null when the examples do not read: no row is it). */
function exampleValuesOf(kind: ImportKind): Readonly<Record<string, CellValue>> | null {
  const cells = Object.fromEntries(kind.columns.map((spec) => [spec.key, spec.example || null]));
  const { values, errors } = parseCells(cells, kind.columns);
  return errors.length === 0 ? values : null;
}

/**
 * Whether a row's typed values are the template's example row, every column as the example
 * reads (a column the file lacks is empty, as an empty example is).
 */
export function isTemplateExample(
  kind: ImportKind,
  values: Readonly<Record<string, CellValue>>,
): boolean {
  const example = exampleValuesOf(kind);
  if (!example) return false;
  return kind.columns.every((spec) => (values[spec.key] ?? null) === (example[spec.key] ?? null));
}
