import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './harness';
import { mutate, smallRegistry, startWriter, writeCounts, type Writer } from './write-support';

// unitUpdate refuses, beside the field, a correction that leaves a unit no day to exist (validTo
// is the first day off, so it must come after validFrom) or places it under itself; nothing is
// written.

const UPDATE = `mutation($id: ID!, $expectedVersion: Int!, $input: UnitUpdateInput!) {
  unitUpdate(id: $id, expectedVersion: $expectedVersion, input: $input) {
    unit { validFrom validTo version } userErrors { code field message } } }`;

describe.each(engines)('unitUpdate refusals on $name', (engine) => {
  let writer: Writer;
  let registry: Awaited<ReturnType<typeof smallRegistry>>;
  beforeAll(async () => {
    writer = await startWriter(engine);
    registry = await smallRegistry(writer);
  });
  afterAll(() => writer?.server.stop());

  it.each([
    ['a validTo on its first day', { validTo: '2000-01-01' }, 'INVALID_INPUT', 'validTo'],
    ['a validTo before its first day', { validTo: '1999-12-31' }, 'INVALID_INPUT', 'validTo'],
    [
      'a first day after its validTo',
      { validFrom: '2030-01-01', validTo: '2025-07-01' },
      'INVALID_INPUT',
      'validTo',
    ],
    ['itself as its parent', { parentId: 'self' }, 'INVALID_PARENT', 'parentId'],
  ])('refuses %s', async (_case, change, code, field) => {
    const id = registry.units.agency;
    const input = { ...change, ...('parentId' in change ? { parentId: id } : {}) };
    const before = await writeCounts(writer.server);
    const refused = await mutate(writer, UPDATE, { id, expectedVersion: 1, input });
    expect(refused.unit).toBeNull();
    expect(refused.userErrors).toEqual([
      { code, field: ['input', field], message: expect.any(String) },
    ]);
    expect(await writeCounts(writer.server)).toEqual(before);
  });

  it('refuses a first day moved onto the stored validTo, beside validFrom', async () => {
    const id = registry.units.board;
    const closed = await mutate(writer, UPDATE, {
      id,
      expectedVersion: 1,
      input: { validTo: '2025-07-01' },
    });
    expect(closed.unit).toMatchObject({ validTo: '2025-07-01', version: 2 });
    const refused = await mutate(writer, UPDATE, {
      id,
      expectedVersion: 2,
      input: { validFrom: '2025-07-01' },
    });
    expect(refused.userErrors).toEqual([
      { code: 'INVALID_INPUT', field: ['input', 'validFrom'], message: expect.any(String) },
    ]);
  });
});
