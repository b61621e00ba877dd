import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { inject } from 'vitest';
import type { DbHandle, Engine } from './database';
import { openDatabase, runMigrations } from './open-database';
import { databaseUrlOn, onServer } from './scratch-server';
import type { TestTemplates } from './test-templates';

// Engines for integration tests: PGlite in memory always, and PostgreSQL when
// TEST_DATABASE_URL names a server (CI sets it). Every open() gives a fresh, migrated, empty
// database of its own, which close() removes, so test files never share state.
//
// A run migrates once: the global set-up (test-templates.ts) leaves a migrated PGlite dump and a
// migrated PostgreSQL template database, and open() starts a copy of them; initdb and the
// migrations were most of a test file's set-up. Without that set-up (a vitest config that does
// not name it), open() migrates a new database itself.

export type TestEngine = { name: Engine; open(): Promise<DbHandle> };

export function testEngines(): TestEngine[] {
  const engines: TestEngine[] = [{ name: 'pglite', open: openMemoryPglite }];
  const serverUrl = process.env['TEST_DATABASE_URL'];
  if (serverUrl) engines.push({ name: 'postgres', open: () => openScratchPostgres(serverUrl) });
  return engines;
}

function templates(): Partial<TestTemplates> {
  return inject('testTemplates') ?? {};
}

let pgliteDump: Promise<Blob> | undefined;

async function openMemoryPglite(): Promise<DbHandle> {
  const { pgliteDumpFile } = templates();
  if (pgliteDumpFile) {
    pgliteDump ??= readFile(pgliteDumpFile).then((bytes) => new Blob([bytes]));
    return openDatabase({ fromDump: await pgliteDump });
  }
  const handle = await openDatabase({});
  await runMigrations(handle);
  return handle;
}

/**
 * CREATE DATABASE for a test database: a copy of the run's migrated template when there is one
 * (a file copy on the server, not a replay of the migrations), else an empty one.
 */
export function createDatabase(name: string): string {
  const { postgresTemplate } = templates();
  return postgresTemplate
    ? `CREATE DATABASE "${name}" TEMPLATE "${postgresTemplate}"`
    : `CREATE DATABASE "${name}"`;
}

async function openScratchPostgres(serverUrl: string): Promise<DbHandle> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, createDatabase(name));
  const handle = await openDatabase({ databaseUrl: databaseUrlOn(serverUrl, name), poolSize: 4 });
  const close = async () => {
    await handle.close();
    // WITH (FORCE) (PostgreSQL 13+) also ends connections a failed test left behind.
    await onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  };
  try {
    // A no-op on a copy of the template; the whole migration without one.
    await runMigrations(handle);
  } catch (error) {
    await close();
    throw error;
  }
  return { ...handle, close };
}
