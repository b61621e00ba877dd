import { fileURLToPath } from 'node:url';
import type { Database, DbHandle, OpenOptions } from './database';
import type { OpenedEngine } from './engines/opened-engine';
import { openPglite } from './engines/pglite';
import { openPostgres } from './engines/postgres';
import { backfillNameSortKeys } from './name-sort-keys';

/** The committed migrations, found next to this source file (libs/db/migrations). */
export const MIGRATIONS_FOLDER: string = fileURLToPath(new URL('../migrations', import.meta.url));

// The handle stays the plain contract type (callers may wrap it); how to migrate (and dump) is
// kept aside, keyed by the drizzle instance.
const openedEngines = new WeakMap<Database, OpenedEngine>();

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
    : await openPglite(options.dataDir, options.fromDump);
  openedEngines.set(opened.handle.db, opened);
  return opened.handle;
}

/**
 * Applies the migrations not yet applied, in one transaction, then fills what a migration
 * cannot compute in SQL (name sort keys); a no-op when up to date.
 * A bundled server passes the folder it ships the migrations in.
 */
export async function runMigrations(
  handle: DbHandle,
  migrationsFolder: string = MIGRATIONS_FOLDER,
): Promise<void> {
  const opened = openedEngines.get(handle.db);
  if (!opened) throw new Error('runMigrations() needs a handle returned by openDatabase()');
  await opened.migrate(migrationsFolder);
  await backfillNameSortKeys(handle.db);
}

/** A PGlite database's data directory as a tarball (for `fromDump`); PostgreSQL has none. */
export async function dumpPglite(handle: DbHandle): Promise<Blob> {
  const dump = openedEngines.get(handle.db)?.dump;
  if (!dump) throw new Error('dumpPglite() needs a PGlite handle returned by openDatabase()');
  return dump();
}
