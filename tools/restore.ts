import { restorePglite, restorePostgres } from '@luanchuyen/db';
import { runBackupCommand } from './backup/backup-cli';

// `npm run restore -- --file <path>`: into an empty PostgreSQL database with pg_restore, or
// into a new DATA_DIR for the embedded one; a target that holds data needs --force.
process.exitCode = await runBackupCommand('restore', ({ target, file, force }) =>
  target.engine === 'postgres'
    ? restorePostgres(target.databaseUrl, file, force)
    : restorePglite(target.dataDir, file, force),
);
