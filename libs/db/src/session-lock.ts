import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Database } from './database';
import * as schema from './schema';

// Writers that contend for one thing (proposals and approvals into one post) queue on a lock
// instead of failing serialization and retrying blindly. A serializable transaction freezes
// its snapshot at its first statement, so a lock taken inside it would be waited for with a
// stale view and still end in a serialization failure: the lock is taken on the connection
// BEFORE the transaction begins, and the work runs on that same connection, after it. It is an
// advisory lock, so it is shared by every process on the database and released when the
// connection ends, whatever happens to this process.

// The two-key form of advisory locks is a key space of its own (the migration lock uses one
// bigint): this namespace keeps these locks apart from any other two-key lock.
const NAMESPACE = 7150;

/**
 * Runs `work` holding the lock named `name` (e.g. `position:<id>`); `work` must use the
 * database it is given. PGlite has one connection and runs one transaction at a time, so the
 * lock is already held there.
 */
export async function withSessionLock<T>(
  db: Database,
  name: string,
  work: (locked: Database) => Promise<T>,
): Promise<T> {
  const pool = (db as unknown as { $client?: unknown }).$client;
  if (!(pool instanceof pg.Pool)) return work(db);
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('SELECT pg_advisory_lock($1, hashtext($2))', [NAMESPACE, name]);
    try {
      return await work(drizzle({ client, schema }) as unknown as Database);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1, hashtext($2))', [NAMESPACE, name]);
    }
  } catch (error) {
    // A connection whose statement failed is not pooled again: ending it frees the lock.
    broken = error as Error;
    throw error;
  } finally {
    client.release(broken);
  }
}
