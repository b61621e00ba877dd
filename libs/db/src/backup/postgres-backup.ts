import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import pg from 'pg';
import { BackupError, kindOfBackup, partialPathFor, writeAtomically } from './backup-file';

// PostgreSQL backups are pg_dump's custom format, restored with pg_restore, so they carry the
// whole schema (extensions, the exclusion constraint, the audit trigger) as the server has it.
// Ownership and grants are left out (--no-owner --no-acl): the role restoring owns the objects,
// and a server started with MIGRATION_DATABASE_URL grants its own role again.

type Tool = 'pg_dump' | 'pg_restore';

/** The tool's version line, or a BackupError saying it is not installed. */
export function pgToolVersion(tool: Tool): string {
  const found = spawnSync(tool, ['--version'], { encoding: 'utf8' });
  if (found.error || found.status !== 0) {
    throw new BackupError(
      `${tool} is not installed on this machine (\`${tool} --version\` failed): install the PostgreSQL client tools (Debian: apt-get install postgresql-client) of the server's version or newer`,
    );
  }
  return found.stdout.trim();
}

// The password goes to the tool through PGPASSWORD, not on its command line, where `ps` shows it.
function connectionOf(databaseUrl: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  return {
    dbname: url.toString(),
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
  };
}

function run(tool: Tool, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new BackupError(`${tool} failed (exit ${code}):\n${stderr.trim()}`)),
    );
  });
}

/** Writes a custom-format dump of the database to `file`. */
export async function backupPostgres(databaseUrl: string, file: string, force = false) {
  pgToolVersion('pg_dump');
  partialPathFor(file, force);
  const { dbname, env } = connectionOf(databaseUrl);
  await writeAtomically(file, force, (partial) => {
    // pg_dump writes into the file as it finds it: created owner-only first (password hashes).
    writeFileSync(partial, '', { mode: 0o600 });
    return run(
      'pg_dump',
      ['--format=custom', '--no-owner', '--no-acl', `--file=${partial}`, `--dbname=${dbname}`],
      env,
    );
  });
}

/** How many tables, sequences and views the public and drizzle schemas hold. */
async function objectCount(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname IN ('public', 'drizzle') AND c.relkind IN ('r', 'p', 'S', 'v', 'm')`,
    );
    return rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}

/**
 * Restores a custom-format dump into the database, in one transaction (all or nothing). A
 * database that already has tables is refused unless `force`, which drops what the dump holds
 * before recreating it.
 */
export async function restorePostgres(databaseUrl: string, file: string, force = false) {
  const kind = kindOfBackup(file);
  if (kind !== 'postgres') {
    throw new BackupError(
      kind === 'pglite'
        ? `${file} is a backup of the embedded database: restore it with --data-dir`
        : `${file} is not a pg_dump custom-format file`,
    );
  }
  pgToolVersion('pg_restore');
  if (!force && (await objectCount(databaseUrl)) > 0) {
    throw new BackupError(
      'the target database is not empty: restore into a new database (createdb …), or pass --force to replace what the backup holds',
    );
  }
  const { dbname, env } = connectionOf(databaseUrl);
  await run(
    'pg_restore',
    [
      '--no-owner',
      '--no-acl',
      '--single-transaction',
      '--exit-on-error',
      ...(force ? ['--clean', '--if-exists'] : []),
      `--dbname=${dbname}`,
      file,
    ],
    env,
  );
}
