import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rotations, SQLSTATE, type DbHandle } from '../src';
import { testEngines } from '../src/testing';
import {
  insertCadre,
  insertRegistry,
  insertRotation,
  rotationValues,
  type Registry,
} from './fixtures';
import { rejection } from './support';

// The exclusion constraint rotations_no_overlap_per_cadre, enforced by the database itself.
describe.each(testEngines())('overlapping rotations on $name', ({ open }) => {
  let handle: DbHandle;
  let registry: Registry;
  beforeAll(async () => {
    handle = await open();
    registry = await insertRegistry(handle.db);
  });
  afterAll(() => handle?.close());

  const overlapRejection = {
    code: SQLSTATE.exclusionViolation,
    constraint: 'rotations_no_overlap_per_cadre',
  };

  it('rejects a second rotation of the same cadre that overlaps the first', async () => {
    const cadre = await insertCadre(handle.db);
    await insertRotation(handle.db, rotationValues(registry, cadre.id));
    const overlapping = rotationValues(registry, cadre.id, {
      startDate: '2020-01-01',
      plannedEndDate: '2023-01-01',
    });
    expect(await rejection(insertRotation(handle.db, overlapping))).toMatchObject(overlapRejection);
  });

  it('lets a rotation start on the day the previous one ends', async () => {
    const cadre = await insertCadre(handle.db);
    await insertRotation(handle.db, rotationValues(registry, cadre.id));
    const next = rotationValues(registry, cadre.id, {
      startDate: '2021-07-01',
      plannedEndDate: '2024-07-01',
    });
    await expect(insertRotation(handle.db, next)).resolves.toHaveLength(1);
  });

  it('ignores cancelled rotations', async () => {
    const cadre = await insertCadre(handle.db);
    await insertRotation(handle.db, rotationValues(registry, cadre.id, { status: 'CANCELLED' }));
    await expect(
      insertRotation(handle.db, rotationValues(registry, cadre.id)),
    ).resolves.toHaveLength(1);
  });

  it('rejects reviving a cancelled rotation that now overlaps another', async () => {
    const cadre = await insertCadre(handle.db);
    const [cancelled] = await insertRotation(
      handle.db,
      rotationValues(registry, cadre.id, { status: 'CANCELLED' }),
    );
    await insertRotation(handle.db, rotationValues(registry, cadre.id));
    const revive = handle.db
      .update(rotations)
      .set({ status: 'PROPOSED' })
      .where(eq(rotations.id, cancelled?.id ?? ''));
    expect(await rejection(revive)).toMatchObject(overlapRejection);
  });

  it('uses the actual end instead of the planned end once a rotation has ended', async () => {
    const cadre = await insertCadre(handle.db);
    await insertRotation(
      handle.db,
      rotationValues(registry, cadre.id, {
        status: 'COMPLETED',
        endDate: '2019-07-01',
        outcome: 'ENDED_EARLY',
      }),
    );
    const next = rotationValues(registry, cadre.id, {
      startDate: '2019-07-01',
      plannedEndDate: '2022-07-01',
    });
    await expect(insertRotation(handle.db, next)).resolves.toHaveLength(1);
  });

  it('lets different cadres rotate over the same period', async () => {
    const first = await insertCadre(handle.db);
    const second = await insertCadre(handle.db, { fullName: 'Đinh Bằng Sơn' });
    await insertRotation(handle.db, rotationValues(registry, first.id));
    await expect(
      insertRotation(handle.db, rotationValues(registry, second.id)),
    ).resolves.toHaveLength(1);
  });
});
