import type { Logger } from 'pino';
import {
  databaseErrorOf,
  migrateAsOwner,
  roleStandingOf,
  runMigrations,
  type DbHandle,
} from '@luanchuyen/db';

// README, "Running on PostgreSQL with separate roles": with MIGRATION_DATABASE_URL the owner
// migrates and grants, and the server runs as a role that cannot rewrite the audit trail.

/** Applies the migrations as the owner when its URL is given, else through the server's handle. */
export async function migrate(
  handle: DbHandle,
  migrationDatabaseUrl: string | undefined,
  migrationsFolder: string | undefined,
  logger: Logger,
): Promise<void> {
  if (handle.engine !== 'postgres' || !migrationDatabaseUrl) {
    try {
      await runMigrations(handle, migrationsFolder);
    } catch (error) {
      // 42501 insufficient_privilege: DATABASE_URL is a role without ownership, set up by
      // `npm run db:roles`, and nobody said who migrates.
      if (databaseErrorOf(error)?.code !== '42501') throw error;
      throw new Error(
        `DATABASE_URL's role may not migrate the database (${databaseErrorOf(error)?.message}): set MIGRATION_DATABASE_URL to the owner role's URL (README, "Running on PostgreSQL with separate roles")`,
        { cause: error },
      );
    }
    return;
  }
  const roles = await migrateAsOwner(migrationDatabaseUrl, handle, migrationsFolder);
  logger.info(roles, 'migrated as the owner role and granted the server role');
}

/** Warns when the server's role could alter or empty the audit table. The embedded engine has one role. */
export async function warnIfPrivilegedRole(handle: DbHandle, logger: Logger): Promise<void> {
  if (handle.engine !== 'postgres') return;
  const standing = await roleStandingOf(handle.db);
  if (!standing.superuser && !standing.ownsTables) return;
  logger.warn(
    { role: standing.role, superuser: standing.superuser, ownsTables: standing.ownsTables },
    'the server runs as a database role that owns the tables (or a superuser): it could alter or empty the audit trail; run it as a role without ownership (README, "Running on PostgreSQL with separate roles")',
  );
}
