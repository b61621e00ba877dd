import { and, asc, eq, inArray, like, sql } from 'drizzle-orm';
import { apiKeys, auditEvents, users, type Database } from '@luanchuyen/db';

// A rotation's life read from its audit events (the append-only record every lifecycle write
// leaves, services/audit.ts): one statement for all the rotations of a page, oldest first, with
// the actor's name joined in so that a reader who may not list users still sees who acted.

export type RotationHistoryRow = {
  id: number;
  rotationId: string;
  /** rotation.create, rotation.approve, rotation.start, rotation.complete, rotation.cancel. */
  action: string;
  occurredAt: Date;
  actorUsername: string | null;
  actorApiKeyName: string | null;
  /** The outcome and the reason as stored after the change (null where the step sets none). */
  outcome: string | null;
  cancelReason: string | null;
};

export async function historiesOfRotations(
  db: Database,
  rotationIds: readonly string[],
): Promise<RotationHistoryRow[]> {
  const rows = await db
    .select({
      id: auditEvents.id,
      rotationId: auditEvents.recordId,
      action: auditEvents.action,
      occurredAt: auditEvents.occurredAt,
      actorUsername: users.username,
      actorApiKeyName: apiKeys.name,
      outcome: sql<string | null>`${auditEvents.after} ->> 'outcome'`,
      cancelReason: sql<string | null>`${auditEvents.after} ->> 'cancelReason'`,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .leftJoin(apiKeys, eq(apiKeys.id, auditEvents.actorApiKeyId))
    .where(
      and(
        eq(auditEvents.recordType, 'Rotation'),
        inArray(auditEvents.recordId, [...rotationIds]),
        like(auditEvents.action, 'rotation.%'),
      ),
    )
    .orderBy(asc(auditEvents.occurredAt), asc(auditEvents.id));
  return rows.flatMap((row) =>
    row.rotationId === null ? [] : [{ ...row, rotationId: row.rotationId }],
  );
}
