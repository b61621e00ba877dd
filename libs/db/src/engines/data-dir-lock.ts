import {
  closeSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { join, resolve } from 'node:path';

// One process per embedded data directory: two PGlite instances on one folder both acknowledge
// writes and corrupt it (issue 11). The lock is a file holding the owner's pid, created with
// link() so only one process can make it; a lock whose pid is gone (kill -9, a crash) is stale
// and taken over; a clean close removes it.

export const LOCK_FILE = '.lock';

/** The directory is held by another live process. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `DATA_DIR ${dataDir} is in use by another server process (pid ${pid}, lock file ` +
        `${join(dataDir, LOCK_FILE)}). Stop that process first, or set DATA_DIR to another folder.`,
    );
    this.name = 'DataDirLockedError';
  }
}

export type DataDirLock = { release(): void };

/** Lock files this process holds: a second open in the same process is refused as well. */
const held = new Set<string>();

function isAlive(pid: number): boolean {
  // Our own pid in a lock we do not hold is a restart that reused it (pid 1 in a container).
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user; only ESRCH means it is gone.
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

function pidIn(path: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

// The pid is written to a file of our own first and then linked into place: link() fails with
// EEXIST as atomically as open(O_EXCL), and the lock never exists without its pid in it.
function tryCreate(path: string): boolean {
  const own = `${path}.${process.pid}.new`;
  const fd = openSync(own, 'w', 0o600);
  try {
    writeSync(fd, `${process.pid}\n`);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(own, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(own);
  }
}

// Two starters may find the same stale lock: only one can rename it away. If what was renamed
// turns out to be a fresh lock another starter made meanwhile, it is put back.
function removeStale(path: string, stalePid: number | undefined): void {
  const aside = `${path}.stale-${process.pid}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const found = pidIn(aside);
  if (found !== stalePid && found !== undefined && isAlive(found)) {
    try {
      linkSync(aside, path);
    } catch {
      // Someone else holds it now; the next attempt reports them.
    }
  }
  unlinkSync(aside);
}

/** Takes the directory's lock or throws DataDirLockedError naming the holder. */
export function lockDataDir(dataDir: string): DataDirLock {
  // Resolved, so two spellings of one folder in one process are one lock.
  const path = join(resolve(dataDir), LOCK_FILE);
  if (held.has(path)) throw new DataDirLockedError(dataDir, process.pid);
  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreate(path)) {
      held.add(path);
      return {
        release: () => {
          if (!held.delete(path)) return;
          // Only our own lock is removed (never one a later owner took over).
          if (pidIn(path) === process.pid) unlinkSync(path);
        },
      };
    }
    const holder = pidIn(path);
    // A lock without a readable pid was not written by this code: treated as stale too.
    if (holder !== undefined && isAlive(holder)) throw new DataDirLockedError(dataDir, holder);
    removeStale(path, holder);
  }
  const holder = pidIn(path);
  throw new DataDirLockedError(dataDir, holder ?? 0);
}
