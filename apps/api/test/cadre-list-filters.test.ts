import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './harness';
import { keysOf, startCadreList, TODAY, type CadreList } from './cadre-list-fixture';

// CadreFilter's status, ageBand, inSuccessionPool (with its title) and asOf, each with a
// search and with the older unitId and activeAt, through HTTP; bad values are refused.

const LIST = `query ($filter: CadreFilter) {
  cadres(first: 100, filter: $filter) { totalCount nodes { id } } }`;

describe.each(engines)('the cadres list filters on $name', (engine) => {
  let list: CadreList;
  beforeAll(async () => {
    list = await startCadreList(engine);
  });
  afterAll(() => list?.stop());

  /** The keys listed (in the default name order) and the count agreeing with them. */
  async function listed(filter: Record<string, unknown>): Promise<string[]> {
    const body = await list.query(LIST, { filter });
    expect(body.errors).toBeUndefined();
    const keys = keysOf(
      list,
      body.data.cadres.nodes.map((node: { id: string }) => node.id),
    );
    expect(body.data.cadres.totalCount).toBe(keys.length);
    return keys;
  }

  async function refusal(filter: Record<string, unknown>) {
    const body = await list.query(LIST, { filter });
    expect(body.data?.cadres ?? null).toBeNull();
    return body.errors?.[0];
  }

  it('lists by status, with a search', async () => {
    expect(await listed({ search: 'khong', status: 'RETIRED' })).toEqual(['binh']);
    expect(await listed({ search: 'khong', status: 'LEFT' })).toEqual(['lan']);
    expect(await listed({ search: 'dung', status: 'ACTIVE' })).toHaveLength(4);
    expect(await listed({ search: 'dung', status: 'LEFT' })).toEqual([]);
  });

  it.each([
    // Hoàng turns 35 on 15/6/2026, the day in Vietnam; Hoàn only the next day.
    ['UNDER_35', ['ha', 'hoan']],
    ['FROM_35_TO_44', ['dung*', 'dung*', 'dung*', 'hoang', 'lan']],
    // Anh's birth year alone allows 45 or 46: both in the band.
    ['FROM_45_TO_54', ['anh']],
    ['FROM_55', ['son']],
    // Bình has no birth facts; Tú's year allows 34 or 35, so no band is claimed for him.
    ['UNKNOWN', ['binh', 'tu']],
  ])('puts each Khổng cadre in age band %s today, never by a guess', async (ageBand, expected) => {
    const keys = await listed({ search: 'khong', ageBand });
    expect(keys.map((key) => (key.startsWith('dung') ? 'dung*' : key))).toEqual(expected);
  });

  it('judges the age band on asOf, else on activeAt, else today', async () => {
    // On 14/6/2026 Hoàng is still 34.
    expect(await listed({ search: 'khong', ageBand: 'UNDER_35', asOf: '2026-06-14' })).toEqual([
      'ha',
      'hoan',
      'hoang',
    ]);
    // Holding a post on 1/1/2016 (Hà and Hoàng at the board), both then under 35.
    expect(await listed({ search: 'khong', ageBand: 'UNDER_35', activeAt: '2016-01-01' })).toEqual([
      'ha',
      'hoang',
    ]);
    // asOf wins over activeAt for the age: on 1/1/2030 Hoàng is 38.
    expect(
      await listed({
        search: 'khong',
        ageBand: 'UNDER_35',
        activeAt: '2016-01-01',
        asOf: '2030-01-01',
      }),
    ).toEqual(['ha']);
    // In 2030 Tú's year allows 38 or 39: now his band can be told.
    expect(await listed({ search: 'tu', ageBand: 'FROM_35_TO_44', asOf: '2030-01-01' })).toEqual([
      'tu',
    ]);
  });

  it('lists who is in the succession pool in the year of the day, and who is not', async () => {
    // Sơn's term ended with 2025; Lan's begins in 2026.
    expect(await listed({ search: 'khong', inSuccessionPool: true })).toEqual([
      'dung3',
      'ha',
      'lan',
    ]);
    const outside = await listed({ search: 'khong', inSuccessionPool: false });
    expect(outside).toHaveLength(8);
    expect(outside).toContain('son');
    expect(await listed({ search: 'khong', inSuccessionPool: true, asOf: '2025-12-31' })).toEqual([
      'dung3',
      'ha',
      'son',
    ]);
    expect(await listed({ search: 'dung', inSuccessionPool: true })).toEqual(['dung3', 'luong']);
  });

  it("narrows the pool to a title's words, diacritics ignored", async () => {
    expect(
      await listed({
        search: 'khong',
        inSuccessionPool: true,
        successionPoolTitle: 'ban thuong vu',
      }),
    ).toEqual(['dung3', 'lan']);
    expect(
      await listed({
        search: 'khong',
        inSuccessionPool: false,
        successionPoolTitle: 'ban thuong vu',
      }),
    ).not.toContain('dung3');
    expect(
      await listed({ search: 'khong', inSuccessionPool: true, successionPoolTitle: 'PHÓ BÍ THƯ' }),
    ).toEqual(['ha']);
  });

  it('combines every filter with the unit and the day a post was held', async () => {
    const { board, agency } = list.units;
    expect(await listed({ search: 'khong', unitId: board })).toEqual(['ha', 'hoang']);
    expect(await listed({ search: 'khong', unitId: board, activeAt: TODAY })).toEqual(['ha']);
    expect(await listed({ search: 'khong', unitId: board, ageBand: 'FROM_35_TO_44' })).toEqual([
      'hoang',
    ]);
    expect(
      await listed({ search: 'khong', unitId: board, inSuccessionPool: true, status: 'ACTIVE' }),
    ).toEqual(['ha']);
    expect(await listed({ search: 'dung', unitId: agency, ageBand: 'FROM_35_TO_44' })).toEqual([
      'dung1',
    ]);
    expect(await listed({ search: 'khong', unitId: agency, status: 'RETIRED' })).toEqual([]);
  });

  it('refuses a pool title without inSuccessionPool, and says why', async () => {
    const error = await refusal({ search: 'khong', successionPoolTitle: 'ban thuong vu' });
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toContain('successionPoolTitle');
  });

  it.each([
    ['an unknown age band', { ageBand: 'OLD' }],
    ['an unknown status', { status: 'DEAD' }],
    ['a day that does not exist', { ageBand: 'UNDER_35', asOf: '2026-02-30' }],
    ['a pool flag that is not a boolean', { inSuccessionPool: 'yes' }],
    ['an overlong pool title', { inSuccessionPool: true, successionPoolTitle: 'x'.repeat(201) }],
    ['a unit id of another type', { unitId: 'not-an-id' }],
  ])('refuses %s as bad user input', async (_case, filter) => {
    const error = await refusal(filter);
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
