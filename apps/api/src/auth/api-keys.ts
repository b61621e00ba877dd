import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Role } from '@luanchuyen/domain';
import { apiKeys, auditEvents, type Database } from '@luanchuyen/db';
import { auditActor, type Principal } from './principal';
import { forgetPrincipals } from './principal-cache';
import { newSecret, sha256Hex } from './tokens';

// API keys for programs: the secret is returned once at creation and stored only as a hash.

export type ApiKeyRow = typeof apiKeys.$inferSelect;

export async function createApiKey(
  db: Database,
  /** personalData: may read personal data (Decree 13/2023/NĐ-CP); false unless granted. */
  /** bodyId: the body whose scope the key reads within; null or left out: the top. */
  input: { name: string; role: Role; personalData?: boolean; bodyId?: string | null },
  actor: Principal | null,
): Promise<{ apiKey: ApiKeyRow; secret: string }> {
  const secret = newSecret('lck');
  return db.transaction(async (tx) => {
    const [apiKey] = await tx
      .insert(apiKeys)
      .values({
        name: input.name,
        role: input.role,
        personalData: input.personalData ?? false,
        bodyUnitId: input.bodyId ?? null,
        secretHash: sha256Hex(secret),
        createdByUserId: auditActor(actor).actorUserId,
      })
      .returning();
    if (!apiKey) throw new Error('API key insert returned no row');
    await tx.insert(auditEvents).values({
      ...auditActor(actor),
      action: 'apiKey.create',
      recordType: 'ApiKey',
      recordId: apiKey.id,
      after: {
        name: apiKey.name,
        role: apiKey.role,
        personalData: apiKey.personalData,
        bodyUnitId: apiKey.bodyUnitId,
      },
    });
    return { apiKey, secret };
  });
}

/** Revokes a working key; null when there is no such key or it was already revoked. */
export async function revokeApiKey(
  db: Database,
  id: string,
  actor: Principal,
  now: Date,
): Promise<ApiKeyRow | null> {
  // Forgotten whatever the outcome: the key must be refused from the next request on.
  return db
    .transaction(async (tx) => {
      const [apiKey] = await tx
        .update(apiKeys)
        .set({ revokedAt: now })
        .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
        .returning();
      if (!apiKey) return null;
      await tx.insert(auditEvents).values({
        ...auditActor(actor),
        action: 'apiKey.revoke',
        recordType: 'ApiKey',
        recordId: apiKey.id,
        before: { revokedAt: null },
        after: { revokedAt: now.toISOString() },
      });
      return apiKey;
    })
    .finally(forgetPrincipals);
}

export async function findApiKeyPrincipal(db: Database, secret: string): Promise<Principal | null> {
  const [row] = await db
    .select({
      apiKeyId: apiKeys.id,
      name: apiKeys.name,
      role: apiKeys.role,
      personalData: apiKeys.personalData,
      bodyId: apiKeys.bodyUnitId,
    })
    .from(apiKeys)
    .where(and(eq(apiKeys.secretHash, sha256Hex(secret)), isNull(apiKeys.revokedAt)))
    .limit(1);
  return row ? { kind: 'apiKey', ...row } : null;
}

/** Whether the secret is that of a key an admin revoked (asked only of a refused key). */
export async function isRevokedApiKey(db: Database, secret: string): Promise<boolean> {
  const [row] = await db
    .select({ id: apiKeys.id })
    .from(apiKeys)
    .where(and(eq(apiKeys.secretHash, sha256Hex(secret)), isNotNull(apiKeys.revokedAt)))
    .limit(1);
  return row !== undefined;
}
