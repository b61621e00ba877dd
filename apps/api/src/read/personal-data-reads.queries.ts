import { and, arrayContains, sql, type SQL } from 'drizzle-orm';
import { personalDataReads, type Database, type PersonalDataReadRow } from '@luanchuyen/db';
import type { PageRequest } from './page';
import { pageKeyset, pageOrder, type Keyset } from './keyset';

// The record of personal-data reads, newest first, keyset-paged on (occurred_at desc, id desc)
// as the audit log is: the cursor carries the instant in whole microseconds, since a JS Date
// keeps only milliseconds and two reads may share one.

const READS_KEYSET: Keyset = {
  columns: [personalDataReads.occurredAt, personalDataReads.id],
  direction: 'DESC',
};

/** A read with the exact instant of its cursor. */
export type PersonalDataReadPageRow = PersonalDataReadRow & { occurredMicros: number };

function readsCondition(cadreId: string | null): SQL | undefined {
  return cadreId === null ? undefined : arrayContains(personalDataReads.cadreIds, [cadreId]);
}

function beyondCursor(request: PageRequest): SQL | undefined {
  if (request.cursor === null) return undefined;
  const [micros, id] = request.cursor;
  const beyond = pageKeyset(READS_KEYSET, request).direction === 'DESC' ? sql`<` : sql`>`;
  return sql`(${personalDataReads.occurredAt}, ${personalDataReads.id}) ${beyond} (timestamptz 'epoch' + ${micros}::bigint * interval '1 microsecond', ${id}::uuid)`;
}

export async function personalDataReadPage(
  db: Database,
  cadreId: string | null,
  request: PageRequest,
): Promise<PersonalDataReadPageRow[]> {
  const rows = await db
    .select({
      read: personalDataReads,
      occurredMicros: sql<string>`(extract(epoch from ${personalDataReads.occurredAt}) * 1000000)::bigint::text`,
    })
    .from(personalDataReads)
    .where(and(readsCondition(cadreId), beyondCursor(request)))
    .orderBy(...pageOrder(READS_KEYSET, request))
    .limit(request.limit + 1);
  return rows.map((row) => ({ ...row.read, occurredMicros: Number(row.occurredMicros) }));
}

export async function countPersonalDataReads(
  db: Database,
  cadreId: string | null,
): Promise<number> {
  return db.$count(personalDataReads, readsCondition(cadreId));
}
