import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { checkDataDir } from '../engines/data-dir-check';
import { LOCK_FILE, lockDataDir } from '../engines/data-dir-lock';
import { OwnerOnlyNodeFS } from '../engines/owner-only-fs';
import { BackupError, kindOfBackup, partialPathFor, writeAtomically } from './backup-file';

// The embedded database's backup is PGlite's own: dumpDataDir() gives a gzip'd tarball of the
// data directory, and PGlite.create({ loadDataDir }) unpacks one into a new directory. Both take
// the directory's lock, so a running server's DATA_DIR is refused rather than copied mid-write.
// No extension is loaded: neither step runs SQL that needs one.

function isEmptyDir(dir: string): boolean {
  return readdirSync(dir).filter((name) => !name.startsWith(LOCK_FILE)).length === 0;
}

/** Writes a backup of `dataDir` to `file`. */
export async function backupPglite(dataDir: string, file: string, force = false): Promise<void> {
  if (!existsSync(dataDir) || isEmptyDir(dataDir)) {
    throw new BackupError(`DATA_DIR ${dataDir} holds no database to back up`);
  }
  checkDataDir(dataDir);
  partialPathFor(file, force); // refuses an existing file before the slow part
  const lock = lockDataDir(dataDir);
  try {
    const client = await PGlite.create({ fs: new OwnerOnlyNodeFS(dataDir) });
    try {
      const dump = await client.dumpDataDir('gzip');
      await writeAtomically(file, force, async (partial) => {
        writeFileSync(partial, Buffer.from(await dump.arrayBuffer()), { mode: 0o600 });
      });
    } finally {
      await client.close();
    }
  } finally {
    lock.release();
  }
}

/**
 * Restores `file` into `dataDir`, which must be missing or empty unless `force`. The backup is
 * unpacked into a sibling folder first and renamed into place only once it opened, so a bad
 * file leaves the target as it was.
 */
export async function restorePglite(dataDir: string, file: string, force = false): Promise<void> {
  const kind = kindOfBackup(file);
  if (kind !== 'pglite') {
    throw new BackupError(
      kind === 'postgres'
        ? `${file} is a PostgreSQL dump: restore it with --database-url into a PostgreSQL database`
        : `${file} is not a backup of the embedded database`,
    );
  }
  const target = resolve(dataDir);
  const occupied = existsSync(target) && !isEmptyDir(target);
  if (occupied && !force) {
    throw new BackupError(
      `DATA_DIR ${dataDir} is not empty: restore into a new folder, or pass --force to replace it`,
    );
  }
  // A server running on the target holds its lock: refused here, before anything is written.
  const lock = existsSync(target) ? lockDataDir(target) : undefined;
  const staging = join(dirname(target), `.${basename(target)}.restoring-${process.pid}`);
  try {
    await mkdir(staging, { recursive: true, mode: 0o700 });
    let client: PGlite;
    try {
      const loadDataDir = new Blob([readFileSync(file)]);
      client = await PGlite.create({ fs: new OwnerOnlyNodeFS(staging), loadDataDir });
      await client.query('select 1');
    } catch (error) {
      throw new BackupError(`${file} could not be restored (${String(error)})`, { cause: error });
    }
    await client.close();
    // The backup's tarball carries the lock of the process that made it: not ours to keep.
    rmSync(join(staging, LOCK_FILE), { force: true });
    if (existsSync(target)) {
      const replaced = `${staging}.replaced`;
      renameSync(target, replaced);
      renameSync(staging, target);
      rmSync(replaced, { recursive: true, force: true });
    } else {
      renameSync(staging, target);
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
    lock?.release();
  }
}
