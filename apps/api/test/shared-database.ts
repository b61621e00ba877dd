import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import {
  databaseUrlOn,
  onServer,
  openDatabase,
  runMigrations,
  type DbHandle,
} from '@luanchuyen/db';
import { createDatabase } from '@luanchuyen/db/testing';
import type { engines } from './harness';

// One database that outlives the servers opened on it, for restarts (both engines: a PGlite
// DATA_DIR or a scratch PostgreSQL database) and for several servers at once (PostgreSQL).

export type SharedDatabase = {
  /** A new, migrated handle on the same database; a test server closes it when it stops. */
  engine: (typeof engines)[number];
  drop(): Promise<void>;
};

export async function sharedDatabase(kind: (typeof engines)[number]): Promise<SharedDatabase> {
  const migrated = async (handle: DbHandle) => {
    await runMigrations(handle);
    return handle;
  };
  if (kind.name === 'pglite') {
    const dataDir = await mkdtemp(join(tmpdir(), 'shared-db-'));
    return {
      engine: { name: 'pglite', open: async () => migrated(await openDatabase({ dataDir })) },
      drop: () => rm(dataDir, { recursive: true, force: true }),
    };
  }
  const serverUrl = process.env['TEST_DATABASE_URL'] ?? '';
  const name = `t_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, createDatabase(name));
  const url = databaseUrlOn(serverUrl, name);
  return {
    engine: {
      name: 'postgres',
      open: async () => migrated(await openDatabase({ databaseUrl: url, poolSize: 4 })),
    },
    drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
