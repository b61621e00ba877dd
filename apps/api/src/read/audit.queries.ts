import { and, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import { auditEvents, type AuditEventRow, type Database } from '@luanchuyen/db';
import type { PageRequest } from './page';
import { pageKeyset, pageOrder, type Keyset } from './keyset';

// The audit log, newest first: keyset pagination on (occurred_at desc, id desc), which the
// occurred_at index serves (read forwards, or backwards for a backward page). PostgreSQL keeps microseconds and a JS Date only milliseconds, so
// the cursor carries the instant as whole microseconds since the epoch: a millisecond cursor
// would skip the events later in the same millisecond.

export type AuditWhere = {
  record?: { type: string; id: string } | null;
  recordType?: string | null;
  actorUserId?: string | null;
  actorApiKeyId?: string | null;
  occurredFrom?: Date | null;
  occurredTo?: Date | null;
};

export const AUDIT_KEYSET: Keyset = {
  columns: [auditEvents.occurredAt, auditEvents.id],
  direction: 'DESC',
};

/** An audit event with the exact instant of its cursor. */
export type AuditPageRow = AuditEventRow & { occurredMicros: number };

function auditCondition(where: AuditWhere): SQL | undefined {
  return and(
    where.record ? eq(auditEvents.recordType, where.record.type) : undefined,
    where.record ? eq(auditEvents.recordId, where.record.id) : undefined,
    where.recordType ? eq(auditEvents.recordType, where.recordType) : undefined,
    where.actorUserId ? eq(auditEvents.actorUserId, where.actorUserId) : undefined,
    where.actorApiKeyId ? eq(auditEvents.actorApiKeyId, where.actorApiKeyId) : undefined,
    where.occurredFrom ? gte(auditEvents.occurredAt, where.occurredFrom) : undefined,
    where.occurredTo ? lte(auditEvents.occurredAt, where.occurredTo) : undefined,
  );
}

/** Rows beyond the cursor in the page's direction, compared at full microsecond precision. */
function beyondCursor(request: PageRequest): SQL | undefined {
  if (request.cursor === null) return undefined;
  const [micros, id] = request.cursor;
  // Older rows for a forward page of this newest-first list, newer ones for a backward page.
  const beyond = pageKeyset(AUDIT_KEYSET, request).direction === 'DESC' ? sql`<` : sql`>`;
  return sql`(${auditEvents.occurredAt}, ${auditEvents.id}) ${beyond} (timestamptz 'epoch' + ${micros}::bigint * interval '1 microsecond', ${id}::bigint)`;
}

export async function auditPage(
  db: Database,
  where: AuditWhere,
  request: PageRequest,
): Promise<AuditPageRow[]> {
  const rows = await db
    .select({
      event: auditEvents,
      occurredMicros: sql<string>`(extract(epoch from ${auditEvents.occurredAt}) * 1000000)::bigint::text`,
    })
    .from(auditEvents)
    .where(and(auditCondition(where), beyondCursor(request)))
    .orderBy(...pageOrder(AUDIT_KEYSET, request))
    .limit(request.limit + 1);
  return rows.map((row) => ({ ...row.event, occurredMicros: Number(row.occurredMicros) }));
}

export async function countAuditEvents(db: Database, where: AuditWhere): Promise<number> {
  return db.$count(auditEvents, auditCondition(where));
}
