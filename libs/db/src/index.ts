export * from './schema';
export type { Database, DbHandle, Engine, OpenOptions } from './database';
export { MIGRATIONS_FOLDER, openDatabase, runMigrations } from './open-database';
export { cadreNameMatches } from './cadre-search';
export { SQLSTATE, databaseErrorOf, type DatabaseErrorInfo } from './database-errors';
