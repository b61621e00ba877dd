import { sql } from 'drizzle-orm';
import type { DbHandle } from '../database';
import { openDatabase, runMigrations } from '../open-database';
import { grantAppPrivileges, roleStandingOf } from './app-privileges';

// Several API processes may start at once; concurrent GRANTs on one object can fail with
// "tuple concurrently updated", so the grants after migrating are taken one process at a time.
const GRANT_LOCK_KEY = 7_150_231_002;

/**
 * Migrates through the owner's connection (MIGRATION_DATABASE_URL), then grants the role of
 * `appHandle` (DATABASE_URL) what it needs on whatever the migrations created.
 */
export async function migrateAsOwner(
  ownerUrl: string,
  appHandle: DbHandle,
  migrationsFolder?: string,
): Promise<{ owner: string; app: string }> {
  const ownerHandle = await openDatabase({ databaseUrl: ownerUrl, poolSize: 1 });
  try {
    await runMigrations(ownerHandle, migrationsFolder);
    const owner = (await roleStandingOf(ownerHandle.db)).role;
    const app = (await roleStandingOf(appHandle.db)).role;
    if (owner !== app) {
      await ownerHandle.db.transaction(async (tx) => {
        await tx.execute(sql`SELECT pg_advisory_xact_lock(${GRANT_LOCK_KEY})`);
        await grantAppPrivileges(tx, { owner, app });
      });
    }
    return { owner, app };
  } finally {
    await ownerHandle.close();
  }
}
