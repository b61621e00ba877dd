import type { ImportAnswer, RowOutcome } from '../api/send-import';

// The report's rows as the table shows them: one entry per row of the file, in file order,
// with its result and its errors. An error may name a row the kind never saw (a value the
// columns refused before the kind ran) or the file itself (row 0 or the header): such a row
// is refused too, so nothing the server said is left out of the table.

export type ReportError = { column: string | null; code: string; message: string };
export type ReportRow = { row: number; result: RowOutcome; errors: readonly ReportError[] };

export function reportRows(answer: Pick<ImportAnswer, 'rows' | 'errors'>): ReportRow[] {
  const byRow = new Map<number, { result: RowOutcome; errors: ReportError[] }>();
  for (const { row, result } of answer.rows) byRow.set(row, { result, errors: [] });
  for (const { row, column, code, message } of answer.errors) {
    const entry = byRow.get(row) ?? { result: 'refused' as const, errors: [] };
    entry.result = 'refused';
    entry.errors.push({ column, code, message });
    byRow.set(row, entry);
  }
  return [...byRow.entries()].sort(([a], [b]) => a - b).map(([row, entry]) => ({ row, ...entry }));
}

/** How many rows the table lists in full before only refused rows are shown. */
export const SHOWN_ROWS = 500;

/**
 * What the table draws for a large file: every refused row, and the first `limit` rows of
 * any result, so a 20,000-row preview stays a page a browser can draw.
 */
export function shownRows(rows: readonly ReportRow[], limit = SHOWN_ROWS): ReportRow[] {
  return rows.filter((row, index) => index < limit || row.result === 'refused');
}

/** The file's rows refused (row 0, the file as a whole, is not one of them). */
export function refusedCount(rows: readonly ReportRow[]): number {
  return rows.filter((row) => row.row > 0 && row.result === 'refused').length;
}
