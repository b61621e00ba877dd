import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './harness';
import { mutate, smallRegistry, startWriter, writeCounts, type Writer } from './write-support';

// unitMerge at its edges over HTTP. Unit validity is half-open: validFrom is the first day a
// unit exists, validTo the first day it no longer does. A refusal names its own code beside the
// offending list index (or the successor) and writes nothing.

const UNIT = `mutation($input: UnitCreateInput!) { unitCreate(input: $input) { unit { id } userErrors { code } } }`;
const MERGE = `mutation($input: UnitMergeInput!) { unitMerge(input: $input) {
  unit { id validFrom } mergedUnits { validTo } userErrors { code field message } } }`;

type Outcome = { code: string; field: string[] } | 'MERGED';

describe.each(engines)('unitMerge refusals on $name', (engine) => {
  let writer: Writer;
  let areaId: string;
  let made = 0;
  beforeAll(async () => {
    writer = await startWriter(engine);
    areaId = (await smallRegistry(writer)).areas.ward;
  });
  afterAll(() => writer?.server.stop());

  async function unit(validFrom: string, validTo: string | null = null): Promise<string> {
    made += 1;
    const input = { name: `Đảng ủy thử ${made}`, bloc: 'PARTY', level: 'COMMUNE', areaId };
    const created = await mutate(writer, UNIT, { input: { ...input, validFrom, validTo } });
    return created.unit.id;
  }

  /** Merges and checks the outcome; on a refusal, that no table changed. */
  async function expectMerge(input: Record<string, unknown>, expected: Outcome) {
    const before = await writeCounts(writer.server);
    const merged = await mutate(writer, MERGE, { input });
    if (expected === 'MERGED') {
      expect(merged.userErrors).toEqual([]);
      expect(merged.mergedUnits).toEqual(
        (input['unitIds'] as string[]).map(() => ({ validTo: input['date'] })),
      );
      return merged;
    }
    expect(merged.userErrors).toEqual([{ ...expected, message: expect.any(String) }]);
    expect(merged.unit).toBeNull();
    expect(await writeCounts(writer.server)).toEqual(before);
    return merged;
  }

  const atIndex = (code: string, index: number) => ({
    code,
    field: ['input', 'unitIds', `${index}`],
  });
  const newSuccessor = () => ({
    name: `Đảng ủy kế thừa ${made}`,
    bloc: 'PARTY',
    level: 'COMMUNE',
    areaId,
  });

  it.each<[string, string, Outcome]>([
    [
      'the day before a unit began is refused: not yet begun',
      '2019-12-31',
      atIndex('UNIT_NOT_VALID_ON_DATE', 1),
    ],
    [
      'the day a unit began is refused: it would exist no day',
      '2020-01-01',
      atIndex('UNIT_NOT_VALID_ON_DATE', 1),
    ],
    ['the day after a unit began is allowed', '2020-01-02', 'MERGED'],
  ])('%s', async (_rule, date, expected) => {
    const unitIds = [await unit('2015-01-01'), await unit('2020-01-01')];
    await expectMerge({ unitIds, date, successor: newSuccessor() }, expected);
  });

  it.each<[string, string, Outcome]>([
    ['the day before its validTo is allowed', '2025-06-30', 'MERGED'],
    ['its validTo day is refused: closed', '2025-07-01', atIndex('UNIT_NOT_VALID_ON_DATE', 0)],
    [
      'a day after its validTo is refused: closed',
      '2025-07-02',
      atIndex('UNIT_NOT_VALID_ON_DATE', 0),
    ],
  ])('%s', async (_rule, date, expected) => {
    const unitIds = [await unit('2015-01-01', '2025-07-01')];
    await expectMerge({ unitIds, date, successor: newSuccessor() }, expected);
  });

  it.each<[string, string, Outcome]>([
    [
      'the day before an existing successor began is refused',
      '2020-02-29',
      { code: 'DATE_BEFORE_UNIT_BEGAN', field: ['input', 'successorId'] },
    ],
    ['the day an existing successor began is allowed', '2020-03-01', 'MERGED'],
  ])('%s', async (_rule, date, expected) => {
    const [old, successorId] = [await unit('2015-01-01'), await unit('2020-03-01')];
    const merged = await expectMerge({ unitIds: [old], date, successorId }, expected);
    if (expected === 'MERGED')
      expect(merged.unit).toEqual({ id: successorId, validFrom: '2020-03-01' });
  });

  it('refuses a unit listed twice at its second place, naming it', async () => {
    const [a, b] = [await unit('2015-01-01'), await unit('2015-01-01')];
    const input = { unitIds: [a, b, a], date: '2025-07-01', successor: newSuccessor() };
    const refused = await expectMerge(input, atIndex('DUPLICATE_UNIT', 2));
    expect(refused.userErrors[0].message).toMatch(/^Đơn vị “Đảng ủy thử \d+” được liệt kê hai lần/);
  });

  it('refuses a successor that is also listed', async () => {
    const [a, b] = [await unit('2015-01-01'), await unit('2015-01-01')];
    const input = { unitIds: [a, b], date: '2025-07-01', successorId: b };
    await expectMerge(input, { code: 'INVALID_LINEAGE', field: ['input', 'successorId'] });
  });

  it('reports every refusal at once, each at its index, in the caller’s language', async () => {
    const closed = await unit('2015-01-01', '2020-01-01');
    const open = await unit('2015-01-01');
    const input = { unitIds: [open, closed, open], date: '2021-01-01', successor: newSuccessor() };
    const before = await writeCounts(writer.server);
    const merged = await mutate(writer, MERGE, { input }, 'en');
    expect(merged.userErrors).toEqual([
      {
        ...atIndex('UNIT_NOT_VALID_ON_DATE', 1),
        message: expect.stringMatching(
          /no longer exists from 2020-01-01: leave it out or choose a merge date no later than 2019-12-31$/,
        ),
      },
      { ...atIndex('DUPLICATE_UNIT', 2), message: expect.stringContaining('is listed twice') },
    ]);
    expect(await writeCounts(writer.server)).toEqual(before);
  });
});
