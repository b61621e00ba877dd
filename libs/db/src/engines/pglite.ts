import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import * as schema from '../schema';
import { checkDataDir, DataDirError } from './data-dir-check';
import { lockDataDir, type DataDirLock } from './data-dir-lock';
import type { OpenedEngine } from './opened-engine';
import { drizzleClientOf } from './pglite-client';
import { OwnerOnlyNodeFS, tightenModes } from './owner-only-fs';

// PGlite loads contrib extensions only when they are passed here; the migrations still have
// to CREATE EXTENSION them. An existing data directory is reopened without initdb. A data
// directory is checked first (a foreign or damaged folder is refused in words), locked for this
// process (DataDirLockedError names the holder) and kept readable by its owner only.
export async function openPglite(
  dataDir: string | undefined,
  fromDump?: Blob,
): Promise<OpenedEngine> {
  const extensions = { btree_gist, pg_trgm, unaccent };
  if (dataDir === undefined) {
    return engineOf(await PGlite.create({ extensions, loadDataDir: fromDump }));
  }
  checkDataDir(dataDir);
  // PGlite creates the directory itself but not its missing parents (DATA_DIR=./var/db).
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const lock = lockDataDir(dataDir);
  let client: PGlite;
  try {
    tightenModes(dataDir);
    client = await PGlite.create({ fs: new OwnerOnlyNodeFS(dataDir), extensions });
  } catch (error) {
    lock.release();
    throw new DataDirError(
      dataDir,
      `could not be opened by the embedded database (${String(error)})`,
      'If the folder was copied or restored, check that it is complete; restore it from a backup, or set DATA_DIR to a new folder.',
      { cause: error },
    );
  }
  return engineOf(client, lock);
}

function engineOf(client: PGlite, lock?: DataDirLock): OpenedEngine {
  // drizzle reads only query and transaction of its client (drizzle-orm/pglite/session.js).
  const db = drizzle({ client: drizzleClientOf(client) as PGlite, schema });
  return {
    handle: {
      db,
      engine: 'pglite',
      ping: async () => {
        await client.query('select 1');
      },
      close: async () => {
        try {
          await client.close();
        } finally {
          lock?.release();
        }
      },
      poolUse: () => ({ max: 1, open: client.closed ? 0 : 1, idle: null, waiting: null }),
    },
    migrate: (migrationsFolder) => migrate(db, { migrationsFolder }),
    dump: () => client.dumpDataDir('none'),
  };
}
