import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { viDate } from '@luanchuyen/rules';
import { t, type Language } from '../i18n/messages';
import { CSV_BOM, csvRecord } from './csv';
import { PaperQueryError } from './paper-query';
import { streamingWorkbook, tableSheet, type PaperCell, type TableSheetSpec } from './workbook';

// A tabular paper (the rotation history, the eligibility list) written as XLSX or CSV from one
// description: the sheet's heading and columns, and the rows in batches as they are read.
// The XLSX carries the heading above the table; the CSV is the header row and the rows only,
// so that programs read it as the plain table it is.

export type TablePaper = {
  sheet: TableSheetSpec;
  /** The rows in the columns' order (STT first), batch by batch, as they are read. */
  batches: AsyncIterable<PaperCell[][]>;
};

export type PaperFormat = 'xlsx' | 'csv';

export const XLSX_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Refuses a paper of more than `max` rows before anything is written. `counted`: the count is
 * the filter's exact count, told to the caller; otherwise only "more than the limit" is known.
 */
export function refuseAbove(count: number, max: number, language: Language, counted = true): void {
  if (count <= max) return;
  const formatted = new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-US');
  const selected = counted ? ` (${formatted.format(count)})` : '';
  throw new PaperQueryError({
    status: 422,
    code: 'TOO_MANY_ROWS',
    message: `${t(language, 'exportTooManyRows')}: ${formatted.format(max)}${selected}`,
  });
}

async function writeXlsx(stream: Writable, paper: TablePaper): Promise<void> {
  const workbook = streamingWorkbook(stream);
  const sheet = tableSheet(workbook, paper.sheet);
  for await (const batch of paper.batches) {
    for (const cells of batch) sheet.addRow(cells);
  }
  sheet.commit();
  await workbook.commit();
}

function csvCell(cell: PaperCell, kind: TableSheetSpec['columns'][number]['kind']) {
  return kind === 'date' && typeof cell === 'string' ? viDate(cell) : cell;
}

async function writeCsv(stream: Writable, paper: TablePaper): Promise<void> {
  const { columns } = paper.sheet;
  const write = async (text: string) => {
    // Wait for a slow reader instead of buffering the whole file.
    if (!stream.write(text)) await once(stream, 'drain');
  };
  await write(CSV_BOM + csvRecord(columns.map((column) => column.header)));
  for await (const batch of paper.batches) {
    await write(
      batch
        .map((cells) =>
          csvRecord(columns.map((column, index) => csvCell(cells[index] ?? null, column.kind))),
        )
        .join(''),
    );
  }
  stream.end();
}

export function writeTablePaper(
  stream: Writable,
  paper: TablePaper,
  format: PaperFormat,
): Promise<void> {
  return format === 'xlsx' ? writeXlsx(stream, paper) : writeCsv(stream, paper);
}
