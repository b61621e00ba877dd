import { sql } from 'drizzle-orm';
import { auditEvents } from '@luanchuyen/db';
import { auditActor, type Principal } from '../auth/principal';
import type { Tx } from './transaction';

// Every change writes its audit event in the same transaction (QUALITY.md, Reliability): who
// (null for the system, e.g. the demo loader), what, which record, before and after.

export type AuditEntry = {
  action: string;
  recordType: string;
  recordId: string;
  before?: unknown;
  after?: unknown;
};

/**
 * The key of the transaction-scoped advisory lock every write takes right before its audit
 * insert ("LCB_AUDT" in ASCII, so it cannot be mistaken for another lock of this database).
 *
 * Why: the change feed (read/changes.queries.ts) orders by audit id and hands out the last id
 * as its cursor. An identity value is allocated at insert, not at commit, so without this two
 * writers could commit out of id order: a poller would see id 11, keep it as its cursor, and
 * never see id 10 that committed a moment later. Holding this lock from the insert to the end
 * of the transaction makes writers take their ids one after the other, each only once the one
 * before it has committed (or rolled back), so ids follow commit order. Writers queue only
 * from their audit insert to their commit, so the queue is short; a writer waiting for the lock
 * while holding a row another needs is a deadlock PostgreSQL detects, and services/transaction.ts
 * retries it. Taken again by the same transaction, the lock is simply held once more.
 *
 * The sign-in, session and API-key events of auth/ are written without it: they are not in the
 * feed, so their order does not matter to it, and sign-ins should not queue behind writes. The
 * dataset generator (tools/dataset-generator) writes audit rows into a database nobody serves yet.
 */
export const AUDIT_ORDER_LOCK = 0x4c43425f41554454n;

export async function audit(
  tx: Tx,
  actor: Principal | null,
  entries: readonly AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  const who = auditActor(actor);
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_ORDER_LOCK.toString()}::bigint)`);
  await tx.insert(auditEvents).values(
    entries.map((entry) => ({
      ...who,
      action: entry.action,
      recordType: entry.recordType,
      recordId: entry.recordId,
      before: entry.before ?? null,
      after: entry.after ?? null,
    })),
  );
}
