import { nameSortKey } from '@luanchuyen/domain';
import { eq, sql } from 'drizzle-orm';
import type { Database } from './database';
import { cadres } from './schema';

const BATCH = 1_000;

/**
 * Gives each cadre still without one its name sort key: the rows that existed when migration
 * 0009 added the column. Writers set it themselves, so after the first open this finds nothing
 * (one index probe).
 */
export async function backfillNameSortKeys(db: Database): Promise<number> {
  let filled = 0;
  for (;;) {
    const rows = await db
      .select({ id: cadres.id, fullName: cadres.fullName })
      .from(cadres)
      .where(eq(cadres.nameSortKey, ''))
      .limit(BATCH);
    if (rows.length === 0) return filled;
    const keys = rows.map((row) => ({ id: row.id, key: nameSortKey(row.fullName) }));
    await db.execute(sql`
      UPDATE cadres SET name_sort_key = given.key
      FROM jsonb_to_recordset(${JSON.stringify(keys)}::jsonb) AS given(id uuid, key text)
      WHERE cadres.id = given.id`);
    filled += rows.length;
  }
}
