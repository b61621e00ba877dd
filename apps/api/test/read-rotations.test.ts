import { ROTATION_STATUSES } from '@luanchuyen/domain';
import { rotationStats } from '@luanchuyen/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './harness';
import { startReadServer, type ReadServer } from './read-harness';

const STATS =
  'total byCategory { category count } byYear { year count } byDirection { direction count }';

describe.each(engines)('rotation history on $name', (engine) => {
  let api: ReadServer;
  beforeAll(async () => {
    api = await startReadServer(engine);
  });
  afterAll(() => api?.stop());

  const startDates = async (filter: Record<string, unknown>, orderBy?: Record<string, unknown>) => {
    const body = await api.query(
      `query ($filter: RotationFilter, $orderBy: RotationOrder) {
         rotations(first: 10, filter: $filter, orderBy: $orderBy) { totalCount nodes { startDate } } }`,
      { filter, orderBy },
    );
    expect(body.errors).toBeUndefined();
    const connection = body.data?.['rotations'];
    expect(connection.totalCount).toBe(connection.nodes.length);
    return connection.nodes.map((rotation: { startDate: string }) => rotation.startDate);
  };

  it('lists every rotation latest first by default, oldest first on request', async () => {
    expect(await startDates({})).toEqual(['2024-01-01', '2019-03-01', '2018-07-01', '2018-01-01']);
    expect(await startDates({}, { field: 'START_DATE', direction: 'ASC' })).toEqual([
      '2018-01-01',
      '2018-07-01',
      '2019-03-01',
      '2024-01-01',
    ]);
  });

  it.each([
    ['a cadre', { cadreId: 'son' }, ['2018-01-01']],
    ['a plan', { planId: 'plan67' }, ['2018-07-01', '2018-01-01']],
    ['a unit at either end', { unitId: 'orgBoard' }, ['2019-03-01', '2018-07-01']],
    ['the unit left', { fromUnitId: 'orgBoard' }, ['2018-07-01']],
    ['the unit joined', { toUnitId: 'orgBoard' }, ['2019-03-01']],
    ['categories', { categories: ['DOWN_TO_GRASSROOTS', 'OTHER'] }, ['2018-07-01']],
    ['statuses', { statuses: ['COMPLETED'] }, ['2018-07-01', '2018-01-01']],
    [
      'a start period, both ends included',
      { startedFrom: '2018-07-01', startedTo: '2019-03-01' },
      ['2019-03-01', '2018-07-01'],
    ],
    [
      'running on a day (cancelled ones never ran)',
      { activeAt: '2019-06-01' },
      ['2018-07-01', '2018-01-01'],
    ],
    ['running on a later day', { activeAt: '2025-01-01' }, ['2024-01-01']],
    [
      'nothing on the day a rotation ended',
      { activeAt: '2021-07-01', statuses: ['COMPLETED'] },
      [],
    ],
  ])('filters by %s', async (_, filter, expected) => {
    const { gid } = api.data;
    const ids: Record<string, string> = { ...gid.cadres, ...gid.plans, ...gid.units };
    const resolved = Object.fromEntries(
      Object.entries(filter).map(([key, value]) => [
        key,
        typeof value === 'string' && key.endsWith('Id') ? ids[value] : value,
      ]),
    );
    expect(await startDates(resolved)).toEqual(expected);
  });

  it('shows a rotation with its ends, plan, decisions and recorded violations', async () => {
    const { gid } = api.data;
    const body = await api.query(
      `query ($id: ID!) { node(id: $id) { ... on Rotation {
          cadre { fullName } plan { code } fromPosition { title unit { name level } }
          toPosition { title unit { name level } } startDate plannedEndDate endDate status
          category direction rankChange outcome decision { number } overrideDecision { number }
          violations { code severity message field } cancelReason version } } }`,
      { id: gid.rotations.haRotation },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.['node']).toEqual({
      cadre: { fullName: 'Vũ Sơn Hà' },
      plan: { code: '67-KH/TU' },
      fromPosition: {
        title: 'Phó Trưởng Ban',
        unit: { name: 'Ban Tổ chức Thành ủy', level: 'DISTRICT' },
      },
      toPosition: {
        title: 'Bí thư Đảng ủy',
        unit: { name: 'Đảng ủy phường Hoàng Văn Thụ', level: 'COMMUNE' },
      },
      startDate: '2018-07-01',
      plannedEndDate: '2021-07-01',
      endDate: '2021-07-01',
      status: 'COMPLETED',
      category: 'DOWN_TO_GRASSROOTS',
      direction: 'DOWN',
      rankChange: 'LATERAL',
      outcome: 'KEPT_AT_DESTINATION',
      decision: null,
      overrideDecision: null,
      violations: [
        {
          code: 'INSUFFICIENT_REMAINING_SERVICE',
          severity: 'WARNING',
          message: 'Chưa đủ căn cứ: chưa rõ ngày sinh',
          field: 'cadreId',
        },
      ],
      cancelReason: null,
      version: 1,
    });
  });

  it('counts by category (all five), year and direction as the rules count: by default the rotations that took place', async () => {
    const body = await api.query(`{ rotationStats { ${STATS} } }`);
    expect(body.errors).toBeUndefined();
    const { sonRotation, haRotation, ducRotation, lanRotation } = api.data.rotations;
    const all = [sonRotation, haRotation, ducRotation, lanRotation];
    expect(body.data?.['rotationStats']).toEqual(rotationStats(all));
    // Đức's rotation was CANCELLED: it never took place, so PARTY_GOVERNMENT and 2019 stay 0.
    expect(body.data?.['rotationStats']).toEqual({
      total: 3,
      byCategory: [
        { category: 'DOWN_TO_GRASSROOTS', count: 1 },
        { category: 'BETWEEN_GRASSROOTS', count: 1 },
        { category: 'PARTY_GOVERNMENT', count: 0 },
        { category: 'BETWEEN_GOVERNMENT_AGENCIES', count: 1 },
        { category: 'OTHER', count: 0 },
      ],
      byYear: [
        { year: 2018, count: 2 },
        { year: 2024, count: 1 },
      ],
      byDirection: [
        { direction: 'DOWN', count: 1 },
        { direction: 'UP', count: 1 },
        { direction: 'LATERAL', count: 1 },
      ],
    });
    const widened = await api.query(
      `query ($filter: RotationFilter) { rotationStats(filter: $filter) { ${STATS} } }`,
      { filter: { statuses: ROTATION_STATUSES } },
    );
    expect(widened.data?.['rotationStats']).toEqual(rotationStats(all, ROTATION_STATUSES));
    expect(widened.data?.['rotationStats']).toMatchObject({
      total: 4,
      byYear: [
        { year: 2018, count: 2 },
        { year: 2019, count: 1 },
        { year: 2024, count: 1 },
      ],
    });
  });

  it('counts what the same filter lists', async () => {
    const filter = { statuses: ['COMPLETED', 'ACTIVE'], startedFrom: '2018-03-01' };
    const body = await api.query(
      `query ($filter: RotationFilter) { rotationStats(filter: $filter) { ${STATS} }
         rotations(first: 10, filter: $filter) { totalCount } }`,
      { filter },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.['rotationStats'].total).toBe(2);
    expect(body.data?.['rotations'].totalCount).toBe(2);
    expect(body.data?.['rotationStats'].byCategory).toHaveLength(5);
    expect(body.data?.['rotationStats'].byYear).toEqual([
      { year: 2018, count: 1 },
      { year: 2024, count: 1 },
    ]);
  });

  it('shows plans with their criteria, subjects by name and progress', async () => {
    const body = await api.query(
      `{ rotationPlans(first: 5) { totalCount nodes {
          code title issuedOn periodStart periodEnd targetCount issuingUnit { name } document { number kind }
          criteria { longTenureYears youngAgeLimit reasons }
          subjects(first: 1) { totalCount pageInfo { hasNextPage } edges { criterion node { fullName } } }
          progress { subjects rotated active completed byCategory { category count } ratings { rating count } message } } } }`,
      {},
      { language: 'en' },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.['rotationPlans']).toEqual({
      totalCount: 1,
      nodes: [
        {
          code: '67-KH/TU',
          title: 'Kế hoạch luân chuyển cán bộ đến năm 2020',
          issuedOn: '2017-10-02',
          periodStart: '2017-10-02',
          periodEnd: '2020-12-31',
          targetCount: 54,
          issuingUnit: { name: 'Thành ủy Lạng Sơn' },
          document: { number: '67-KH/TU', kind: 'PLAN' },
          criteria: {
            longTenureYears: 8,
            youngAgeLimit: 40,
            reasons: ['LONG_TENURE', 'LOCAL_KEY_CADRE', 'YOUNG_IN_SUCCESSION_POOL'],
          },
          subjects: {
            totalCount: 2,
            pageInfo: { hasNextPage: true },
            edges: [expect.objectContaining({ criterion: expect.any(String) })],
          },
          progress: {
            subjects: 2,
            rotated: 2,
            active: 0,
            completed: 2,
            byCategory: [
              { category: 'DOWN_TO_GRASSROOTS', count: 1 },
              { category: 'BETWEEN_GRASSROOTS', count: 1 },
              { category: 'PARTY_GOVERNMENT', count: 0 },
              { category: 'BETWEEN_GOVERNMENT_AGENCIES', count: 0 },
              { category: 'OTHER', count: 0 },
            ],
            ratings: [
              { rating: 'EXCELLENT', count: 1 },
              { rating: 'GOOD', count: 2 },
              { rating: 'COMPLETED', count: 0 },
              { rating: 'NOT_COMPLETED', count: 0 },
            ],
            message: expect.stringContaining('Plan 67-KH/TU: 2 subjects, 2 rotated'),
          },
        },
      ],
    });
  });
});
