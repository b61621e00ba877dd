import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LOCK_FILE } from './data-dir-lock';

// PGlite silently runs initdb in any folder without PG_VERSION (a mistyped DATA_DIR pointing at
// someone's documents), and a damaged or foreign cluster fails inside WebAssembly with
// "PGlite failed to initialize properly" or "RuntimeError: Aborted()". So the folder is looked
// at before PGlite opens it, and what is wrong is said in words, with the folder's path.

/** The PostgreSQL major version the pinned PGlite embeds (@electric-sql/pglite 0.5: 18). */
export const EMBEDDED_PG_MAJOR = '18';

/** What a cluster made by PGlite cannot be without (PostgreSQL's own layout). */
const ESSENTIAL = ['global/pg_control', 'base', 'pg_wal', 'pg_xact'] as const;

/** DATA_DIR cannot be opened as the embedded database; the message says why and what to do. */
export class DataDirError extends Error {
  constructor(
    readonly dataDir: string,
    problem: string,
    remedy: string,
    options?: ErrorOptions,
  ) {
    super(`DATA_DIR ${dataDir} ${problem}. ${remedy}`, options);
    this.name = 'DataDirError';
  }
}

// Our lock files, and what a mounted volume's root holds, do not make a folder foreign.
function isIgnorable(name: string): boolean {
  return name.startsWith(LOCK_FILE) || name === 'lost+found';
}

/** Throws DataDirError unless `dataDir` is missing, empty, or a complete PostgreSQL 18 cluster. */
export function checkDataDir(dataDir: string): void {
  if (!existsSync(dataDir)) return;
  if (!statSync(dataDir).isDirectory()) {
    throw new DataDirError(
      dataDir,
      'is a file, not a folder',
      'Set DATA_DIR to a folder (a missing one is created).',
    );
  }
  const names = readdirSync(dataDir).filter((name) => !isIgnorable(name));
  if (names.length === 0) return;
  const versionFile = join(dataDir, 'PG_VERSION');
  if (!existsSync(versionFile)) {
    const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? ', …' : '');
    throw new DataDirError(
      dataDir,
      `is not an embedded database: it holds other files (${shown}) and no PG_VERSION`,
      'Set DATA_DIR to an empty or new folder, or to the folder of an existing database; nothing was written to this one.',
    );
  }
  const version = readFileSync(versionFile, 'utf8').trim();
  if (version !== EMBEDDED_PG_MAJOR) {
    throw new DataDirError(
      dataDir,
      `holds a PostgreSQL ${version} database, and the embedded engine is PostgreSQL ${EMBEDDED_PG_MAJOR}`,
      'Open it with the version that made it and move the data with a dump and restore, or set DATA_DIR to another folder.',
    );
  }
  const missing = ESSENTIAL.filter((path) => !existsSync(join(dataDir, path)));
  if (missing.length > 0) {
    throw new DataDirError(
      dataDir,
      `is damaged: ${missing.join(', ')} missing`,
      'Restore it from a backup, or set DATA_DIR to a new folder to start an empty database.',
    );
  }
}
