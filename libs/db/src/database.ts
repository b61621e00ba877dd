import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema';

/** Either driver's drizzle instance: shared data-access code takes this, never a driver type. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export type Engine = 'pglite' | 'postgres';

export type DbHandle = {
  db: Database;
  engine: Engine;
  /** Resolves when the database answers `select 1` (readiness), within a short bound. */
  ping(): Promise<void>;
  /** Closes the PGlite instance or drains the pool. */
  close(): Promise<void>;
  /** The connections in use now, read at each metrics scrape. */
  poolUse?(): PoolUse;
};

/**
 * PostgreSQL: the request pool's counts (pg-pool's totalCount, idleCount, waitingCount).
 * PGlite is one in-process connection with no pool: idle and waiting are not known (null).
 */
export type PoolUse = {
  max: number;
  open: number;
  idle: number | null;
  waiting: number | null;
};

export type OpenOptions = {
  /** A `postgres://` URL selects PostgreSQL through `pg`; without it, embedded PGlite. */
  databaseUrl?: string;
  /** PGlite's data directory (created when missing); undefined keeps the database in memory. */
  dataDir?: string;
  /**
   * An in-memory PGlite started from this dump of a data directory (`dumpDataDir`) instead of
   * initdb: tests start each database from one migrated template. Ignored with `dataDir`.
   */
  fromDump?: Blob;
  /**
   * Server-side limit per statement, default 15000. PostgreSQL only: PGlite 0.5 accepts the
   * setting but cannot enforce it (WebAssembly has no timer signals), so it is not sent there.
   */
  statementTimeoutMs?: number;
  /** Most connections the PostgreSQL pool opens, default 10. PGlite has exactly one. */
  poolSize?: number;
  /**
   * Longest wait for a pooled connection (all busy, or the server slow to accept one), default
   * 5000; then the statement fails as the database being unavailable. PostgreSQL only.
   */
  acquireTimeoutMs?: number;
  /**
   * Errors of idle pooled connections (PostgreSQL restarted, network cut). The pool drops the
   * broken connection and opens a new one on demand; this hook is for logging. Without a
   * listener `pg` would crash the process on such an error.
   */
  onPoolError?: (error: Error) => void;
};
