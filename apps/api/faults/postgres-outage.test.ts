import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerOn, type FaultServer } from './fault-server';
import { outageUnderWriteLoad } from './outage-support';
import {
  startThrowawayPostgres,
  throwawayPostgresUnavailable,
  type ThrowawayPostgres,
} from './throwaway-postgres';

// PostgreSQL restarted (-m fast, -m immediate) and stopped for a while, on a throwaway cluster,
// while three writers create cadres through the real HTTP server. Before the fix the first
// restart ended the process ("Unhandled 'error' event", 57P01 on a connection a transaction
// held) and a stopped database answered 500 INTERNAL_SERVER_ERROR. PostgreSQL only: the
// embedded PGlite lives in the process and has no outage of its own.

const unavailable = throwawayPostgresUnavailable();
if (unavailable) console.warn(`[faults] PostgreSQL outage tests SKIPPED: ${unavailable}`);
const full = process.env['FAULTS_FULL'] === '1';
if (!full) {
  console.warn(
    '[faults] repeated restart rounds SKIPPED: slow, they run with FAULTS_FULL=1 (.ci/run)',
  );
}
const ROUNDS = 6;

describe.skipIf(unavailable !== undefined)('PostgreSQL outages under write load', () => {
  let cluster: ThrowawayPostgres;
  let fault: FaultServer;

  beforeAll(async () => {
    cluster = await startThrowawayPostgres();
    fault = await startServerOn(cluster.url, {}, { poolSize: 6, acquireTimeoutMs: 2_000 });
  });
  afterAll(async () => {
    await fault?.server.stop();
    cluster?.destroy();
  });

  it.each(['fast', 'immediate'] as const)(
    'lives through pg_ctl restart -m %s, answers 503 meanwhile and loses no acknowledged write',
    async (mode) => {
      const figures = await outageUnderWriteLoad(fault, cluster.url, () => cluster.restart(mode));
      console.info(`[faults] restart -m ${mode}: ${JSON.stringify(figures)}`);
      expect(figures.lost).toBe(0);
    },
  );

  it('lives through the database stopped for three seconds and serves again once it is started', async () => {
    const figures = await outageUnderWriteLoad(fault, cluster.url, async () => {
      await cluster.stop('fast');
      await sleep(3_000);
      await cluster.start();
    });
    console.info(`[faults] stopped 3 s: ${JSON.stringify(figures)}`);
    expect(figures.lost).toBe(0);
  });

  it.skipIf(!full)(
    `lives through ${ROUNDS} restarts in a row, fast and immediate by turns`,
    async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const mode = round % 2 === 0 ? 'fast' : 'immediate';
        const figures = await outageUnderWriteLoad(fault, cluster.url, () => cluster.restart(mode));
        console.info(`[faults] round ${round + 1} (-m ${mode}): ${JSON.stringify(figures)}`);
        expect(figures.lost).toBe(0);
      }
    },
  );
});
