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

export async function audit(
  tx: Tx,
  actor: Principal | null,
  entries: readonly AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  const who = auditActor(actor);
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
