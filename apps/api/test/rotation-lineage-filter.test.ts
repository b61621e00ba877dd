import { encodeGlobalId } from '@luanchuyen/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cadres, positions, rotations, unitLineage, units } from '@luanchuyen/db';
import { nameSortKey } from '@luanchuyen/domain';
import { engines } from './harness';
import { countStatements, startReadServer, type ReadServer } from './read-harness';
import { one } from './read-registry-fixture';

// API.md `RotationFilter.includeLineage`: with unitId, the rotations of the unit and of every
// unit merged or renamed into it, through any number of steps, and never the other way. On
// the read registry: Vĩnh Trại and Hoàng Văn Thụ wards merge into Kỳ Lừa on 1/7/2025, which
// is renamed on 1/1/2026; each of the four units has rotations of its own.

const LIST = `query ($filter: RotationFilter) {
  rotations(first: 50, filter: $filter) { totalCount nodes { id startDate } }
  rotationStats(filter: $filter) { total byYear { year count } } }`;

async function seedKyLua(api: ReadServer) {
  const { db } = api.server.handle;
  const { vinhTraiParty, hoangVanThuParty, orgBoard } = api.data.units;
  const { vinhTrai } = api.data.areas;
  const { boardDeputy, homeAffairsHead } = api.data.positions;
  const unit = (name: string, validFrom: string, validTo: string | null) =>
    one(
      db
        .insert(units)
        .values({ name, bloc: 'PARTY', level: 'COMMUNE', areaId: vinhTrai.id, validFrom, validTo })
        .returning(),
    );
  const kyLua = await unit('Đảng ủy phường Kỳ Lừa', '2025-07-01', '2026-01-01');
  const renamed = await unit('Đảng ủy phường Kỳ Lừa, tỉnh Lạng Sơn', '2026-01-01', null);
  // Two units that name each other as predecessor: the walk must end all the same.
  const loopA = await unit('Đảng ủy thử vòng A', '2000-01-01', null);
  const loopB = await unit('Đảng ủy thử vòng B', '2000-01-01', null);
  // A unit split off Kỳ Lừa: not its continuation, so it does not take Kỳ Lừa's history.
  const split = await unit('Đảng ủy phường Kỳ Lừa Bắc', '2026-01-01', null);
  await db.insert(unitLineage).values([
    { kind: 'MERGED_INTO', fromUnitId: vinhTraiParty.id, toUnitId: kyLua.id, date: '2025-07-01' },
    {
      kind: 'MERGED_INTO',
      fromUnitId: hoangVanThuParty.id,
      toUnitId: kyLua.id,
      date: '2025-07-01',
    },
    { kind: 'RENAMED', fromUnitId: kyLua.id, toUnitId: renamed.id, date: '2026-01-01' },
    { kind: 'SPLIT_FROM', fromUnitId: kyLua.id, toUnitId: split.id, date: '2026-01-01' },
    { kind: 'RENAMED', fromUnitId: loopA.id, toUnitId: loopB.id, date: '2010-01-01' },
    { kind: 'RENAMED', fromUnitId: loopB.id, toUnitId: loopA.id, date: '2011-01-01' },
  ]);
  const post = (unitId: string) =>
    one(
      db
        .insert(positions)
        .values({ unitId, title: 'Bí thư Đảng ủy', rank: 3, isKey: true })
        .returning(),
    );
  const kyLuaSecretary = await post(kyLua.id);
  const renamedSecretary = await post(renamed.id);
  const loopSecretary = await post(loopA.id);
  const splitSecretary = await post(split.id);
  // One cadre per rotation: a cadre's rotations may not overlap.
  let people = 0;
  const person = async () => {
    people += 1;
    const fullName = `Hà Văn Tân ${people}`;
    return one(
      db
        .insert(cadres)
        .values({ fullName, nameSortKey: nameSortKey(fullName), isSample: true })
        .returning(),
    );
  };
  const rotation = async (fromPositionId: string, toPositionId: string, startDate: string) =>
    one(
      db
        .insert(rotations)
        .values({
          cadreId: (await person()).id,
          fromPositionId,
          toPositionId,
          startDate,
          plannedEndDate: '2029-01-01',
          status: 'ACTIVE',
          category: 'DOWN_TO_GRASSROOTS',
          direction: 'DOWN',
          rankChange: 'LATERAL',
        })
        .returning(),
    );
  const toKyLua = await rotation(boardDeputy.id, kyLuaSecretary.id, '2025-08-01');
  const fromRenamed = await rotation(renamedSecretary.id, homeAffairsHead.id, '2026-03-01');
  const toLoop = await rotation(boardDeputy.id, loopSecretary.id, '2012-01-01');
  const toSplit = await rotation(boardDeputy.id, splitSecretary.id, '2026-02-01');
  const id = (row: { id: string }) => encodeGlobalId('Unit', row.id);
  return {
    units: {
      kyLua: id(kyLua),
      renamed: id(renamed),
      split: id(split),
      loopB: id(loopB),
      vinhTrai: id(vinhTraiParty),
      hoangVanThu: id(hoangVanThuParty),
      orgBoard: id(orgBoard),
      cityParty: id(api.data.units.cityParty),
    },
    rotations: { toKyLua, fromRenamed, toLoop, toSplit },
  };
}

