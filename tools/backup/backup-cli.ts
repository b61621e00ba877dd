import { parseArgs } from 'node:util';
import { BackupError } from '@luanchuyen/db';

// The command line shared by `npm run backup` and `npm run restore` (README, "Backups"). The
// target is PostgreSQL when a URL is given or found in the environment, else the embedded
// database's DATA_DIR, as the server itself decides.

export type BackupTarget =
  { engine: 'postgres'; databaseUrl: string } | { engine: 'pglite'; dataDir: string };

export type BackupCommand = { target: BackupTarget; file: string; force: boolean };

export const usageOf = (
  command: 'backup' | 'restore',
) => `usage: npm run ${command} -- --file <path> [options]

  --file <path>           the backup file to ${command === 'backup' ? 'write' : 'read'}
  --database-url <url>    a PostgreSQL database (default: $MIGRATION_DATABASE_URL, the owner's,
                          else $DATABASE_URL); needs pg_dump and pg_restore on this machine
  --data-dir <dir>        the embedded database's folder when no URL is set (default: $DATA_DIR,
                          else ./data); the server must not be running on it
  --force                 ${command === 'backup' ? 'replace an existing file' : 'replace a target that is not empty'}
  --help                  this text`;

export function parseBackupCommand(argv: string[], env: NodeJS.ProcessEnv): BackupCommand | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      file: { type: 'string' },
      'database-url': { type: 'string' },
      'data-dir': { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return 'help';
  if (!values.file) throw new TypeError('--file is required');
  if (values['database-url'] && values['data-dir']) {
    throw new TypeError('give --database-url or --data-dir, not both');
  }
  const databaseUrl =
    values['database-url'] ??
    (values['data-dir'] ? undefined : env['MIGRATION_DATABASE_URL'] || env['DATABASE_URL']);
  const target: BackupTarget = databaseUrl
    ? { engine: 'postgres', databaseUrl }
    : { engine: 'pglite', dataDir: values['data-dir'] ?? (env['DATA_DIR'] || './data') };
  return { target, file: values.file, force: values.force };
}

/** Where a target is, for messages: never the password. */
export function describeTarget(target: BackupTarget): string {
  if (target.engine === 'pglite') return `DATA_DIR ${target.dataDir}`;
  const url = new URL(target.databaseUrl);
  if (url.password) url.password = '***';
  return url.toString();
}

/** Runs a backup or restore: usage errors exit 2, refusals 1 with their message. */
export async function runBackupCommand(
  command: 'backup' | 'restore',
  work: (parsed: BackupCommand) => Promise<void>,
): Promise<number> {
  let parsed: BackupCommand | 'help';
  try {
    parsed = parseBackupCommand(process.argv.slice(2), process.env);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usageOf(command)}\n`);
    return 2;
  }
  if (parsed === 'help') {
    process.stdout.write(`${usageOf(command)}\n`);
    return 0;
  }
  const began = performance.now();
  try {
    await work(parsed);
  } catch (error) {
    // Refusals (BackupError, a DATA_DIR locked by a running server…) and failures alike end
    // in their message; a database that changed nothing is the same either way.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      `${command} ${error instanceof BackupError ? 'refused' : 'failed'}: ${message}\n`,
    );
    return 1;
  }
  const seconds = ((performance.now() - began) / 1000).toFixed(1);
  const where = describeTarget(parsed.target);
  process.stdout.write(
    command === 'backup'
      ? `backed up ${where} to ${parsed.file} in ${seconds} s\n`
      : `restored ${parsed.file} into ${where} in ${seconds} s\n`,
  );
  return 0;
}
