import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PgTable } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DbHandle } from '../database';
import { auditEvents } from '../schema';
import { copyLine } from './copy-text';
import { dropConstraints, restoreConstraints, type SavedConstraints } from './constraints';
import { DATASET_TABLES, dropAllData, nonEmptyTables, tableNameOf } from './dataset-tables';
import { copyTargetOf, fieldsOf, type TableRows } from './table-columns';

// Streams generated rows into PostgreSQL with COPY … FROM STDIN, all in one transaction:
// either the whole dataset is there, with every constraint checked, or nothing is. COPY
// because it is PostgreSQL's bulk path: one statement per batch of tables, rows parsed in a
// tight loop with no per-row statement, plan or round trip, several times faster than even
// multi-row INSERTs. PostgreSQL only: PGlite has no COPY FROM STDIN over the wire protocol we
// stream to, and its single connection would gain nothing from it.

export type DatasetWriterOptions = {
  /**
   * Drop keys and indexes of the loaded tables during the load and re-create them at the end
   * (default true; see constraints.ts). False keeps them, and rows are checked as they come.
   */
  rebuildConstraints?: boolean;
  /** Hears what the writer is doing (for progress output). */
  onStep?: (message: string) => void;
};

export type DatasetWriter = {
  /** Streams the rows into their table; resolves with how many were written. */
  copy(rows: TableRows): Promise<number>;
  /** Re-creates constraints and indexes, commits, then VACUUM ANALYZEs the tables. */
  finish(): Promise<void>;
  /** Rolls back everything written so far. */
  abort(): Promise<void>;
  /** Rows written per table (SQL name), in the order the tables were first written. */
  readonly rowCounts: ReadonlyMap<string, number>;
};

export class DatasetNotEmptyError extends Error {
  constructor(readonly tables: readonly string[]) {
    super(
      `the database already has rows in ${tables.map((table) => table.replace(/"/g, '')).join(', ')}: load into an empty database`,
    );
    this.name = 'DatasetNotEmptyError';
  }
}

/** The pg pool behind a PostgreSQL handle (drizzle keeps its client as `$client`). */
function poolOf(handle: DbHandle): pg.Pool {
  const client = (handle.db as unknown as { $client?: unknown }).$client;
  if (handle.engine !== 'postgres' || !(client instanceof pg.Pool)) {
    throw new Error('bulk loading with COPY needs PostgreSQL (openDatabase({ databaseUrl }))');
  }
  return client;
}

// Lines are gathered into chunks of about this many characters before going to the socket:
// one write per line would spend its time in stream bookkeeping.
const CHUNK_CHARS = 256 * 1024;

function* copyChunks(table: PgTable, rows: Iterable<Record<string, unknown>>): Generator<string> {
  const target = copyTargetOf(table);
  let chunk = '';
  for (const row of rows) {
    chunk += copyLine(fieldsOf(target, row));
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk.length > 0) yield chunk;
}

/**
 * Drops every table, type and function of the database and the migration journal (see
 * dropAllData): run the migrations again afterwards. For scratch benchmark databases.
 */
export async function wipeDatabase(handle: DbHandle): Promise<void> {
  const client = await poolOf(handle).connect();
  try {
    await dropAllData(client);
  } finally {
    client.release(true);
  }
}

/** Opens a transaction on an empty PostgreSQL database for loading a dataset. */
export async function openDatasetWriter(
  handle: DbHandle,
  options: DatasetWriterOptions = {},
): Promise<DatasetWriter> {
  const onStep = options.onStep ?? (() => undefined);
  const client = await poolOf(handle).connect();
  const rowCounts = new Map<string, number>();
  const tables = DATASET_TABLES.map(tableNameOf);
  let saved: SavedConstraints | null = null;
  // Tables truncated in this transaction take COPY … FREEZE: rows land already frozen and
  // all-visible, so the first reads do not rewrite every page to set hint bits and index-only
  // scans work at once. audit_events refuses TRUNCATE (append-only trigger), so not that one.
  let freezable = new Set<string>();
  let open = true;

  const release = (destroy: boolean) => {
    open = false;
    // A destroyed connection takes its session settings with it, leaving the pool's clean.
    client.release(destroy);
  };
  const fail = async (error: unknown): Promise<never> => {
    if (open) {
      await client.query('ROLLBACK').catch(() => undefined);
      release(true);
    }
    throw error;
  };

  try {
    await client.query('SET statement_timeout = 0');
    await client.query("SET maintenance_work_mem = '512MB'");
    await client.query('BEGIN');
    await client.query(`LOCK TABLE ${tables.join(', ')} IN ACCESS EXCLUSIVE MODE`);
    const busy = await nonEmptyTables(client, tables);
    if (busy.length > 0) throw new DatasetNotEmptyError(busy);
    if (options.rebuildConstraints ?? true) {
      onStep('dropping keys and indexes for the load');
      saved = await dropConstraints(client, tables);
      freezable = new Set(tables.filter((table) => table !== tableNameOf(auditEvents)));
      await client.query(`TRUNCATE ${[...freezable].join(', ')}`);
    }
  } catch (error) {
    await fail(error);
  }

  return {
    rowCounts,
    async copy({ table, rows }) {
      if (!open) throw new Error('the dataset writer is closed');
      const target = copyTargetOf(table);
      const columns = target.columns.map((column) => `"${column.name}"`).join(', ');
      const freeze = freezable.has(target.name) ? ' WITH (FREEZE)' : '';
      const stream = client.query(copyFrom(`COPY ${target.name} (${columns}) FROM STDIN${freeze}`));
      try {
        await pipeline(Readable.from(copyChunks(table, rows)), stream);
      } catch (error) {
        return fail(error);
      }
      rowCounts.set(target.name, (rowCounts.get(target.name) ?? 0) + stream.rowCount);
      return stream.rowCount;
    },
    async finish() {
      if (!open) throw new Error('the dataset writer is closed');
      try {
        if (saved) {
          onStep('re-creating keys and indexes (each validates every row)');
          const started = performance.now();
          const steps = await restoreConstraints(client, saved);
          const slowest = steps
            .sort((a, b) => b.ms - a.ms)
            .slice(0, 3)
            .map((step) => `${step.what} ${(step.ms / 1000).toFixed(1)} s`);
          onStep(
            `${steps.length} keys and indexes re-created in ${((performance.now() - started) / 1000).toFixed(1)} s (slowest: ${slowest.join(', ')})`,
          );
        }
        onStep('committing');
        await client.query('COMMIT');
        onStep('VACUUM ANALYZE');
        // Statistics for the planner, and the visibility map for audit_events (the frozen
        // tables have it already), so no autovacuum wakes up in the middle of a benchmark.
        await client.query(`VACUUM (ANALYZE) ${tables.join(', ')}`);
      } catch (error) {
        await fail(error);
      }
      release(true);
    },
    async abort() {
      if (!open) return;
      await client.query('ROLLBACK').catch(() => undefined);
      release(true);
    },
  };
}
