import type pg from 'pg';
import { encodeGlobalId } from '@luanchuyen/domain';
import { Q1, Q2, Q3, Q4 } from './operations';

// QUALITY.md's read queries Q1–Q4 as GraphQL operations, with variables picked from the data
// so that each one does real work: the busiest profile, the busiest unit, the generator's
// "today". Picking by SQL (not hard-coded ids) keeps them right for any scale and seed.

export type QueryName = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'M1';

export type BenchQuery = {
  /** Unique per row of the table: Q2 runs with pages of 50 (`Q2`) and of 20 (`Q2-20`). */
  key: string;
  name: QueryName;
  label: string;
  query: string;
  variables: Record<string, unknown>;
};

/** The generator's fixed "today" (tools/dataset-generator/timeline.ts). */
export const AS_OF = '2026-10-01';
const PERIOD = { from: '2015-01-01', to: '2025-12-31' };

async function one(pool: pg.Pool, text: string): Promise<string> {
  const { rows } = await pool.query<{ id: string }>(text);
  const id = rows[0]?.id;
  if (!id) throw new Error(`No row for the benchmark variables: ${text}`);
  return id;
}

/** The four operations with variables picked from the database the benchmark runs on. */
export async function benchQueries(pool: pg.Pool): Promise<BenchQuery[]> {
  const cadreId = await one(
    pool,
    `SELECT a.cadre_id AS id FROM assignments a
      WHERE EXISTS (SELECT 1 FROM rotations r WHERE r.cadre_id = a.cadre_id)
      GROUP BY a.cadre_id ORDER BY count(*) DESC, a.cadre_id LIMIT 1`,
  );
  const unitId = await one(
    pool,
    `SELECT p.unit_id AS id FROM rotations r
      JOIN positions p ON p.id IN (r.from_position_id, r.to_position_id)
      WHERE r.start_date BETWEEN '${PERIOD.from}' AND '${PERIOD.to}'
      GROUP BY p.unit_id ORDER BY count(DISTINCT r.id) DESC, p.unit_id LIMIT 1`,
  );
  return [
    {
      key: 'Q1',
      name: 'Q1',
      label: 'cadre profile',
      query: Q1,
      variables: { id: encodeGlobalId('Cadre', cadreId) },
    },
    ...[50, 20].map((first) => ({
      key: first === 50 ? 'Q2' : `Q2-${first}`,
      name: 'Q2' as const,
      label: `rotation history, ${first}/page`,
      query: Q2,
      variables: { unitId: encodeGlobalId('Unit', unitId), ...PERIOD, first },
    })),
    { key: 'Q3', name: 'Q3', label: 'rotationStats', query: Q3, variables: {} },
    { key: 'Q4', name: 'Q4', label: 'eligibleCadres', query: Q4, variables: { asOf: AS_OF } },
  ];
}
