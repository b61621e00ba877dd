import { is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import * as tables from '@luanchuyen/db';
import { expect } from 'vitest';
import type { GraphQLBody, TestServer } from './harness';

// Verdicts of the bad-input corpus (QUALITY.md, Security) and the row counts that show nothing
// was written: every table @luanchuyen/db exports, so a new table is counted without an edit.

const allTables = Object.entries(tables).filter(([, value]) => is(value, PgTable)) as [
  string,
  PgTable,
][];

/** One statement for all the counts: the corpus takes them around every case. */
const countsStatement = sql.join(
  allTables.map(
    ([name, table]) => sql`(select count(*)::int from ${table}) as ${sql.identifier(name)}`,
  ),
  sql`, `,
);

export async function tableCounts(server: TestServer): Promise<Record<string, number>> {
  // Both drivers answer `{ rows }`; the shared type cannot say so.
  const result = await server.handle.db.execute(sql`select ${countsStatement}`);
  return { ...(result as unknown as { rows: Record<string, number>[] }).rows[0] };
}

export type Answer = { status: number; body: GraphQLBody & { error?: { code?: string } } };

/** A clear client fault: a 4xx with a code, or GraphQL errors none of which is a masked 500. */
export function expectNoFault(answer: Answer, label: string): void {
  expect(answer.status, label).toBeLessThan(500);
  const codes = (answer.body.errors ?? []).map((error) => error.extensions?.code);
  for (const code of codes) expect(code, label).toBeDefined();
  expect(codes, label).not.toContain('INTERNAL_SERVER_ERROR');
  if (answer.status >= 400 && codes.length === 0)
    expect(answer.body.error?.code, label).toBeDefined();
}

/** The payloads' userErrors, wherever the root fields put them. */
function userErrorsOf(body: GraphQLBody): unknown[] {
  return Object.values(body.data ?? {}).flatMap((payload) =>
    payload && typeof payload === 'object' && Array.isArray(payload.userErrors)
      ? payload.userErrors
      : [],
  );
}

/** Refused: a 4xx, a GraphQL error or a user error (the server took nothing in). */
export function isRefused(answer: Answer): boolean {
  return (
    answer.status >= 400 ||
    (answer.body.errors?.length ?? 0) > 0 ||
    userErrorsOf(answer.body).length > 0
  );
}

export function expectRefused(answer: Answer, label: string): void {
  expectNoFault(answer, label);
  expect(isRefused(answer), `${label}: ${JSON.stringify(answer.body).slice(0, 300)}`).toBe(true);
}

export async function expectAlive(server: TestServer): Promise<void> {
  expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
}

/** Reads a path out of response data. */
export function dig(data: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
    data,
  );
}
