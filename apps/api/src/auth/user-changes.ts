import { and, count, eq, isNull, ne } from 'drizzle-orm';
import type { Role } from '@luanchuyen/domain';
import { sessions, users, type Database } from '@luanchuyen/db';
import { audit } from '../services/audit';
import { reject, type Outcome } from '../services/outcome';
import { withTransaction, type Tx } from '../services/transaction';
import { expectRow, nextVersion, updated } from '../services/versioned';
import { hashPassword } from './passwords';
import type { Principal } from './principal';
import { forgetPrincipals } from './principal-cache';
import type { UserRow } from './users';

// An admin's changes to other users: role, disabling, a new password. Each is one transaction
// with its audit event. Disabling and a new password end the user's sessions, so a cookie
// signed in before stops working at once. The app must always keep an enabled admin: nobody
// demotes or disables their own admin account, nor the last enabled one.

export type UserChange = {
  id: string;
  expectedVersion?: number | null;
  role?: Role | null;
  disabled?: boolean | null;
  /** The body the user works for from now on; null: the top; left out: unchanged. */
  bodyId?: string | null;
};

type Field = 'role' | 'disabled';

/** The user to change; without an expected version, the version read is the one changed. */
async function currentUser(tx: Tx, id: string, expectedVersion?: number | null) {
  const [row] = await tx.select().from(users).where(eq(users.id, id)).limit(1);
  return expectRow(row, expectedVersion ?? row?.version ?? 0, 'userNotFound');
}

/** Refuses a change that would leave an enabled admin account fewer, when it may not. */
async function keepAnAdmin(tx: Tx, row: UserRow, actor: Principal, field: Field) {
  if (actor.kind === 'user' && actor.userId === row.id) {
    reject('OWN_ADMIN_ACCOUNT', 'ownAdminAccount', ['input', field]);
  }
  const [others] = await tx
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, 'ADMIN'), isNull(users.disabledAt), ne(users.id, row.id)));
  if (!others || others.n === 0) reject('LAST_ADMIN', 'lastAdmin', ['input', field]);
}

/** Ends every session of the user but the caller's own (resetting one's own password). */
function endSessions(tx: Tx, userId: string, actor: Principal) {
  const own = actor.kind === 'user' && actor.userId === userId ? actor.sessionId : null;
  return tx
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), own ? ne(sessions.id, own) : undefined));
}

const stateOf = (row: UserRow) => ({
  role: row.role,
  bodyUnitId: row.bodyUnitId,
  disabledAt: row.disabledAt?.toISOString() ?? null,
});

export function updateUser(
  db: Database,
  change: UserChange,
  actor: Principal,
  now: Date,
): Promise<Outcome<UserRow>> {
  // Serializable: two admins demoting each other at once must not both succeed.
  return withTransaction(
    db,
    async (tx) => {
      const row = await currentUser(tx, change.id, change.expectedVersion);
      const role = change.role ?? row.role;
      const disabled = change.disabled ?? row.disabledAt !== null;
      const bodyUnitId = change.bodyId === undefined ? row.bodyUnitId : change.bodyId;
      if (
        role === row.role &&
        disabled === (row.disabledAt !== null) &&
        bodyUnitId === row.bodyUnitId
      ) {
        return row;
      }
      const activeAdmin = row.role === 'ADMIN' && row.disabledAt === null;
      if (activeAdmin && (role !== 'ADMIN' || disabled)) {
        await keepAnAdmin(tx, row, actor, role !== 'ADMIN' ? 'role' : 'disabled');
      }
      const [next] = await tx
        .update(users)
        .set({
          role,
          bodyUnitId,
          disabledAt: disabled ? (row.disabledAt ?? now) : null,
          version: nextVersion(users.version),
        })
        .where(and(eq(users.id, row.id), eq(users.version, row.version)))
        .returning();
      const user = updated(next);
      if (disabled) await endSessions(tx, user.id, actor);
      await audit(tx, actor, [
        {
          action: 'user.update',
          recordType: 'User',
          recordId: user.id,
          before: stateOf(row),
          after: stateOf(user),
        },
      ]);
      return user;
    },
    { serializable: true },
    // A role or a disabled account must hold from the next request on, here at least.
  ).finally(forgetPrincipals);
}

export async function resetPassword(
  db: Database,
  change: { id: string; password: string },
  actor: Principal,
): Promise<Outcome<UserRow>> {
  const passwordHash = await hashPassword(change.password);
  return withTransaction(db, async (tx) => {
    const row = await currentUser(tx, change.id);
    const [next] = await tx
      .update(users)
      .set({ passwordHash, version: nextVersion(users.version) })
      .where(and(eq(users.id, row.id), eq(users.version, row.version)))
      .returning();
    const user = updated(next);
    await endSessions(tx, user.id, actor);
    // The hash is never written to the log: only that the password changed.
    await audit(tx, actor, [
      { action: 'user.resetPassword', recordType: 'User', recordId: user.id },
    ]);
    return user;
  }).finally(forgetPrincipals);
}
