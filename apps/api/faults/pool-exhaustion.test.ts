import pg from 'pg';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../test/harness';
import { probe, startServerOn, type FaultServer } from './fault-server';
import {
  startThrowawayPostgres,
  throwawayPostgresUnavailable,
  type ThrowawayPostgres,
} from './throwaway-postgres';

// Every pooled connection busy: a transaction of the test's own holds a lock on cadres, and
// as many cadre lists as the pool has connections wait on it in the database. Before the fix
// /readyz and any other request queued behind them for the whole statement_timeout (15 s),
// and REQUEST_TIMEOUT_MS did not stop a request that had been received (10.6 s, then 200).

const POOL_SIZE = 3;
const ACQUIRE_TIMEOUT_MS = 1_000;
const REQUEST_TIMEOUT_MS = 4_000;

const unavailable = throwawayPostgresUnavailable();
if (unavailable) console.warn(`[faults] pool exhaustion tests SKIPPED: ${unavailable}`);

const CADRES = '{ cadres(first: 5) { nodes { id } } }';

describe.skipIf(unavailable !== undefined)('every pooled connection busy', () => {
  let cluster: ThrowawayPostgres;
  let fault: FaultServer;
  let observer: pg.Client;

  beforeAll(async () => {
    cluster = await startThrowawayPostgres();
    // A statement_timeout far beyond the request's time: only the deadline can stop them.
    const env = { REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS), STATEMENT_TIMEOUT_MS: '120000' };
    fault = await startServerOn(cluster.url, env, {
      poolSize: POOL_SIZE,
      acquireTimeoutMs: ACQUIRE_TIMEOUT_MS,
    });
    observer = new pg.Client({ connectionString: cluster.url });
    await observer.connect();
  });
  afterAll(async () => {
    await observer?.end();
    await fault?.server.stop();
    cluster?.destroy();
  });

  const waitingOnLocks = async () => {
    const { rows } = await observer.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE state = 'active' AND query ILIKE '%"cadres"%' AND pid <> pg_backend_pid()`,
    );
    return rows[0]?.n ?? 0;
  };

  it('keeps health at once, readiness bounded, others 503 after the acquire timeout, and cancels requests over their time', async () => {
    const blocker = new pg.Client({ connectionString: cluster.url });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE cadres IN ACCESS EXCLUSIVE MODE');
      const credentials = { cookie: fault.cookie };
      let slowDone = 0;
      const slow = Array.from({ length: POOL_SIZE }, () =>
        graphql(fault.server, CADRES, {}, credentials).finally(() => slowDone++),
      );
      for (let tries = 0; (await waitingOnLocks()) < POOL_SIZE; tries++) {
        if (tries > 200) throw new Error('the slow requests never reached the database');
        await sleep(25);
      }

      // Health never touches the pool; readiness has a connection and a short bound of its own.
      expect(await probe(fault.server, '/healthz')).toBe(200);
      expect(await probe(fault.server, '/readyz')).toBe(200);
      // Any other request waits DB_ACQUIRE_TIMEOUT_MS for a connection, then 503.
      const other = await graphql(fault.server, '{ viewer { role } }', {}, credentials, {
        'accept-language': 'en',
      });
      expect(slowDone, 'answered while every connection was still held').toBe(0);
      expect(other.status).toBe(503);
      expect(other.body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
      expect(other.body.errors?.[0]?.message).toMatch(/unavailable/);

      // The slow ones: cancelled in the database at REQUEST_TIMEOUT_MS and answered 503 TIMEOUT,
      // while the lock they waited for is still held.
      const answers = await Promise.all(slow);
      for (const answer of answers) {
        expect(answer.status).toBe(503);
        expect(answer.body.errors?.[0]?.extensions?.code).toBe('TIMEOUT');
      }
      for (let tries = 0; (await waitingOnLocks()) > 0; tries++) {
        if (tries > 200) throw new Error('the cancelled statements are still running');
        await sleep(25);
      }
      expect(await waitingOnLocks()).toBe(0);
    } finally {
      await blocker.query('ROLLBACK').catch(() => undefined);
      await blocker.end();
    }
    // And the pool serves again.
    const after = await graphql(fault.server, CADRES, {}, { cookie: fault.cookie });
    expect(after.status).toBe(200);
    expect(after.body.errors).toBeUndefined();
  });
});
