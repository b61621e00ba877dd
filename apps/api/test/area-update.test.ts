import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './harness';
import { mutate, smallRegistry, startWriter, writeCounts, type Writer } from './write-support';

// areaUpdate over HTTP: a correction at the version it was read; a refusal (dates out of order,
// a loop of parents, a date its lineage fixes, a stale version) writes nothing.

const AREA = `mutation($input: AreaCreateInput!) { areaCreate(input: $input) {
  area { id version } userErrors { code field } } }`;
const UPDATE = `mutation($id: ID!, $expectedVersion: Int!, $input: AreaUpdateInput!) {
  areaUpdate(id: $id, expectedVersion: $expectedVersion, input: $input) {
    area { id name kind validFrom validTo version parent { id } } userErrors { code field message } } }`;

describe.each(engines)('areaUpdate on $name', (engine) => {
  let writer: Writer;
  let registry: Awaited<ReturnType<typeof smallRegistry>>;
  beforeAll(async () => {
    writer = await startWriter(engine);
    registry = await smallRegistry(writer);
  });
  afterAll(() => writer?.server.stop());

  async function newArea(name: string, extra: Record<string, unknown> = {}) {
    const created = await mutate(writer, AREA, {
      input: {
        name,
        kind: 'WARD',
        parentId: registry.areas.city,
        validFrom: '2010-01-01',
        ...extra,
      },
    });
    expect(created.userErrors).toEqual([]);
    return created.area as { id: string; version: number };
  }

  /** Sends the update and checks it was refused with exactly these codes, nothing written. */
  async function expectRefused(
    area: { id: string; version: number },
    input: Record<string, unknown>,
    errors: { code: string; field: string[] }[],
  ) {
    const before = await writeCounts(writer.server);
    const refused = await mutate(writer, UPDATE, { ...area, expectedVersion: area.version, input });
    expect(refused.area).toBeNull();
    expect(
      refused.userErrors.map(({ code, field }: { code: string; field: string[] }) => ({
        code,
        field,
      })),
    ).toEqual(errors);
    for (const error of refused.userErrors) expect(error.message).not.toBe('');
    expect(await writeCounts(writer.server)).toEqual(before);
  }

  it('corrects the name, kind and dates at the version read, then refuses that version', async () => {
    const area = await newArea('Phuong Dong  Kinh');
    const fixed = await mutate(writer, UPDATE, {
      id: area.id,
      expectedVersion: 1,
      input: {
        name: ' Phường Đông Kinh ',
        kind: 'WARD',
        validFrom: '2009-06-01',
        validTo: '2025-07-01',
      },
    });
    expect(fixed).toMatchObject({
      area: {
        name: 'Phường Đông Kinh',
        validFrom: '2009-06-01',
        validTo: '2025-07-01',
        version: 2,
      },
      userErrors: [],
    });
    await expectRefused(area, { name: 'Phường Khác' }, [
      { code: 'STALE_VERSION', field: ['expectedVersion'] },
    ]);
    const reopened = await mutate(writer, UPDATE, {
      id: area.id,
      expectedVersion: 2,
      input: { validTo: null },
    });
    expect(reopened.area).toMatchObject({ validTo: null, version: 3 });
  });

  it('refuses an end on or before the first day, beside the field that moved', async () => {
    const area = await newArea('Phường Ngày');
    await expectRefused(area, { validTo: '2010-01-01' }, [
      { code: 'INVALID_INPUT', field: ['input', 'validTo'] },
    ]);
    await mutate(writer, UPDATE, {
      id: area.id,
      expectedVersion: 1,
      input: { validTo: '2020-01-01' },
    });
    await expectRefused({ id: area.id, version: 2 }, { validFrom: '2020-01-01' }, [
      { code: 'INVALID_INPUT', field: ['input', 'validFrom'] },
    ]);
  });

  it('refuses the area itself or one inside it as its parent, and an unknown parent', async () => {
    const city = { id: registry.areas.city, version: 1 };
    await expectRefused(city, { parentId: registry.areas.city }, [
      { code: 'INVALID_PARENT', field: ['input', 'parentId'] },
    ]);
    await expectRefused(city, { parentId: registry.areas.ward }, [
      { code: 'INVALID_PARENT', field: ['input', 'parentId'] },
    ]);
    await expectRefused(city, { parentId: registry.units.board }, [
      { code: 'NOT_FOUND', field: ['input', 'parentId'] },
    ]);
  });

  it('keeps the dates a lineage fixes: the merge day on both ends', async () => {
    const old = await newArea('Xã Mai Pha', { kind: 'COMMUNE' });
    const merged = await newArea('Phường Đông Kinh mới', {
      validFrom: '2025-07-01',
      predecessorIds: [old.id],
    });
    await expectRefused(merged, { validFrom: '2025-06-01' }, [
      { code: 'INVALID_LINEAGE', field: ['input', 'validFrom'] },
    ]);
    // areaCreate closed the predecessor on the merge day (its version 2).
    await expectRefused({ id: old.id, version: 2 }, { validTo: null }, [
      { code: 'INVALID_LINEAGE', field: ['input', 'validTo'] },
    ]);
    const renamed = await mutate(writer, UPDATE, {
      id: old.id,
      expectedVersion: 2,
      input: { name: 'Xã Mai Pha (cũ)', validFrom: '2005-01-01' },
    });
    expect(renamed.area).toMatchObject({ name: 'Xã Mai Pha (cũ)', validTo: '2025-07-01' });
  });

  it('answers NOT_FOUND for an id that names no area', async () => {
    await expectRefused({ id: registry.units.board, version: 1 }, { name: 'X' }, [
      { code: 'NOT_FOUND', field: ['id'] },
    ]);
  });
});
