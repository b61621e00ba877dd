import { backupPglite, backupPostgres } from '@luanchuyen/db';
import { runBackupCommand } from './backup/backup-cli';

// `npm run backup -- --file <path>`: pg_dump's custom format for PostgreSQL, PGlite's own
// tarball for the embedded database (README, "Backups").
process.exitCode = await runBackupCommand('backup', ({ target, file, force }) =>
  target.engine === 'postgres'
    ? backupPostgres(target.databaseUrl, file, force)
    : backupPglite(target.dataDir, file, force),
);
