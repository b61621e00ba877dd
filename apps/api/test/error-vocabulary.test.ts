import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  engines,
  graphql,
  login,
  startTestServer,
  type TestServer,
} from './harness';

// One vocabulary for one mistake: the same code whether a bad value is written in the document
// or sent as a variable, limits worded as limits, and an id in a filter that names nothing is
// NOT_FOUND, not an empty page that looks like "no rotations".

describe.each(engines)('error codes consumers can rely on, on $name', (engine) => {
  let server: TestServer;
  let cookie: string;
  beforeAll(async () => {
    server = await startTestServer(engine);
    cookie = await login(server, 'admin', ADMIN_PASSWORD);
  });
  afterAll(() => server?.stop());

  const ask = (query: string, variables: Record<string, unknown> = {}) =>
    graphql(server, query, variables, { cookie });

  it.each([
    ['2019-02-30', 'a day that does not exist'],
    ['30/06/2025', 'a Vietnamese-written date'],
    ['2025-6-1', 'no leading zeros'],
  ])('answers BAD_USER_INPUT for %s (%s), inline and as a variable', async (day) => {
    const inline = await ask(
      `{ rotations(first: 1, filter: {startedFrom: "${day}"}) { totalCount } }`,
    );
    const variable = await ask(
      'query ($day: Date) { rotations(first: 1, filter: {startedFrom: $day}) { totalCount } }',
      { day },
    );
    for (const { status, body } of [inline, variable]) {
      expect(status).toBe(400);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toContain('YYYY-MM-DD');
    }
  });

  const missing = (type: string) =>
    Buffer.from(`${type}:00000000-0000-4000-8000-000000000000`).toString('base64url');

  it.each([
    ['rotations', 'filter: {cadreId: $id}', 'Cadre', 'filter.cadreId'],
    ['rotations', 'filter: {planId: $id}', 'RotationPlan', 'filter.planId'],
    ['rotations', 'filter: {unitId: $id}', 'Unit', 'filter.unitId'],
    ['rotations', 'filter: {toUnitId: $id}', 'Unit', 'filter.toUnitId'],
    ['cadres', 'filter: {unitId: $id}', 'Unit', 'filter.unitId'],
    ['positions', 'filter: {unitId: $id}', 'Unit', 'filter.unitId'],
    ['units', 'filter: {areaId: $id}', 'Area', 'filter.areaId'],
    ['areas', 'filter: {parentId: $id}', 'Area', 'filter.parentId'],
  ])(
    'answers NOT_FOUND for %s(%s) naming a %s that does not exist',
    async (field, args, type, path) => {
      const { body } = await ask(`query ($id: ID) { ${field}(first: 5, ${args}) { totalCount } }`, {
        id: missing(type),
      });
      expect(body.data ?? null).toBeNull();
      expect(body.errors?.[0]).toMatchObject({
        message: `Không có bản ghi nào mang mã định danh này: ${path}`,
        extensions: { code: 'NOT_FOUND' },
      });
    },
  );

  it('answers NOT_FOUND for rotationStats filtered by a plan that does not exist', async () => {
    const { body } = await ask(
      'query ($id: ID) { rotationStats(filter: {planId: $id}) { total } }',
      {
        id: missing('RotationPlan'),
      },
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('still answers an empty page for an existing unit with nothing in it', async () => {
    const created = await ask(
      'mutation { areaCreate(input: {name: "Xã Thử Nghiệm", kind: COMMUNE, validFrom: "2025-07-01"}) { area { id } } }',
    );
    const areaId = created.body.data?.['areaCreate'].area.id;
    const { body } = await ask(
      'query ($id: ID) { units(first: 5, filter: {areaId: $id}) { totalCount } }',
      {
        id: areaId,
      },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.['units']).toEqual({ totalCount: 0 });
  });

  it('words the cost limit as a limit, and only syntax errors as syntax errors', async () => {
    const fields = Array.from(
      { length: 25 },
      (_, i) =>
        `c${i}: cadres(first: 100) { nodes { id fullName assignments { id position { id title unit { id name } } } } }`,
    ).join(' ');
    const { body } = await ask(`{ ${fields} }`);
    expect(body.errors?.[0]?.message).toMatch(/^Query Cost limit of 20000 exceeded, found \d+/u);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    // A real syntax error still says so.
    const broken = await ask('{ viewer { role }');
    expect(broken.body.errors?.[0]?.message).toMatch(/^Syntax Error: /u);
  });
});
