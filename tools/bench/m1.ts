import { randomUUID } from 'node:crypto';
import { encodeGlobalId } from '@luanchuyen/domain';
import { writeFileSync } from 'node:fs';
import type pg from 'pg';
import { readCaptured, wavesOf, type Script } from './capture';
import type { BenchQuery } from './queries';
import type { Sample, Side } from './run-load';

// QUALITY.md's M1: `rotationCreate` with its checks and audit event, ours against the floor
// replaying our statements (floor-server.ts, one transaction on one connection). A write
// cannot be repeated as is (the second proposal of the same move overlaps the first), so every
// request proposes a different move (prepareMoves). After each run the rotations and audit events it wrote are
// deleted, so every run of every side starts from the same registry, and a run is counted
// only from the proposals that were created: one answered with user errors (a move the rules
// refuse, or the list running out) would time a cheaper path, so it counts as an error.

export const M1 = /* GraphQL */ `
  mutation M1($input: RotationInput!) {
    rotationCreate(input: $input) {
      rotation {
        id
        status
        category
        direction
        rankChange
      }
      warnings {
        code
      }
      userErrors {
        code
        field
      }
    }
  }
`;

/** The proposals' start and planned end: after the generator's "today" (queries.ts AS_OF). */
const START = '2026-11-01';
const PLANNED_END = '2029-11-01';

export type Move = { cadreId: string; fromPositionId: string; toPositionId: string };

export type Moves = {
  moves: Move[];
  /** Removes the posts made for them. */ remove(): Promise<void>;
};

/**
 * Up to `count` moves the rules allow, each cadre once: a cadre holding a post in an open
 * unit, with no rotation over the period and far from retirement, into a post made for the
 * benchmark (a generated registry has almost no free seat): one seat, the same rank, in the
 * unit of the next cadre on the list (never the cadre's own). The posts are removed after.
 */
export async function prepareMoves(pool: pg.Pool, count: number): Promise<Moves> {
  const { rows } = await pool.query<{
    cadre_id: string;
    position_id: string;
    rank: number;
    unit_id: string;
  }>(
    `SELECT DISTINCT ON (a.cadre_id) a.cadre_id, a.position_id, p.rank, p.unit_id
       FROM assignments a
       JOIN positions p ON p.id = a.position_id
       JOIN units u ON u.id = p.unit_id AND u.valid_to IS NULL
       JOIN cadres c ON c.id = a.cadre_id
      WHERE a.end_date IS NULL AND a.start_date < $1
        AND c.birth_date > '1970-01-01' AND c.sex IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM rotations r WHERE r.cadre_id = a.cadre_id
              AND r.status <> 'CANCELLED' AND coalesce(r.end_date, r.planned_end_date) > $1)
      ORDER BY a.cadre_id, a.start_date DESC, a.position_id
      LIMIT $2`,
    [START, count],
  );
  const moves = rows.flatMap((row, i) => {
    const next = rows[(i + 1) % rows.length];
    if (!next || next.unit_id === row.unit_id) return [];
    return [{ row, unitId: next.unit_id, toPositionId: randomUUID() }];
  });
  await pool.query(
    `INSERT INTO positions (id, unit_id, title, rank, seats)
     SELECT id, unit_id, 'Vị trí đón cán bộ luân chuyển (M1) ' || n, rank, 1
       FROM unnest($1::uuid[], $2::uuid[], $3::int[]) WITH ORDINALITY AS t(id, unit_id, rank, n)`,
    [moves.map((m) => m.toPositionId), moves.map((m) => m.unitId), moves.map((m) => m.row.rank)],
  );
  const made = moves.map((m) => m.toPositionId);
  return {
    moves: moves.map(({ row, toPositionId }) => ({
      cadreId: row.cadre_id,
      fromPositionId: row.position_id,
      toPositionId,
    })),
    remove: async () => {
      await pool.query(`DELETE FROM rotations WHERE to_position_id = ANY($1::uuid[])`, [made]);
      await pool.query(`DELETE FROM positions WHERE id = ANY($1::uuid[])`, [made]);
    },
  };
}

export function moveBody({ cadreId, fromPositionId, toPositionId }: Move): string {
  return JSON.stringify({
    query: M1,
    variables: {
      input: {
        cadreId: encodeGlobalId('Cadre', cadreId),
        fromPositionId: encodeGlobalId('Position', fromPositionId),
        toPositionId: encodeGlobalId('Position', toPositionId),
        startDate: START,
        plannedEndDate: PLANNED_END,
        reason: 'Luân chuyển để đào tạo, thử thách qua thực tiễn',
      },
    },
  });
}

