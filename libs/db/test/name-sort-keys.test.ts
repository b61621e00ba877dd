import { nameSortKey } from '@luanchuyen/domain';
import { asc, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cadres, runMigrations, SQLSTATE, type DbHandle } from '../src';
import { backfillNameSortKeys } from '../src/name-sort-keys';
import { testEngines } from '../src/testing';
import { rejection, rowsOf } from './support';

// Cadres that existed before migration 0009 have '' for a key; the next open fills it in code.
// The keys are ASCII compared COLLATE "C", so both engines order them the same byte-wise way,
// whatever the database's own collation.

const NAMES = ['Lê Văn Hoàng', 'Nguyễn Thu Hà', 'Trần Văn Đạt', 'Phạm Thị Dung', 'Vũ Sơn Hà'];
const IN_ORDER = ['Phạm Thị Dung', 'Trần Văn Đạt', 'Nguyễn Thu Hà', 'Vũ Sơn Hà', 'Lê Văn Hoàng'];

describe.each(testEngines())('name sort keys on $name', ({ open }) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await open();
    await handle.db.insert(cadres).values(NAMES.map((fullName) => ({ fullName, nameSortKey: '' })));
  });
  afterAll(() => handle?.close());

  it('fills the keys a migration left empty when the database is opened, and only those', async () => {
    await runMigrations(handle);
    const rows = await handle.db
      .select({ fullName: cadres.fullName, key: cadres.nameSortKey })
      .from(cadres);
    expect(rows.map((row) => row.key)).toEqual(rows.map((row) => nameSortKey(row.fullName)));
    expect(await backfillNameSortKeys(handle.db)).toBe(0);
  });

  it('orders by the key as a Vietnamese list: given name first, Đ after D, Hà before Hoàng', async () => {
    const rows = await handle.db
      .select({ fullName: cadres.fullName })
      .from(cadres)
      .orderBy(asc(cadres.nameSortKey), asc(cadres.id));
    expect(rows.map((row) => row.fullName)).toEqual(IN_ORDER);
  });

  it('compares the key byte by byte whatever the database collation', async () => {
    const [column] = await rowsOf<{ collation: string }>(
      handle.db,
      sql`SELECT collation_name AS collation FROM information_schema.columns
          WHERE table_name = 'cadres' AND column_name = 'name_sort_key'`,
    );
    expect(column?.collation).toBe('C');
  });

  it('refuses a cadre written without a key', async () => {
    const refused = await rejection(
      handle.db.execute(sql`INSERT INTO cadres (full_name) VALUES ('Hoàng Văn Thụ')`),
    );
    expect(refused.code).toBe(SQLSTATE.notNullViolation);
  });
});
