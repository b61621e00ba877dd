import { and, eq, gt, isNull, lte, sql } from 'drizzle-orm';
import { auditEvents, sessions, users, type Database } from '@luanchuyen/db';
import { preparedOf } from '../read/prepared';
import type { Principal } from './principal';
import { forgetPrincipals } from './principal-cache';
import { newSecret, sha256Hex } from './tokens';

// Server-side sessions: the cookie carries a random token, the table keeps its hash and expiry.
// Signing out deletes the row, so a copied cookie stops working at once.

export async function openSession(
  db: Database,
  user: { id: string; username: string },
  ttlMs: number,
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newSecret('lcs');
  const expiresAt = new Date(now.getTime() + ttlMs);
  await db.transaction(async (tx) => {
    await tx
      .delete(sessions)
      .where(and(eq(sessions.userId, user.id), lte(sessions.expiresAt, now)));
    await tx.insert(sessions).values({ id: sha256Hex(token), userId: user.id, expiresAt });
    await tx.insert(auditEvents).values({
      actorUserId: user.id,
      action: 'session.open',
      recordType: 'User',
      recordId: user.id,
      after: { username: user.username, expiresAt: expiresAt.toISOString() },
    });
  });
  return { token, expiresAt };
}

export async function findSessionPrincipal(
  db: Database,
  token: string,
  now: Date,
): Promise<{ principal: Principal; expiresAt: Date } | null> {
  const sessionId = sha256Hex(token);
  // Every request asks this: prepared once per database (read/prepared.ts).
  const [row] = await preparedOf(db, 'lcb_session_principal', (d, name) =>
    d
      .select({
        userId: users.id,
        username: users.username,
        role: users.role,
        bodyId: users.bodyUnitId,
        expiresAt: sessions.expiresAt,
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(
        and(
          eq(sessions.id, sql.placeholder('sessionId')),
          gt(sessions.expiresAt, sql.placeholder('now')),
          isNull(users.disabledAt),
        ),
      )
      .limit(1)
      .prepare(name),
  ).execute({ sessionId, now: now.toISOString() });
  if (!row) return null;
  const { expiresAt, ...user } = row;
  return { principal: { kind: 'user', sessionId, ...user }, expiresAt };
}

/** Ends the session; false when there was none to end. */
export async function closeSession(
  db: Database,
  principal: Extract<Principal, { kind: 'user' }>,
): Promise<boolean> {
  // Forgotten whatever the outcome: the cookie must be refused from the next request on.
  return db
    .transaction(async (tx) => {
      const closed = await tx
        .delete(sessions)
        .where(eq(sessions.id, principal.sessionId))
        .returning({ id: sessions.id });
      if (closed.length === 0) return false;
      await tx.insert(auditEvents).values({
        actorUserId: principal.userId,
        action: 'session.close',
        recordType: 'User',
        recordId: principal.userId,
      });
      return true;
    })
    .finally(forgetPrincipals);
}
