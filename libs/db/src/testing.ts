import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DbHandle, Engine } from './database';
import { openDatabase, runMigrations } from './open-database';

// Engines for integration tests: PGlite in memory always, and PostgreSQL when
// TEST_DATABASE_URL names a server (CI sets it). Every open() gives a fresh, migrated, empty
// database of its own, which close() removes, so test files never share state.

export type TestEngine = { name: Engine; open(): Promise<DbHandle> };

export function testEngines(): TestEngine[] {
  const engines: TestEngine[] = [{ name: 'pglite', open: openMemoryPglite }];
  const serverUrl = process.env['TEST_DATABASE_URL'];
  if (serverUrl) engines.push({ name: 'postgres', open: () => openScratchPostgres(serverUrl) });
  return engines;
}

async function openMemoryPglite(): Promise<DbHandle> {
  const handle = await openDatabase({});
  await runMigrations(handle);
  return handle;
}

// CREATE/DROP DATABASE cannot run inside a transaction or on the database being dropped, so
// they go through a short-lived connection to the server URL's own database.
async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function openScratchPostgres(serverUrl: string): Promise<DbHandle> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
  const close = async () => {
    await handle.close();
    // WITH (FORCE) (PostgreSQL 13+) also ends connections a failed test left behind.
    await onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  };
  try {
    await runMigrations(handle);
  } catch (error) {
    await close();
    throw error;
  }
  return { ...handle, close };
}
