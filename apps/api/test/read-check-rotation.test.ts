import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './harness';
import { startReadServer, type ReadServer } from './read-harness';

describe.each(engines)('checkRotation on $name', (engine) => {
  let api: ReadServer;
  beforeAll(async () => {
    api = await startReadServer(engine);
  });
  afterAll(() => api?.stop());

  const CHECK = `category direction rankChange fromPosition { title }
    violations { code severity message field } undecided { code missingFacts } allowed message
    userErrors { code field message }`;

  const check = (input: Record<string, unknown>, language?: 'vi' | 'en') =>
    api.query(
      `query ($input: RotationInput!) { checkRotation(input: $input) { ${CHECK} } }`,
      { input },
      { language },
    );

  it('classifies a proposed rotation from the main post and finds a taken seat', async () => {
    const { gid } = api.data;
    const body = await check({
      cadreId: gid.cadres.duc,
      toPositionId: gid.positions.maiPhaSecretary,
      startDate: '2019-06-01',
      plannedEndDate: '2022-06-01',
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.['checkRotation']).toEqual({
      category: 'DOWN_TO_GRASSROOTS',
      direction: 'DOWN',
      rankChange: 'LATERAL',
      fromPosition: { title: 'Trưởng phòng' },
      violations: [
        {
          code: 'NO_FREE_SEAT',
          severity: 'ERROR',
          message: expect.stringContaining('không còn chỗ trống'),
          field: 'toPositionId',
        },
      ],
      undecided: [],
      allowed: false,
      message: expect.stringContaining('Không thể tạo'),
      userErrors: [],
    });
    const overridden = await check({
      cadreId: gid.cadres.duc,
      toPositionId: gid.positions.maiPhaSecretary,
      startDate: '2019-06-01',
      plannedEndDate: '2022-06-01',
      overrideDecision: {
        number: '456-QĐ/TU',
        issuedOn: '2019-05-20',
        issuer: 'Ban Thường vụ Thành ủy',
        title: 'Quyết định',
      },
    });
    expect(overridden.data?.['checkRotation']).toMatchObject({ allowed: true });
  });

  it('reports every condition broken, errors and warnings, in the caller’s language', async () => {
    const { gid } = api.data;
    const body = await check(
      {
        cadreId: gid.cadres.lan,
        toPositionId: gid.positions.chairman,
        startDate: '2018-01-01',
        plannedEndDate: '2019-01-01',
      },
      'en',
    );
    expect(body.errors).toBeUndefined();
    const result = body.data?.['checkRotation'];
    expect(result).toMatchObject({
      category: 'BETWEEN_GOVERNMENT_AGENCIES',
      direction: 'UP',
      rankChange: 'PROMOTION',
      fromPosition: { title: 'Phó Chủ tịch' },
      allowed: false,
    });
    expect(
      result.violations.map((v: { code: string; severity: string }) => [v.code, v.severity]),
    ).toEqual([
      ['DURATION_TOO_SHORT', 'ERROR'],
      ['NO_FREE_SEAT', 'ERROR'],
      ['HIGHER_RANK', 'WARNING'],
    ]);
    expect(result.violations[0].message).toMatch(/month/);
  });

  it('knows a unit across its merger and a running rotation of the same cadre', async () => {
    const { gid } = api.data;
    const body = await check({
      cadreId: gid.cadres.lan,
      fromPositionId: gid.positions.chiLangVice,
      toPositionId: gid.positions.luongVanTriVice,
      startDate: '2025-07-01',
      plannedEndDate: '2028-07-01',
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.['checkRotation']).toMatchObject({
      category: 'BETWEEN_GRASSROOTS',
      direction: 'LATERAL',
      allowed: false,
    });
    expect(body.data?.['checkRotation'].violations.map((v: { code: string }) => v.code)).toEqual([
      'SAME_UNIT',
      'OVERLAPPING_ROTATION',
    ]);
  });

  it('cannot classify without a post to leave, and says so', async () => {
    const { gid } = api.data;
    const body = await check({
      cadreId: gid.cadres.mai,
      toPositionId: gid.positions.chairman,
      startDate: '2019-01-01',
      plannedEndDate: '2022-01-01',
    });
    expect(body.errors).toBeUndefined();
    const result = body.data?.['checkRotation'];
    expect(result).toMatchObject({
      category: null,
      direction: null,
      rankChange: null,
      fromPosition: null,
      allowed: false,
    });
    expect(result.violations.map((v: { code: string }) => v.code)).toContain(
      'LOCAL_NATIVE_TO_NON_LOCAL_POST',
    );
    expect(result.undecided).toContainEqual({ code: 'SAME_UNIT', missingFacts: ['fromPosition'] });
  });

  it('gives user errors beside the fields for ids that name nothing', async () => {
    const missing = (type: string) =>
      Buffer.from(`${type}:00000000-0000-4000-8000-000000000000`).toString('base64url');
    const body = await check({
      cadreId: missing('Cadre'),
      toPositionId: missing('Position'),
      startDate: '2019-01-01',
      plannedEndDate: '2022-01-01',
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.['checkRotation']).toMatchObject({
      category: null,
      allowed: false,
      violations: [],
      userErrors: [
        { code: 'NOT_FOUND', field: ['input', 'cadreId'], message: 'Không tìm thấy cán bộ' },
        { code: 'NOT_FOUND', field: ['input', 'toPositionId'], message: 'Không tìm thấy chức vụ' },
      ],
    });
    const { gid } = api.data;
    const wrongType = await check({
      cadreId: gid.positions.chairman,
      toPositionId: gid.positions.chairman,
      startDate: '2019-01-01',
      plannedEndDate: '2022-01-01',
    });
    expect(wrongType.data?.['checkRotation'].userErrors).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'cadreId'], message: 'Không tìm thấy cán bộ' },
    ]);
  });
});
