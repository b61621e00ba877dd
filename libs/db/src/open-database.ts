import { fileURLToPath } from 'node:url';
import type { Database, DbHandle, OpenOptions } from './database';
import type { OpenedEngine } from './engines/opened-engine';
import { openPglite } from './engines/pglite';
import { openPostgres } from './engines/postgres';

/** The committed migrations, found next to this source file (libs/db/migrations). */
export const MIGRATIONS_FOLDER: string = fileURLToPath(new URL('../migrations', import.meta.url));

// The handle stays the plain contract type (callers may wrap it); how to migrate is kept aside,
// keyed by the drizzle instance.
const migrators = new WeakMap<Database, OpenedEngine['migrate']>();

/** Opens PostgreSQL when `databaseUrl` is set, else PGlite. Does not migrate. */
export async function openDatabase(options: OpenOptions): Promise<DbHandle> {
  const opened = options.databaseUrl
    ? await openPostgres({
        databaseUrl: options.databaseUrl,
        statementTimeoutMs: options.statementTimeoutMs ?? 15_000,
        poolSize: options.poolSize ?? 10,
        acquireTimeoutMs: options.acquireTimeoutMs ?? 5_000,
        onPoolError: options.onPoolError,
      })
    : await openPglite(options.dataDir);
  migrators.set(opened.handle.db, opened.migrate);
  return opened.handle;
}

/**
 * Applies the migrations not yet applied, in one transaction; a no-op when up to date.
 * A bundled server passes the folder it ships the migrations in.
 */
export async function runMigrations(
  handle: DbHandle,
  migrationsFolder: string = MIGRATIONS_FOLDER,
): Promise<void> {
  const migrate = migrators.get(handle.db);
  if (!migrate) throw new Error('runMigrations() needs a handle returned by openDatabase()');
  await migrate(migrationsFolder);
}
