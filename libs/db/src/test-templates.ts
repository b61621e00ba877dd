import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { dumpPglite, openDatabase, runMigrations } from './open-database';
import { databaseUrlOn, onServer } from './scratch-server';

// Vitest global set-up (`globalSetup` in a project's vitest config): migrates one database per
// engine before any test file runs, and hands them to testing.ts's engines, which start every
// test database as a copy. Removed again when the run ends.

export type TestTemplates = {
  /** A tarball of a migrated PGlite data directory. */
  pgliteDumpFile: string;
  /** A migrated database on TEST_DATABASE_URL's server, when it is set. */
  postgresTemplate: string | null;
};

declare module 'vitest' {
  export interface ProvidedContext {
    testTemplates: TestTemplates;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const folder = await mkdtemp(join(tmpdir(), 'lcb-test-template-'));
  const pgliteDumpFile = join(folder, 'pglite.tar');
  const pglite = await openDatabase({});
  try {
    await runMigrations(pglite);
    await writeFile(pgliteDumpFile, Buffer.from(await (await dumpPglite(pglite)).arrayBuffer()));
  } finally {
    await pglite.close();
  }

  const serverUrl = process.env['TEST_DATABASE_URL'];
  let postgresTemplate: string | null = null;
  if (serverUrl) {
    postgresTemplate = `t_template_${randomBytes(6).toString('hex')}`;
    await onServer(serverUrl, `CREATE DATABASE "${postgresTemplate}"`);
    const postgres = await openDatabase({
      databaseUrl: databaseUrlOn(serverUrl, postgresTemplate),
      poolSize: 1,
    });
    try {
      await runMigrations(postgres);
    } finally {
      // A template may not have other connections while it is copied.
      await postgres.close();
    }
  }

  project.provide('testTemplates', { pgliteDumpFile, postgresTemplate });
  return async () => {
    await rm(folder, { recursive: true, force: true });
    if (serverUrl && postgresTemplate) {
      await onServer(serverUrl, `DROP DATABASE IF EXISTS "${postgresTemplate}" WITH (FORCE)`);
    }
  };
}