describe.each(engines)('rotations of a unit and its lineage on $name', (engine) => {
  let api: ReadServer;
  let s: Awaited<ReturnType<typeof seedKyLua>>;
  beforeAll(async () => {
    api = await startReadServer(engine);
    s = await seedKyLua(api);
  });
  afterAll(() => api?.stop());

  const starts = async (filter: Record<string, unknown>) => {
    const body = await api.query(LIST, { filter });
    expect(body.errors).toBeUndefined();
    const list = body.data?.['rotations'];
    expect(list.totalCount).toBe(list.nodes.length);
    return list.nodes.map((rotation: { startDate: string }) => rotation.startDate);
  };

  // The fixture's own rotations: Vĩnh Trại → Mai Pha (2018-01-01), board → Hoàng Văn Thụ
  // (2018-07-01); ours: board → Kỳ Lừa (2025-08-01), renamed Kỳ Lừa → Home Affairs (2026-03-01).
  it.each([
    ['Kỳ Lừa alone: only its own rotation', 'kyLua', false, ['2025-08-01']],
    [
      'Kỳ Lừa with its lineage: also those of the two wards merged into it',
      'kyLua',
      true,
      ['2025-08-01', '2018-07-01', '2018-01-01'],
    ],
    ['the renamed Kỳ Lừa alone: only its own', 'renamed', false, ['2026-03-01']],
    [
      'the renamed Kỳ Lừa with its lineage: through the renaming and the merger (two steps)',
      'renamed',
      true,
      ['2026-03-01', '2025-08-01', '2018-07-01', '2018-01-01'],
    ],
    ['a merged ward with its lineage: not its successor’s', 'vinhTrai', true, ['2018-01-01']],
    ['the other merged ward: not its sibling’s either', 'hoangVanThu', true, ['2018-07-01']],
    ['a unit split off Kỳ Lừa: not Kỳ Lừa’s history', 'split', true, ['2026-02-01']],
    ['a lineage that loops back on itself ends', 'loopB', true, ['2012-01-01']],
    ['a unit with no lineage: the same as without the flag', 'orgBoard', true, null],
    ['units under a unit are not included, as for unitId alone', 'cityParty', true, []],
  ] as const)('%s', async (_case, unit, includeLineage, expected) => {
    const got = await starts({ unitId: s.units[unit], includeLineage });
    const alone = await starts({ unitId: s.units[unit] });
    expect(got).toEqual(expected ?? alone);
    if (!includeLineage) expect(got).toEqual(alone);
  });

  it('costs the same SQL statements as the plain unit filter: the walk is inside the query', async () => {
    const statements = countStatements(api.server.handle);
    const costOf = async (includeLineage: boolean) => {
      statements.reset();
      const body = await api.query(LIST, { filter: { unitId: s.units.renamed, includeLineage } });
      expect(body.errors).toBeUndefined();
      return statements.count;
    };
    const plain = await costOf(false);
    expect(await costOf(true)).toBe(plain);
  });

  it('includeLineage false is the plain unit filter', async () => {
    expect(await starts({ unitId: s.units.kyLua, includeLineage: false })).toEqual(['2025-08-01']);
  });

  it('rotationStats counts the same rotations as the list', async () => {
    const filter = {
      unitId: s.units.renamed,
      includeLineage: true,
      statuses: ['ACTIVE', 'COMPLETED'],
    };
    const body = await api.query(LIST, { filter });
    expect(body.errors).toBeUndefined();
    expect(body.data?.['rotationStats'].total).toBe(body.data?.['rotations'].totalCount);
    expect(body.data?.['rotationStats'].total).toBe(4);
    expect(body.data?.['rotationStats'].byYear).toEqual([
      { year: 2018, count: 2 },
      { year: 2025, count: 1 },
      { year: 2026, count: 1 },
    ]);
    // Default statuses for the stats (ACTIVE, COMPLETED): the same four here.
    const plain = await api.query(LIST, {
      filter: { unitId: s.units.renamed, includeLineage: true },
    });
    expect(plain.data?.['rotationStats'].total).toBe(4);
  });

  it('combines with the other conditions', async () => {
    expect(
      await starts({ unitId: s.units.renamed, includeLineage: true, startedFrom: '2025-01-01' }),
    ).toEqual(['2026-03-01', '2025-08-01']);
  });

  it.each([
    ['rotations', '{ rotations(first: 5, filter: {includeLineage: true}) { totalCount } }'],
    ['rotationStats', '{ rotationStats(filter: {includeLineage: true}) { total } }'],
  ])(
    '%s: includeLineage without unitId is BAD_USER_INPUT naming the argument',
    async (_, query) => {
      const body = await api.query(query, {}, { language: 'en' });
      expect(body.data).toBeNull();
      expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toBe(
        'includeLineage goes with unitId: name the unit whose merged units to include: filter.includeLineage',
      );
    },
  );

  it('says so in Vietnamese too', async () => {
    const body = await api.query('{ rotationStats(filter: {includeLineage: true}) { total } }');
    expect(body.errors?.[0]?.message).toContain('includeLineage chỉ dùng cùng unitId');
  });

  it('includeLineage false without unitId is no condition', async () => {
    const all = await starts({});
    expect(await starts({ includeLineage: false })).toEqual(all);
  });
});
