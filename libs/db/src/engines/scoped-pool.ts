import type pg from 'pg';
import { currentStatementScope, StatementCancelled } from '../statement-scope';

// What drizzle is given instead of the pool itself: the same pool (drizzle checks `instanceof
// Pool` to run transactions on one checked-out connection), but every connection it checks out
// is recorded in the caller's statement scope, captured when the caller asks for it: pg-pool
// hands a waiting caller its connection from another request's release, where the async
// context is that other request's.

type Query = (...args: unknown[]) => Promise<unknown>;

export function scopedPool(pool: pg.Pool, cancelBackend: (pid: number) => Promise<void>): pg.Pool {
  const scoped = Object.create(pool) as pg.Pool;
  const connect = async (): Promise<pg.PoolClient> => {
    const scope = currentStatementScope();
    if (scope?.cancelled) throw new StatementCancelled();
    const client = await pool.connect();
    if (scope?.cancelled) {
      client.release();
      throw new StatementCancelled();
    }
    const release = client.release;
    const query = client.query as unknown as Query;
    const pid = (client as unknown as { processID?: number }).processID;
    const untrack = scope?.track(client, () =>
      pid === undefined ? Promise.resolve() : cancelBackend(pid),
    );
    let released = false;
    const finish = (error?: Error | boolean) => {
      if (released) return;
      released = true;
      untrack?.();
      delete (client as unknown as { query?: Query }).query;
      client.release = release;
      // After the deadline the connection is destroyed rather than pooled, so the server rolls
      // back whatever transaction the request left open.
      release(error ?? (scope?.cancelled ? new StatementCancelled() : undefined));
    };
    (client as unknown as { query: Query }).query = (...args) => {
      // After the deadline the request's transaction must not go on to COMMIT between two
      // statements: its next statement is refused.
      // Returned as it is: a COPY stream (pg-copy-streams) is not a promise.
      const result = scope?.cancelled
        ? Promise.reject(new StatementCancelled())
        : query.apply(client, args);
      // drizzle runs BEGIN before its try/finally, so a BEGIN that fails (the server went
      // away) would never give the connection back, and pool.end() would wait forever.
      if (isBegin(args[0]) && result instanceof Promise) {
        result.catch((error: unknown) => finish(error as Error));
      }
      return result;
    };
    client.release = finish;
    return client;
  };
  const query: Query = async (...args) => {
    const client = await connect();
    try {
      const result = await (client.query as unknown as Query).apply(client, args);
      client.release();
      return result;
    } catch (error) {
      // As pg-pool's own query(): a connection whose statement failed is not reused.
      client.release(error as Error);
      throw error;
    }
  };
  Object.assign(scoped, { connect, query });
  return scoped;
}

function isBegin(statement: unknown): boolean {
  const text =
    typeof statement === 'string' ? statement : (statement as { text?: unknown } | null)?.text;
  return typeof text === 'string' && /^\s*begin\b/i.test(text);
}
