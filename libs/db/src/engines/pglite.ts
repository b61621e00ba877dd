import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import * as schema from '../schema';
import type { OpenedEngine } from './opened-engine';

// PGlite loads contrib extensions only when they are passed here; the migrations still have
// to CREATE EXTENSION them. An existing data directory is reopened without initdb.
export async function openPglite(dataDir: string | undefined): Promise<OpenedEngine> {
  // PGlite creates the directory itself but not its missing parents (DATA_DIR=./var/db).
  if (dataDir !== undefined) await mkdir(dataDir, { recursive: true });
  const client = await PGlite.create({
    ...(dataDir === undefined ? {} : { dataDir }),
    extensions: { btree_gist, pg_trgm, unaccent },
  });
  const db = drizzle({ client, schema });
  return {
    handle: {
      db,
      engine: 'pglite',
      ping: async () => {
        await client.query('select 1');
      },
      close: () => client.close(),
    },
    migrate: (migrationsFolder) => migrate(db, { migrationsFolder }),
  };
}
