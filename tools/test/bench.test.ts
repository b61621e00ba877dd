import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeGlobalId } from '@luanchuyen/domain';
import { startApi } from '../bench/api-server';
import { captureScripts, type Script } from '../bench/capture';
import { createScratchDatabase, generateDataset, type ScratchDatabase } from '../bench/database';
import { startFloor, type FloorServer } from '../bench/floor-server';
import { captureM1, moveBody, prepareMoves, withUndo } from '../bench/m1';
import { benchQueries } from '../bench/queries';

// The benchmark is only fair if the floor does the API's work: for each Q, on the city-scale
// generated data, every id, name and date our API answers must be among the rows the floor's
// replay of the captured statements returns. Needs PostgreSQL (skipped without
// TEST_DATABASE_URL); builds the API bundle it starts.

const serverUrl = process.env['TEST_DATABASE_URL'];
const COMPARED = new Set([
  'fullName',
  'title',
  'name',
  'startDate',
  'endDate',
  'plannedEndDate',
  'category',
  'status',
]);

/** Row ids (from global ids) and the compared fields' values of a GraphQL answer. */
function valuesOf(answer: unknown, key = ''): string[] {
  if (Array.isArray(answer)) return answer.flatMap((item) => valuesOf(item, key));
  if (answer !== null && typeof answer === 'object') {
    return Object.entries(answer).flatMap(([field, value]) => valuesOf(value, field));
  }
  if (typeof answer !== 'string') return [];
  if (key === 'id') return [decodeGlobalId(answer)?.id ?? answer];
  return COMPARED.has(key) ? [answer] : [];
}

function cellsOf(rows: unknown): Set<string> {
  const cells = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
    else cells.add(String(value));
  };
  walk(rows);
  return cells;
}

describe.skipIf(!serverUrl)('bench: the floor answers with our API’s data', () => {
  let scratch: ScratchDatabase;
  let floor: FloorServer;
  let work: string;
  let scripts: Script[] = [];
  let answers = new Map<string, unknown>();
  let captureFile = '';

  beforeAll(async () => {
    execFileSync(process.execPath, [join(import.meta.dirname, '../build-api.mjs')]);
    scratch = await createScratchDatabase(serverUrl ?? '');
    work = mkdtempSync(join(tmpdir(), 'lcb-bench-test-'));
    await generateDataset(scratch.url, 'city');
    const pool = new pg.Pool({ connectionString: scratch.url, max: 1 });
    const queries = await benchQueries(pool).finally(() => pool.end());
    captureFile = join(work, 'statements.jsonl');
    const api = await startApi(scratch.url, captureFile);
    ({ scripts, answers } = await captureScripts(api, captureFile, queries).finally(() =>
      api.stop(),
    ));
    floor = await startFloor(scratch.url, scripts);
  }, 60_000);

  afterAll(async () => {
    await floor?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
    await scratch?.drop();
  });

  it.each(['Q1', 'Q2', 'Q3', 'Q4'] as const)('%s', async (name) => {
    const response = await fetch(`${floor.url}/graphql/${name}`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(200);
    const rows: unknown = await response.json();
    const cells = cellsOf(rows);
    const ours = valuesOf(answers.get(name));
    expect(ours.filter((value) => !cells.has(value))).toEqual([]);
    if (name === 'Q3') {
      const data = answers.get(name) as { rotationStats: { total: number } };
      const groups = (rows as unknown[][]).at(-1) as number[][];
      expect(groups.reduce((sum, group) => sum + Number(group.at(-1)), 0)).toBe(
        data.rotationStats.total,
      );
    } else {
      expect(ours.length).toBeGreaterThan(0);
    }
  });

  it('M1: the floor proposes the move it is sent as our API did, and a run is undone', async () => {
    const pool = new pg.Pool({ connectionString: scratch.url, max: 2 });
    const prepared = await prepareMoves(pool, 10);
    const intoMadePosts = async () =>
      (
        await pool.query<{ cadre_id: string; to_position_id: string; category: string }>(
          'SELECT cadre_id, to_position_id, category FROM rotations WHERE to_position_id = ANY($1::uuid[])',
          [prepared.moves.map((move) => move.toPositionId)],
        )
      ).rows;
    try {
      const [first, , third] = prepared.moves;
      expect(third).toBeDefined();
      const api = await startApi(scratch.url, captureFile);
      const script = await captureM1(api, captureFile, pool, prepared.moves).finally(() =>
        api.stop(),
      );
      // Our API's two proposals (the warm one and the recorded one) were undone.
      expect(await intoMadePosts()).toEqual([]);
      expect(script.write?.ids).toEqual([
        first?.cadreId,
        first?.fromPositionId,
        first?.toPositionId,
      ]);
      const floorM1 = await startFloor(scratch.url, [script]);
      try {
        await withUndo(pool, async () => {
          const response = await fetch(`${floorM1.url}/graphql/M1`, {
            method: 'POST',
            body: third ? moveBody(third) : '',
          });
          expect(response.status).toBe(200);
          expect(await intoMadePosts()).toEqual([
            expect.objectContaining({
              cadre_id: third?.cadreId,
              to_position_id: third?.toPositionId,
            }),
          ]);
        });
        expect(await intoMadePosts()).toEqual([]);
      } finally {
        await floorM1.stop();
      }
    } finally {
      await prepared.remove();
      await pool.end();
    }
    const left = new pg.Pool({ connectionString: scratch.url, max: 1 });
    const { rows } = await left.query(
      `SELECT count(*)::int AS n FROM positions WHERE title LIKE '%(M1)%'`,
    );
    await left.end();
    expect(rows[0]).toEqual({ n: 0 });
  });
});
