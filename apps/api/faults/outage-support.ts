import pg from 'pg';
import { expect } from 'vitest';
import { probe, watchReadiness, type FaultServer } from './fault-server';
import { startWriters, type WriteAnswer } from './writers';

// One outage under write load and what it must leave behind: the server answered every
// request, with 503 DATABASE_UNAVAILABLE while the database was away (never a 500), /readyz
// said so and came back, and every acknowledged write is in the database with its audit event.

export type OutageFigures = {
  acknowledged: number;
  refused: number;
  lost: number;
  /** From the database being back (pg_ctl returned) to the first acknowledged write. */
  recoveryMs: number;
  /** From the first refused write to the first acknowledged one after the last refusal. */
  clientOutageMs: number;
};

export async function outageUnderWriteLoad(
  fault: FaultServer,
  databaseUrl: string,
  disrupt: () => Promise<void>,
): Promise<OutageFigures> {
  const writers = startWriters(fault, 3);
  const readiness = watchReadiness(fault.server);
  let back = 0;
  try {
    await writers.waitForAcknowledged(10);
    await disrupt();
    back = performance.now();
    await writers.waitForAcknowledged(10);
  } finally {
    await writers.stop();
    await readiness.stop();
  }

  const refused = writers.answers.filter((answer) => !answer.acknowledged);
  expect(refused.length, 'the outage was seen by the writers').toBeGreaterThan(0);
  const refusals = new Set(refused.map((answer) => `${answer.status} ${answer.code}`));
  expect([...refusals]).toEqual(['503 DATABASE_UNAVAILABLE']);
  const readyStatuses = readiness.samples.map((sample) => sample.status);
  expect(readyStatuses).toContain(503);
  expect(readyStatuses).not.toContain('network');
  expect(readyStatuses.at(-1)).toBe(200);
  expect(await probe(fault.server, '/healthz')).toBe(200);
  expect(await probe(fault.server, '/readyz')).toBe(200);

  const acknowledged = writers.acknowledged();
  const lost = await missingWithAudit(databaseUrl, acknowledged);
  expect(lost, 'acknowledged writes missing or without their audit event').toEqual([]);

  const firstRefusal = Math.min(...refused.map((answer) => answer.at));
  const lastRefusal = Math.max(...refused.map((answer) => answer.at));
  const firstAfter = (time: number) =>
    Math.min(...acknowledged.filter((answer) => answer.at > time).map((answer) => answer.at));
  return {
    acknowledged: acknowledged.length,
    refused: refused.length,
    lost: lost.length,
    recoveryMs: Math.round(Math.max(0, firstAfter(back) - back)),
    clientOutageMs: Math.round(firstAfter(lastRefusal) - firstRefusal),
  };
}

/** The acknowledged writes whose cadre or whose `cadre.create` audit event is not there. */
async function missingWithAudit(databaseUrl: string, answers: WriteAnswer[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ full_name: string }>(
      `SELECT c.full_name FROM cadres c
        WHERE EXISTS (SELECT 1 FROM audit_events a WHERE a.action = 'cadre.create'
                       AND a.record_type = 'Cadre' AND a.record_id = c.id::text)`,
    );
    const present = new Set(rows.map((row) => row.full_name));
    return answers.map((answer) => answer.fullName).filter((name) => !present.has(name));
  } finally {
    await client.end();
  }
}