/** M1 as the benchmark's other operations are described (the first move's variables). */
export function m1Query(moves: readonly Move[]): BenchQuery {
  const [first] = moves;
  if (!first) throw new Error('M1 needs a move');
  const { variables } = JSON.parse(moveBody(first)) as { variables: Record<string, unknown> };
  return { key: 'M1', name: 'M1', label: 'rotationCreate', query: M1, variables };
}

/** Where the database stands before a run: what the run writes comes after it. */
async function markOf(pool: pg.Pool): Promise<{ at: string; auditId: string }> {
  const { rows } = await pool.query<{ at: string; audit_id: string }>(
    `SELECT clock_timestamp()::text AS at, coalesce(max(id), 0)::text AS audit_id FROM audit_events`,
  );
  const row = rows[0];
  if (!row) throw new Error('no mark');
  return { at: row.at, auditId: row.audit_id };
}

/**
 * Waits until no more proposals arrive: autocannon stops counting at the deadline, but the
 * server still finishes the requests in flight, and those must be undone too.
 */
async function settled(pool: pg.Pool, mark: { at: string }): Promise<void> {
  let last = -1;
  for (;;) {
    const { rows } = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM rotations WHERE created_at >= $1`,
      [mark.at],
    );
    const now = rows[0]?.n ?? 0;
    if (now === last) return;
    last = now;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/**
 * Deletes what writes after the mark added: the proposed rotations and their audit events.
 * The audit log is append-only by trigger (the product's promise); the benchmark, owner of its
 * scratch database, sets triggers aside for this one transaction to put the registry back.
 */
async function undo(pool: pg.Pool, mark: { at: string; auditId: string }): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SET LOCAL session_replication_role = replica`);
    const { rowCount } = await client.query(`DELETE FROM rotations WHERE created_at >= $1`, [
      mark.at,
    ]);
    await client.query(`DELETE FROM audit_events WHERE id > $1`, [mark.auditId]);
    await client.query('COMMIT');
    return rowCount ?? 0;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

/**
 * A side that proposes moves: each run starts on a clean registry and ends by undoing what it
 * wrote; answers without a created rotation (user errors) are counted as errors.
 */
export function writingSide(side: Side, pool: pg.Pool): Side {
  return {
    name: side.name,
    async run(duration): Promise<Sample> {
      const mark = await markOf(pool);
      const sample = await side.run(duration);
      await settled(pool, mark);
      const created = await undo(pool, mark);
      const answered = (sample.requests ?? 0) - sample.errors;
      const refused = Math.max(0, answered - created);
      if (sample.errors + refused > 0) {
        process.stderr.write(
          `  ${side.name}: ${sample.errors} failed, ${refused} answered without a rotation\n`,
        );
      }
      return { ...sample, errors: sample.errors + refused };
    },
  };
}

/** Undoes the capture's own proposals (run before the load, so the first move is free again). */
export async function withUndo<T>(pool: pg.Pool, work: () => Promise<T>): Promise<T> {
  const mark = await markOf(pool);
  try {
    return await work();
  } finally {
    await undo(pool, mark);
  }
}

/** Proposes one move on our API; throws unless the rotation was created. */
export async function propose(
  api: { url: string; headers: Record<string, string> },
  move: Move,
): Promise<void> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: api.headers,
    body: moveBody(move),
  });
  const body = (await response.json()) as {
    data?: { rotationCreate?: { rotation: unknown; userErrors: { code: string }[] } };
    errors?: { message: string }[];
  };
  const payload = body.data?.rotationCreate;
  if (!response.ok || body.errors?.length || !payload?.rotation) {
    const why = [
      ...(body.errors ?? []).map((error) => error.message),
      ...(payload?.userErrors ?? []).map((error) => error.code),
    ].join('; ');
    throw new Error(`M1 failed on our API: HTTP ${response.status} ${why}`);
  }
}

/**
 * M1's script for the floor: a warm proposal (another move), then the first move's recorded;
 * both undone, so the load starts from the first move again.
 */
export function captureM1(
  api: { url: string; headers: Record<string, string> },
  captureFile: string,
  pool: pg.Pool,
  moves: readonly Move[],
): Promise<Script> {
  const [first, warm] = moves;
  if (!first || !warm) throw new Error('M1 needs at least two moves');
  return withUndo(pool, async () => {
    await propose(api, warm);
    writeFileSync(captureFile, '');
    await propose(api, first);
    const captured = readCaptured(captureFile);
    return {
      key: 'M1',
      name: 'M1',
      waves: wavesOf(captured),
      statements: captured.length,
      write: { ids: [first.cadreId, first.fromPositionId, first.toPositionId] },
    };
  });
}
