import { expect } from 'vitest';
import { auditEvents, cadres, type Database } from '@luanchuyen/db';
import type { IsoDate } from '@luanchuyen/domain';
import type { Principal } from '../src/auth/principal';
import type { Language } from '../src/i18n/messages';
import type { CellValue, ImportKind, KindError, RowResult } from '../src/imports/import-kind';
import { runImport, type ImportReport } from '../src/imports/import-run';
import { templateWorkbook } from '../src/imports/import-template';
import type { TestServer } from './harness';

// What the import tests share. Rows are written to a workbook by the template writer a Board
// downloads and imported through the one import path (runImport), so a test sees what a file
// does: typed cells, the in-file key, the kind, the commit or the roll-back. Uploads go to
// POST /import/{kind} as the admin app and scripts send them.

export const IMPORTER: Principal = {
  kind: 'program',
  name: 'import',
  osUser: 'tester',
  role: 'ADMIN',
};
export const TODAY = '2026-06-01' as IsoDate;

/** A row's result by the kind's column keys, with the report the import gave. */
export type ImportedRows = RowResult[] & { report: ImportReport };

export type ImportRowsOptions = { dryRun?: boolean; language?: Language; today?: IsoDate };

/**
 * Imports typed rows (by column key) as a workbook in the template's layout, the first row
 * below the header being row 2. A refusal's message is given in both languages: a refused file
 * writes nothing, so it is imported again in the other language to read it.
 */
export async function importRows(
  db: Database,
  kind: ImportKind,
  rows: readonly Readonly<Record<string, CellValue>>[],
  options: ImportRowsOptions = {},
): Promise<ImportedRows> {
  const language = options.language ?? 'vi';
  const other: Language = language === 'vi' ? 'en' : 'vi';
  const file = new Uint8Array(await templateWorkbook(kind, language, rows));
  const run = (lang: Language) =>
    runImport(db, kind, file, {
      dryRun: options.dryRun ?? false,
      actor: IMPORTER,
      language: lang,
      today: options.today ?? TODAY,
      maxRows: 50_000,
    });
  const report = await run(language);
  const whole = report.errors.filter((error) => error.row === 0);
  if (whole.length > 0) throw new Error(`the file was refused: ${JSON.stringify(whole)}`);
  const translated = report.errors.length > 0 ? (await run(other)).errors : [];

  const keyOf = (header: string | null) =>
    header === null
      ? null
      : (kind.columns.find((column) => column.header[language] === header)?.key ?? header);
  const results = report.rows.map((row): RowResult => {
    if (row.result !== 'refused') return { row: row.row, result: row.result };
    const errors = report.errors.flatMap((error, index): KindError[] => {
      if (error.row !== row.row) return [];
      const message = { [language]: error.message, [other]: translated[index]?.message ?? '' };
      return [
        {
          column: keyOf(error.column),
          code: error.code,
          message: message as KindError['message'],
        },
      ];
    });
    return { row: row.row, result: 'refused', errors };
  });
  return Object.assign(results, { report });
}

/** Each row's result word, or its refusal as `CODE@column`. */
export function outcomes(results: readonly RowResult[]): string[] {
  return results.map((result) =>
    result.result === 'refused'
      ? result.errors.map((error) => `${error.code}@${error.column ?? ''}`).join(',')
      : result.result,
  );
}

/**
 * Imports the rows, expects each row's outcome (`outcomes`' words) and one audit event for each
 * row created or updated, none for the others.
 */
export async function expectImported(
  db: Database,
  kind: ImportKind,
  rows: readonly Readonly<Record<string, CellValue>>[],
  expected: readonly string[],
): Promise<void> {
  const audits = await auditCount(db);
  expect(outcomes(await importRows(db, kind, rows))).toEqual(expected);
  const writes = expected.filter((word) => word === 'created' || word === 'updated').length;
  expect(await auditCount(db)).toBe(audits + writes);
}

/** Each row's result word, a refused row's too. */
export function resultWords(results: readonly RowResult[]): string[] {
  return results.map((result) => result.result);
}

/** The refusals of a result list, flattened. */
export function refusals(results: readonly RowResult[]): KindError[] {
  return results.flatMap((result) => (result.result === 'refused' ? result.errors : []));
}

/** Every column of the kind, null unless given: a row as a file with all columns reads. */
export function row(
  kind: ImportKind,
  values: Readonly<Record<string, CellValue>>,
): Record<string, CellValue> {
  return Object.fromEntries(kind.columns.map((column) => [column.key, values[column.key] ?? null]));
}

export function auditCount(db: Database): Promise<number> {
  return db.$count(auditEvents);
}

export type ImportAnswer = {
  status: number;
  // The report or the error: each test asserts the shape it expects.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
};

export async function upload(
  server: TestServer,
  path: string,
  file: Uint8Array | null,
  headers: Record<string, string> = {},
  fileName = 'tệp.xlsx',
): Promise<ImportAnswer> {
  const form = new FormData();
  if (file) form.append('file', new Blob([file]), fileName);
  const response = await fetch(`${server.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'x-requested-with': 'test', ...headers },
    body: form,
  });
  return { status: response.status, body: await response.json() };
}

export async function download(
  server: TestServer,
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; type: string | null; bytes: Uint8Array }> {
  const response = await fetch(`${server.baseUrl}${path}`, { headers });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    bytes: new Uint8Array(await response.arrayBuffer()),
  };
}

export async function writtenCounts(server: TestServer) {
  const { db } = server.handle;
  return { cadres: await db.$count(cadres), auditEvents: await auditCount(db) };
}
