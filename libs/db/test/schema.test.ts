import { getTableName, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as db from '../src';
import { testEngines } from '../src/testing';
import { insertCadre, insertRegistry, insertRotation, rotationValues } from './fixtures';
import { rowsOf } from './support';

const declaredTables = Object.values(db)
  .filter((value) => is(value, PgTable))
  .map((table) => getTableName(table))
  .sort();

describe.each(testEngines())('the schema on $name', ({ open }) => {
  let handle: db.DbHandle;
  beforeAll(async () => {
    handle = await open();
  });
  afterAll(() => handle?.close());

  it('has exactly the tables the drizzle schema declares', async () => {
    const rows = await rowsOf<{ table_name: string }>(
      handle.db,
      sql`SELECT table_name FROM information_schema.tables
          WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    expect(rows.map((row) => row.table_name).sort()).toEqual(declaredTables);
    // 18 registry, audit and access tables (cadre_bodies the newest), the record of
    // personal-data reads, and the request state (login_attempts, idempotency_keys,
    // rate_limit_buckets).
    expect(declaredTables).toHaveLength(22);
  });

  it('round-trips dates as YYYY-MM-DD, scores as numbers, timestamps as Dates', async () => {
    const cadre = await insertCadre(handle.db, { birthDate: '1975-02-28', birthYear: 1975 });
    const [evaluation] = await handle.db
      .insert(db.evaluations)
      .values({ cadreId: cadre.id, year: 2019, score: 85.5, rating: 'GOOD' })
      .returning();
    expect(cadre.birthDate).toBe('1975-02-28');
    expect(cadre.version).toBe(1);
    expect(cadre.createdAt).toBeInstanceOf(Date);
    expect(evaluation?.score).toBe(85.5);
  });

  it('answers relational queries through the declared relations', async () => {
    const registry = await insertRegistry(handle.db);
    const cadre = await insertCadre(handle.db, { fullName: 'Đinh Bằng Sơn' });
    await insertRotation(handle.db, rotationValues(registry, cadre.id));
    const found = await handle.db.query.cadres.findFirst({
      where: (cadres, { eq }) => eq(cadres.id, cadre.id),
      with: {
        rotations: {
          with: {
            fromPosition: { with: { unit: true } },
            toPosition: { with: { unit: true } },
            decision: true,
            overrideDecision: true,
          },
        },
      },
    });
    expect(found?.rotations).toHaveLength(1);
    expect(found?.rotations[0]?.fromPosition.unit.name).toBe('Ban Tổ chức Thành ủy');
    expect(found?.rotations[0]?.toPosition.unit.level).toBe('COMMUNE');
    expect(found?.rotations[0]?.decision).toBeNull();
    expect(found?.rotations[0]?.warnings).toEqual([]);
  });
});
