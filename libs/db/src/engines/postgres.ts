import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from '../schema';
import type { OpenedEngine } from './opened-engine';
import { scopedPool } from './scoped-pool';

export type PostgresOptions = {
  databaseUrl: string;
  statementTimeoutMs: number;
  poolSize: number;
  acquireTimeoutMs: number;
  onPoolError: ((error: Error) => void) | undefined;
};

// Any number of API processes may start against one database at once: the migrations run
// under this advisory lock, so one applies them and the others then find nothing to do.
const MIGRATION_LOCK_KEY = 7_150_231_001;

// Readiness and cancellation use their own two connections, so a pool that every request
// holds busy neither delays /readyz nor blocks the cancel of a request over its time.
const SIDE_TIMEOUT_MS = 2_000;

export async function openPostgres(options: PostgresOptions): Promise<OpenedEngine> {
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    max: options.poolSize,
    // Set at connection start, so every pooled connection carries it without a round trip.
    // JIT compilation pays off for long analytical scans, not for the API's short queries,
    // where it added ~100 ms whenever the planner's estimate crossed its threshold.
    options: `-c statement_timeout=${Math.trunc(options.statementTimeoutMs)} -c jit=off`,
    // Waiting for a free connection (or for a new one to open) ends after this, as an outage.
    connectionTimeoutMillis: options.acquireTimeoutMs,
  });
  const side = new pg.Pool({
    connectionString: options.databaseUrl,
    max: 2,
    connectionTimeoutMillis: SIDE_TIMEOUT_MS,
    query_timeout: SIDE_TIMEOUT_MS,
    options: `-c statement_timeout=${SIDE_TIMEOUT_MS}`,
  });
  for (const each of [pool, side]) {
    each.on('error', (error) => options.onPoolError?.(error));
    // pg-pool listens for errors on idle connections only: a connection checked out (by a
    // transaction) that the server terminates (57P01 on a restart) would emit an 'error' with
    // no listener and end the process. Its statement fails, and the pool drops it on release.
    each.on('connect', (client) => client.on('error', (error) => options.onPoolError?.(error)));
  }
  const cancelBackend = async (pid: number) => {
    await side.query('SELECT pg_cancel_backend($1)', [pid]);
  };
  const db = drizzle({ client: scopedPool(pool, cancelBackend), schema });
  return {
    handle: {
      db,
      engine: 'postgres',
      ping: async () => {
        await side.query('select 1');
      },
      close: async () => {
        await Promise.all([pool.end(), side.end()]);
      },
      // The request pool only: the side pool's two connections serve readiness and cancels.
      poolUse: () => ({
        max: options.poolSize,
        open: pool.totalCount,
        idle: pool.idleCount,
        waiting: pool.waitingCount,
      }),
    },
    migrate: async (migrationsFolder) => {
      const client = await pool.connect();
      try {
        // Building an index on a large table may take longer than a request may.
        await client.query('SET statement_timeout = 0');
        await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
        await migrate(drizzle({ client, schema }), { migrationsFolder });
      } finally {
        // Destroying the connection also releases the lock and drops the timeout override.
        client.release(true);
      }
    },
  };
}
