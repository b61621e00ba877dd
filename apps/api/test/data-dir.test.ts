import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMBEDDED_PG_MAJOR, openDatabase, runMigrations } from '@luanchuyen/db';

// The embedded DATA_DIR before and around PGlite: a folder that is not ours, of another
// version or damaged is refused in words naming it (never initialised, never "Aborted()"); its
// files are its owner's only; one process holds it at a time, and a dead holder's lock is
// taken over. (Two real server processes: faults/data-dir-lock.test.ts.)

const parent = mkdtempSync(join(tmpdir(), 'lcb-datadir-'));
const good = join(parent, 'good');

function looseModes(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    const stat = lstatSync(path);
    const own = stat.mode & 0o077 ? [`${(stat.mode & 0o777).toString(8)} ${path}`] : [];
    return stat.isDirectory() ? [...own, ...looseModes(path)] : own;
  });
}

/** A copy of the good cluster, changed by `damage`. */
function variant(name: string, damage: (dir: string) => void): string {
  const dir = join(parent, name);
  cpSync(good, dir, { recursive: true });
  damage(dir);
  return dir;
}

async function refusal(dataDir: string): Promise<string> {
  const opened = openDatabase({ dataDir });
  await expect(opened).rejects.toThrow();
  return String(await opened.catch((error: unknown) => (error as Error).message));
}

describe('the embedded DATA_DIR', () => {
  beforeAll(async () => {
    const handle = await openDatabase({ dataDir: good });
    await runMigrations(handle);
    await handle.close();
  });
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it('is made owner-only: the folder 0700, no file or folder with group or other bits', () => {
    expect(lstatSync(good).mode & 0o777).toBe(0o700);
    expect(looseModes(good)).toEqual([]);
    expect(readFileSync(join(good, 'PG_VERSION'), 'utf8').trim()).toBe(EMBEDDED_PG_MAJOR);
  });

  it('takes group and other bits off a folder an older version left world-writable', async () => {
    const old = variant('old-modes', (dir) => {
      chmodSync(dir, 0o755);
      chmodSync(join(dir, 'global/pg_control'), 0o666);
      chmodSync(join(dir, 'pg_wal'), 0o777);
    });
    const handle = await openDatabase({ dataDir: old });
    await handle.close();
    expect(looseModes(old)).toEqual([]);
    expect(lstatSync(old).mode & 0o777).toBe(0o700);
  });

  it('refuses a folder of other files, naming it, and writes nothing into it', async () => {
    const foreign = join(parent, 'documents');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'bao-cao.docx'), 'not a database');
    const message = await refusal(foreign);
    expect(message).toContain(`DATA_DIR ${foreign} is not an embedded database`);
    expect(message).toContain('bao-cao.docx');
    expect(readdirSync(foreign)).toEqual(['bao-cao.docx']);
  });

  it('refuses a file in place of the folder', async () => {
    const file = join(parent, 'a-file');
    writeFileSync(file, '');
    expect(await refusal(file)).toContain(`DATA_DIR ${file} is a file, not a folder`);
  });

  it('refuses a database of another PostgreSQL version, saying which', async () => {
    const older = variant('pg17', (dir) => writeFileSync(join(dir, 'PG_VERSION'), '17\n'));
    expect(await refusal(older)).toContain(
      `DATA_DIR ${older} holds a PostgreSQL 17 database, and the embedded engine is PostgreSQL ${EMBEDDED_PG_MAJOR}`,
    );
  });

  it('refuses a cluster with essential files missing, naming them', async () => {
    const damaged = variant('no-control', (dir) => rmSync(join(dir, 'global/pg_control')));
    expect(await refusal(damaged)).toContain(
      `DATA_DIR ${damaged} is damaged: global/pg_control missing`,
    );
  });

  it("names the folder when PGlite itself fails on it (a garbled pg_control: 'Aborted()')", async () => {
    const garbled = variant('garbled', (dir) =>
      writeFileSync(join(dir, 'global/pg_control'), 'garbage'),
    );
    const message = await refusal(garbled);
    expect(message).toContain(`DATA_DIR ${garbled} could not be opened by the embedded database`);
    expect(message).toContain('restore it from a backup');
  });

  it('is held by one opener at a time, and released on close', async () => {
    const handle = await openDatabase({ dataDir: good });
    try {
      expect(await refusal(good)).toContain(`DATA_DIR ${good} is in use by another server process`);
      expect(readFileSync(join(good, '.lock'), 'utf8').trim()).toBe(String(process.pid));
    } finally {
      await handle.close();
    }
    expect(readdirSync(good)).not.toContain('.lock');
  });

  it('takes over the lock of a process that is gone', async () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(join(good, '.lock'), `${gone}\n`);
    const handle = await openDatabase({ dataDir: good });
    expect(readFileSync(join(good, '.lock'), 'utf8').trim()).toBe(String(process.pid));
    await handle.close();
    expect(readdirSync(good).filter((name) => name.startsWith('.lock'))).toEqual([]);
  });
});
