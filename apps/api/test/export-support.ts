import { expect } from 'vitest';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { pino } from 'pino';
import { loadConfig } from '../src/config';
import { createAppServer } from '../src/http/app';
import type { TestServer } from './harness';

// Reading the papers under /export back as their users' programs do: the workbook with
// exceljs, the CSV with papaparse; and a second server over the same database with another
// row limit, to test both sides of it without loading the data twice.

export type Paper = { status: number; headers: Headers; body: Buffer };

export async function getPaper(
  baseUrl: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<Paper> {
  const response = await fetch(`${baseUrl}${path}`, { headers });
  return {
    status: response.status,
    headers: response.headers,
    body: Buffer.from(await response.arrayBuffer()),
  };
}

export function errorOf(paper: Paper): { code: string; message: string } {
  expect(paper.headers.get('content-type')).toMatch(/^application\/json/);
  return (JSON.parse(paper.body.toString('utf8')) as { error: { code: string; message: string } })
    .error;
}

export async function workbookOf(paper: Paper): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs's typings predate Node's generic Buffer.
  await workbook.xlsx.load(paper.body as unknown as ArrayBuffer);
  return workbook;
}

/** The named sheet (or the first), failing the test when the workbook has none. */
export async function sheetOf(paper: Paper, name?: string): Promise<ExcelJS.Worksheet> {
  const workbook = await workbookOf(paper);
  const sheet = name === undefined ? workbook.worksheets[0] : workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name ?? ''} in the workbook`);
  return sheet;
}

/** The CSV's records, the header first; fails on a missing byte-order mark or a parse error. */
export function csvOf(paper: Paper): string[][] {
  const text = paper.body.toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** A cell's text, or its date as dd/mm/yyyy (exceljs reads dates back as UTC midnights). */
export function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value instanceof Date) {
    const day = String(value.getUTCDate()).padStart(2, '0');
    const month = String(value.getUTCMonth() + 1).padStart(2, '0');
    return `${day}/${month}/${value.getUTCFullYear()}`;
  }
  return value === null || value === undefined ? '' : String(value);
}

/** 2021-06-01 → 01/06/2021. */
export const viDay = (date: string | null) =>
  date === null ? '' : date.split('-').reverse().join('/');

/** The day before: a stored exclusive end as the last day people write. */
export function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** Another server over the same database, with its own row limit; close() stops only it. */
export async function serverWithLimit(
  server: TestServer,
  maxRows: number,
): Promise<{ baseUrl: string; close(): Promise<void> }> {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    EXPORT_MAX_ROWS: String(maxRows),
  });
  const running = await createAppServer(server.handle, config, pino({ level: 'silent' }));
  const port = await running.listen();
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) =>
        running.httpServer.close((error) => (error ? reject(error) : resolve())),
      ),
  };
}
