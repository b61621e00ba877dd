import { eq } from 'drizzle-orm';
import type { Role } from '@luanchuyen/domain';
import { auditEvents, users, type Database } from '@luanchuyen/db';
import { decoyHash, hashPassword, verifyPassword } from './passwords';
import { auditActor, type Principal } from './principal';

export type UserRow = typeof users.$inferSelect;

/** The user when the credentials match an enabled account; null otherwise, in the same time. */
export async function verifyCredentials(
  db: Database,
  username: string,
  password: string,
): Promise<UserRow | null> {
  const [user] = await db.select().from(users).where(eq(users.username, username)).limit(1);
  const usable = user && !user.disabledAt ? user : null;
  const matches = await verifyPassword(password, usable?.passwordHash ?? (await decoyHash()));
  return usable && matches ? usable : null;
}

/** Creates a user; null when the username is taken. */
export async function createUser(
  db: Database,
  /** bodyId: the body the user works for (management scope); null or left out: the top. */
  input: { username: string; password: string; role: Role; bodyId?: string | null },
  actor: Principal | null,
): Promise<UserRow | null> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({
        username: input.username,
        passwordHash,
        role: input.role,
        bodyUnitId: input.bodyId ?? null,
      })
      .onConflictDoNothing({ target: users.username })
      .returning();
    if (!user) return null;
    await tx.insert(auditEvents).values({
      ...auditActor(actor),
      action: 'user.create',
      recordType: 'User',
      recordId: user.id,
      after: { username: user.username, role: user.role, bodyUnitId: user.bodyUnitId },
    });
    return user;
  });
}
