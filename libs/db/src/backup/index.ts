export { BackupError, kindOfBackup, type BackupKind } from './backup-file';
export { backupPglite, restorePglite } from './pglite-backup';
export { backupPostgres, pgToolVersion, restorePostgres } from './postgres-backup';
