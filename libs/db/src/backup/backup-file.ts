import { closeSync, existsSync, openSync, readSync, renameSync, rmSync } from 'node:fs';

// A backup file is written beside its final name and renamed into place, so a failed or
// interrupted backup never leaves a truncated file under the name a restore would trust.

/** A backup or restore that cannot go ahead; the message says why and what to do. */
export class BackupError extends Error {
  override name = 'BackupError';
}

export type BackupKind = 'postgres' | 'pglite';

/** Custom-format pg_dump files begin "PGDMP"; PGlite's dumpDataDir('gzip') is a gzip stream. */
export function kindOfBackup(file: string): BackupKind | undefined {
  if (!existsSync(file)) throw new BackupError(`${file} does not exist`);
  const head = Buffer.alloc(5);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 5, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') === 'PGDMP') return 'postgres';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
  return undefined;
}

/** Refuses to replace an existing file unless `force`; returns the temporary path to write. */
export function partialPathFor(file: string, force: boolean): string {
  if (existsSync(file) && !force) {
    throw new BackupError(
      `${file} already exists: choose another file, or pass --force to replace it`,
    );
  }
  return `${file}.partial-${process.pid}`;
}

/** Moves a finished backup into place; removes the partial file if `work` fails. */
export async function writeAtomically(
  file: string,
  force: boolean,
  work: (partial: string) => Promise<void>,
): Promise<void> {
  const partial = partialPathFor(file, force);
  try {
    await work(partial);
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}
