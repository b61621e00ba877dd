import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cadreNameMatches, cadres, type DbHandle } from '../src';
import { testEngines } from '../src/testing';
import { insertCadre } from './fixtures';
import { rowsOf } from './support';

const NAMES = ['Vũ Sơn Hà', 'Đinh Bằng Sơn', 'Phạm Đức Huân', 'Nguyễn Thị 100% Hạnh'];

describe.each(testEngines())('accent-insensitive cadre search on $name', ({ open }) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await open();
    for (const fullName of NAMES) await insertCadre(handle.db, { fullName });
  });
  afterAll(() => handle?.close());

  const search = async (term: string) => {
    const rows = await handle.db
      .select({ fullName: cadres.fullName })
      .from(cadres)
      .where(cadreNameMatches(term));
    // Sorted here: the two engines' default collations differ.
    return rows.map((row) => row.fullName).sort();
  };

  it.each([
    ['vu son ha', ['Vũ Sơn Hà']],
    ['dinh', ['Đinh Bằng Sơn']],
    ['ĐINH BẰNG', ['Đinh Bằng Sơn']],
    ['  son  ', ['Vũ Sơn Hà', 'Đinh Bằng Sơn']],
    ['duc huan', ['Phạm Đức Huân']],
    ['100%', ['Nguyễn Thị 100% Hạnh']],
    ['_', []],
    ['vu  son', ['Vũ Sơn Hà']],
    ['hà vũ', []],
  ])('finds %j: %j', async (term, expected) => {
    expect(await search(term)).toEqual(expected);
  });

  it('has no condition for a blank term', () => {
    expect(cadreNameMatches('   ')).toBeUndefined();
  });

  it('can answer from the trigram index', async () => {
    const plan = await handle.db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL enable_seqscan = off`);
      return rowsOf<{ 'QUERY PLAN': string }>(
        tx,
        sql`EXPLAIN SELECT ${cadres.id} FROM ${cadres} WHERE ${cadreNameMatches('vu son ha')}`,
      );
    });
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain(
      'cadres_full_name_search_idx',
    );
  });
});
