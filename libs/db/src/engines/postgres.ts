import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from '../schema';
import type { OpenedEngine } from './opened-engine';

export type PostgresOptions = {
  databaseUrl: string;
  statementTimeoutMs: number;
  poolSize: number;
  onPoolError: ((error: Error) => void) | undefined;
};

// Any number of API processes may start against one database at once: the migrations run
// under this advisory lock, so one applies them and the others then find nothing to do.
const MIGRATION_LOCK_KEY = 7_150_231_001;

export async function openPostgres(options: PostgresOptions): Promise<OpenedEngine> {
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    max: options.poolSize,
    // Set at connection start, so every pooled connection carries it without a round trip.
    // JIT compilation pays off for long analytical scans, not for the API's short queries,
    // where it added ~100 ms whenever the planner's estimate crossed its threshold.
    options: `-c statement_timeout=${Math.trunc(options.statementTimeoutMs)} -c jit=off`,
  });
  pool.on('error', (error) => options.onPoolError?.(error));
  const db = drizzle({ client: pool, schema });
  return {
    handle: {
      db,
      engine: 'postgres',
      ping: async () => {
        await pool.query('select 1');
      },
      close: () => pool.end(),
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
