import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { backupPostgres, openDatabase, runMigrations, type DbHandle } from '@luanchuyen/db';
import { ensureBootstrapAdmin } from '../src/auth/bootstrap';
import { fixedClock } from '../src/clock';
import { loadConfig } from '../src/config';
import { loadDemoDataset } from '../src/demo/load-demo';
import { createAppServer } from '../src/http/app';
import { ADMIN_PASSWORD, graphql, login, type TestServer } from './harness';

// Issue 11, "Backups": `npm run backup` and `npm run restore` on both engines, proved by the
// API's answers: the same questions asked of the original and of the restored copy get the
// same answers, byte for byte.

const root = join(import.meta.dirname, '../../..');
const serverUrl = process.env['TEST_DATABASE_URL'];
if (!serverUrl)
  console.warn(
    `skipped: the pg_dump round trip needs PostgreSQL: TEST_DATABASE_URL is unset (CI sets it)`,
  );
const work = mkdtempSync(join(tmpdir(), 'lcb-backup-'));
const clock = fixedClock('2026-03-02T03:00:00Z');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `npm run <script> -- …args` as a user would, with no DATABASE_URL or DATA_DIR set. */
function npmRun(script: 'backup' | 'restore', args: string[]) {
  const env = { ...process.env };
  for (const name of ['DATABASE_URL', 'MIGRATION_DATABASE_URL', 'DATA_DIR']) delete env[name];
  const run = spawnSync('npm', ['run', '--silent', script, '--', ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const ANSWERS = `{
  rotationStats(filter: { startedFrom: "2015-01-01" }) {
    total byCategory { category count } byYear { year count } byDirection { direction count }
  }
  rotations(first: 100) {
    totalCount
    nodes { id cadre { fullName } fromPosition { title } toPosition { title } startDate
            plannedEndDate endDate status category direction rankChange overdue version }
    pageInfo { endCursor hasNextPage }
  }
  cadres(first: 1, filter: { search: "vu son ha" }) {
    nodes {
      id fullName birthDate retirementDate version
      assignments { position { title unit { name } } kind startDate endDate }
      rotations(first: 20) { nodes { startDate category toPosition { title } } }
      evaluations { year rating score }
    }
  }
}`;

// What shows the answers compared are the demo's, not two empty registries.
const DEMO_ANSWERS = {
  rotationStats: { total: 24 },
  cadres: { nodes: [{ fullName: 'Vũ Sơn Hà' }] },
};

/** Serves `handle`, asks the questions, stops (closing the handle). */
async function answersOf(handle: DbHandle): Promise<unknown> {
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent' });
  const app = await createAppServer(handle, config, pino({ level: 'silent' }), { clock });
  try {
    const server: TestServer = {
      baseUrl: `http://127.0.0.1:${await app.listen()}`,
      handle,
      stop: () => app.stop(),
    };
    const cookie = await login(server, 'admin', ADMIN_PASSWORD);
    const { body } = await graphql(server, ANSWERS, {}, { cookie });
    expect(body.errors).toBeUndefined();
    return body.data;
  } finally {
    await app.stop();
  }
}

/** Migrates, loads the demo, adds the admin, and closes: what the backup will carry. */
async function fill(handle: DbHandle): Promise<void> {
  try {
    await runMigrations(handle);
    const loaded = await loadDemoDataset(handle.db, '2026-03-02');
    expect(loaded.rotations).toBeGreaterThan(20);
    await ensureBootstrapAdmin(handle.db, ADMIN_PASSWORD, pino({ level: 'silent' }));
  } finally {
    await handle.close();
  }
}

describe('a backup of the embedded database, restored into a new DATA_DIR', () => {
  it('answers the same after the round trip, and a restore never overwrites unasked', async () => {
    const source = join(work, 'source');
    const copy = join(work, 'copy');
    const file = join(work, 'embedded.tar.gz');
    await fill(await openDatabase({ dataDir: source }));
    const before = await answersOf(await openDatabase({ dataDir: source }));
    expect(before).toMatchObject(DEMO_ANSWERS);
    expect(npmRun('backup', ['--data-dir', source, '--file', file])).toMatchObject({ status: 0 });
    expect(npmRun('restore', ['--data-dir', copy, '--file', file])).toMatchObject({ status: 0 });
    expect(await answersOf(await openDatabase({ dataDir: copy }))).toEqual(before);

    const again = npmRun('restore', ['--data-dir', copy, '--file', file]);
    expect(again.status).toBe(1);
    expect(again.output).toContain('is not empty');
    expect(npmRun('backup', ['--data-dir', source, '--file', file]).output).toContain(
      'already exists',
    );
  }, 300_000); // initdb, the demo, a tarball and its unpacking: minutes on a busy machine
});

describe('the PostgreSQL backup on a machine without pg_dump', () => {
  it('refuses with a message saying what to install, and writes no file', async () => {
    const path = process.env['PATH'];
    process.env['PATH'] = join(work, 'no-tools');
    try {
      const file = join(work, 'never.dump');
      await expect(backupPostgres('postgres://nobody@127.0.0.1:1/none', file)).rejects.toThrow(
        /pg_dump is not installed.*postgresql-client/,
      );
      expect(existsSync(file)).toBe(false);
    } finally {
      process.env['PATH'] = path;
    }
  });
});

async function onServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(statement).finally(() => client.end());
}

describe.skipIf(!serverUrl)(
  `a pg_dump backup restored into a new PostgreSQL database${serverUrl ? '' : ' (skipped: TEST_DATABASE_URL is unset)'}`,
  () => {
    const names = ['source', 'copy'].map(
      (which) => `t_backup_${which}_${randomBytes(4).toString('hex')}`,
    );
    const urlOf = (name: string) => {
      const url = new URL(serverUrl ?? 'postgres://unset');
      url.pathname = `/${name}`;
      return url.toString();
    };
    afterAll(async () => {
      for (const name of names) await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    });

    it('answers the same after the round trip, and a restore never overwrites unasked', async () => {
      const [source = '', copy = ''] = names.map(urlOf);
      for (const name of names) await onServer(`CREATE DATABASE "${name}"`);
      const file = join(work, 'postgres.dump');
      const open = (url: string) => openDatabase({ databaseUrl: url, poolSize: 2 });
      await fill(await open(source));
      const before = await answersOf(await open(source));
      expect(before).toMatchObject(DEMO_ANSWERS);
      const backup = npmRun('backup', ['--database-url', source, '--file', file]);
      expect(backup, backup.output).toMatchObject({ status: 0 });
      const restore = npmRun('restore', ['--database-url', copy, '--file', file]);
      expect(restore, restore.output).toMatchObject({ status: 0 });
      // The restored migration journal says everything is applied: migrating again is a no-op.
      const restored = await open(copy);
      await runMigrations(restored);
      expect(await answersOf(restored)).toEqual(before);

      const again = npmRun('restore', ['--database-url', copy, '--file', file]);
      expect(again.status).toBe(1);
      expect(again.output).toContain('not empty');
      const wrongKind = npmRun('restore', ['--data-dir', join(work, 'wrong'), '--file', file]);
      expect(wrongKind.output).toContain('is a PostgreSQL dump');
      expect(existsSync(join(work, 'wrong'))).toBe(false);
      const forced = npmRun('restore', ['--database-url', copy, '--file', file, '--force']);
      expect(forced, forced.output).toMatchObject({ status: 0 });
      expect(await answersOf(await open(copy))).toEqual(before);
    }, 300_000);
  },
);
