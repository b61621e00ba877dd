import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cadreBodies, SQLSTATE, type DbHandle } from '../src';
import { testEngines } from '../src/testing';
import { insertCadre, insertRegistry, type Registry } from './fixtures';
import { rejection } from './support';

// Who manages a cadre is a timeline: the exclusion constraint cadre_bodies_no_overlap refuses
// two periods of one cadre that share a day, on both engines; periods that meet are one after
// the other, and the range check refuses a period that ends before it begins.
describe.each(testEngines())('managing-body periods on $name', ({ open }) => {
  let handle: DbHandle;
  let registry: Registry;
  beforeAll(async () => {
    handle = await open();
    registry = await insertRegistry(handle.db);
  });
  afterAll(() => handle?.close());

  const period = (cadreId: string, validFrom: string, validTo: string | null, unit = 'board') =>
    handle.db
      .insert(cadreBodies)
      .values({
        cadreId,
        bodyUnitId: unit === 'board' ? registry.board.id : registry.ward.id,
        validFrom,
        validTo,
      })
      .returning();

  it('lets a period begin on the day the previous one ends', async () => {
    const cadre = await insertCadre(handle.db);
    await period(cadre.id, '2015-01-01', '2025-07-01');
    await expect(period(cadre.id, '2025-07-01', null, 'ward')).resolves.toHaveLength(1);
  });

  it('refuses two periods of one cadre sharing a day, and an open one under a later start', async () => {
    const cadre = await insertCadre(handle.db);
    await period(cadre.id, '2015-01-01', '2025-07-01');
    expect(await rejection(period(cadre.id, '2025-06-30', null, 'ward'))).toMatchObject({
      code: SQLSTATE.exclusionViolation,
      constraint: 'cadre_bodies_no_overlap',
    });
    const open = await insertCadre(handle.db, { fullName: 'Đinh Bằng Sơn' });
    await period(open.id, '2020-01-01', null);
    expect(await rejection(period(open.id, '2024-01-01', null, 'ward'))).toMatchObject({
      code: SQLSTATE.exclusionViolation,
    });
  });

  it('keeps the periods of different cadres apart', async () => {
    const first = await insertCadre(handle.db, { fullName: 'Hoàng Văn Một' });
    const second = await insertCadre(handle.db, { fullName: 'Hoàng Văn Hai' });
    await period(first.id, '2020-01-01', null);
    await expect(period(second.id, '2020-01-01', null)).resolves.toHaveLength(1);
  });

  it('refuses a period that ends before it begins', async () => {
    const cadre = await insertCadre(handle.db, { fullName: 'Lý Văn Ba' });
    expect(await rejection(period(cadre.id, '2020-01-01', '2019-01-01'))).toMatchObject({
      code: SQLSTATE.checkViolation,
      constraint: 'cadre_bodies_valid_range',
    });
  });
});
