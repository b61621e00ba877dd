import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { graphql } from './harness';
import type { Writer } from './write-support';

// What the round-trip test reads from each server: every page of a list, with ids left out of
// the queries (records are named by their natural keys), in an order that does not depend on
// ids, so that two databases holding the same registry answer equal values.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function read(writer: Writer, query: string, variables = {}): Promise<any> {
  const { body } = await graphql(writer.server, query, variables, { cookie: writer.cookie });
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** Every node of a connection `field` (its query takes $after and selects `nodes`/`edges`). */
export async function everyPage(
  writer: Writer,
  field: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<unknown[]> {
  const all: unknown[] = [];
  let after: string | null = null;
  for (;;) {
    const data = await read(writer, query, { ...variables, after });
    const page = data[field];
    all.push(...(page.edges ?? page.nodes));
    if (!page.pageInfo.hasNextPage) return all;
    after = page.pageInfo.endCursor;
  }
}

/** The values in one canonical order: equal registries list equal things in equal order. */
export function canonical<T>(values: readonly T[]): T[] {
  return [...values].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

/** The first sheet's cells as text, row by row: what a file says, not how it was written. */
export async function sheetValues(bytes: Uint8Array): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error('the workbook has no sheet');
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column += 1) {
      cells.push(row.getCell(column).text);
    }
    rows.push(cells);
  });
  return rows;
}
