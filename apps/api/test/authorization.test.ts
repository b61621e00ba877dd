import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rootPolicy, uncoveredRootFields } from '../src/graphql/authorization';
import { buildExecutableSchema } from '../src/graphql/executable-schema';
import {
  ADMIN_PASSWORD,
  addUser,
  engines,
  graphql,
  login,
  startTestServer,
  type Credentials,
  type TestServer,
} from './harness';

// One operation per root field. The first test fails when the schema gains a root field that
// is missing here or from the access policy, so a new field cannot escape the matrix.
const operations: Record<string, string> = {
  viewer: '{ viewer { role } }',
  node: '{ node(id: "Q2FkcmU6MDAwMDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAw") { id } }',
  nodes: '{ nodes(ids: []) { id } }',
  areas: '{ areas(first: 5) { totalCount } }',
  units: '{ units(first: 5) { totalCount } }',
  positions: '{ positions(first: 5) { totalCount } }',
  unitMergePreview:
    '{ unitMergePreview(input: {unitIds: ["x"], date: "2025-07-01", successorId: "y"}) { userErrors { code } } }',
  cadres: '{ cadres(first: 5, filter: {search: "vu son ha"}) { totalCount } }',
  eligibleCadres: '{ eligibleCadres(asOf: "2018-01-01", first: 5) { totalCount } }',
  rotations: '{ rotations(first: 5) { totalCount } }',
  rotationStats: '{ rotationStats { total byCategory { category count } } }',
  checkRotation:
    '{ checkRotation(input: {cadreId: "Q2FkcmU6MDAwMDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAw", toPositionId: "UG9zaXRpb246MDAwMDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAw", startDate: "2018-06-01", plannedEndDate: "2021-06-01"}) { allowed userErrors { code } } }',
  rotationCheckFacts:
    '{ rotationCheckFacts(input: {cadreId: "Q2FkcmU6MDAwMDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAw", toPositionId: "UG9zaXRpb246MDAwMDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAw"}) { facts userErrors { code } } }',
  rotationPlans: '{ rotationPlans(first: 5) { totalCount } }',
  auditEvents: '{ auditEvents(first: 5) { totalCount nodes { action } } }',
  changes: '{ changes(first: 5) { totalCount nodes { recordType recordId action at } } }',
  users: '{ users(first: 5) { totalCount nodes { username } } }',
  apiKeys: '{ apiKeys(first: 5) { totalCount nodes { name } } }',
  personalDataReads: '{ personalDataReads(first: 5) { totalCount nodes { occurredAt } } }',
  userCreate:
    'mutation { userCreate(input: {username: "u-MATRIX", password: "mật-khẩu-đủ-dài-12", role: VIEWER}) { user { username } userErrors { code } } }',
  userUpdate:
    'mutation { userUpdate(id: "VXNlcjowMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDA", input: {role: VIEWER}) { userErrors { code } } }',
  userResetPassword:
    'mutation { userResetPassword(id: "VXNlcjowMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDA", input: {password: "mật-khẩu-đủ-dài-12"}) { userErrors { code } } }',
  apiKeyCreate:
    'mutation { apiKeyCreate(input: {name: "k-MATRIX", role: VIEWER}) { apiKey { name } userErrors { code } } }',
  apiKeyRevoke:
    'mutation { apiKeyRevoke(id: "QXBpS2V5OjAwMDAwMDAwLTAwMDAtNDAwMC04MDAwLTAwMDAwMDAwMDAwMA") { userErrors { code } } }',
  areaCreate:
    'mutation { areaCreate(input: {name: "Phường MATRIX", kind: WARD, validFrom: "2020-01-01"}) { userErrors { code } } }',
  areaUpdate:
    'mutation { areaUpdate(id: "x", expectedVersion: 1, input: {name: "Phường MATRIX"}) { userErrors { code } } }',
  unitCreate:
    'mutation { unitCreate(input: {name: "Đơn vị", bloc: PARTY, level: COMMUNE, areaId: "x", validFrom: "2020-01-01"}) { userErrors { code } } }',
  unitUpdate:
    'mutation { unitUpdate(id: "x", expectedVersion: 1, input: {name: "Đơn vị"}) { userErrors { code } } }',
  unitMerge:
    'mutation { unitMerge(input: {unitIds: ["x"], date: "2025-07-01", successorId: "y"}) { userErrors { code } } }',
  positionCreate:
    'mutation { positionCreate(input: {unitId: "x", title: "Bí thư", rank: 50}) { userErrors { code } } }',
  positionUpdate:
    'mutation { positionUpdate(id: "x", expectedVersion: 1, input: {rank: 50}) { userErrors { code } } }',
  cadreCreate:
    'mutation { cadreCreate(input: {fullName: "Nguyễn Văn MATRIX"}) { userErrors { code } } }',
  cadreUpdate:
    'mutation { cadreUpdate(id: "x", expectedVersion: 1, input: {notes: "ghi chú"}) { userErrors { code } } }',
  cadreBodyChange:
    'mutation { cadreBodyChange(input: {cadreId: "x", bodyId: "y", validFrom: "2025-07-01"}) { userErrors { code } } }',
  assignmentCreate:
    'mutation { assignmentCreate(input: {cadreId: "x", positionId: "y", kind: APPOINTED, startDate: "2020-01-01"}) { userErrors { code } } }',
  assignmentEnd:
    'mutation { assignmentEnd(id: "x", expectedVersion: 1, input: {endDate: "2021-01-01"}) { userErrors { code } } }',
  rotationPlanCreate:
    'mutation { rotationPlanCreate(input: {code: "MATRIX-KH/TU", title: "Kế hoạch", issuedOn: "2017-10-02", periodStart: "2017-10-02", periodEnd: "2020-12-31"}) { userErrors { code } } }',
  rotationPlanAddSubjects:
    'mutation { rotationPlanAddSubjects(input: {planId: "x", cadreIds: ["y"]}) { userErrors { code } } }',
  rotationPlanRemoveSubject:
    'mutation { rotationPlanRemoveSubject(input: {planId: "x", cadreId: "y", reason: "Lý do"}) { userErrors { code } } }',
  rotationCreate:
    'mutation { rotationCreate(input: {cadreId: "x", toPositionId: "y", startDate: "2018-06-01", plannedEndDate: "2021-06-01"}) { userErrors { code } } }',
  rotationApprove:
    'mutation { rotationApprove(id: "x", expectedVersion: 1) { userErrors { code } } }',
  rotationStart: 'mutation { rotationStart(id: "x", expectedVersion: 1) { userErrors { code } } }',
  rotationComplete:
    'mutation { rotationComplete(id: "x", expectedVersion: 1, input: {endDate: "2021-06-01", outcome: RETURNED_TO_ORIGIN}) { userErrors { code } } }',
  rotationCancel:
    'mutation { rotationCancel(id: "x", expectedVersion: 1, input: {reason: "Lý do"}) { userErrors { code } } }',
  publicRotations: '{ publicRotations(first: 5) { totalCount nodes { cadreName } } }',
  rotationPublish:
    'mutation { rotationPublish(id: "x", expectedVersion: 1, published: true) { userErrors { code } } }',
  rotationPlanPublish:
    'mutation { rotationPlanPublish(id: "x", published: true) { userErrors { code } } }',
  evaluationRecord:
    'mutation { evaluationRecord(input: {cadreId: "x", year: 2019, rating: GOOD}) { userErrors { code } } }',
};

const callers = ['anonymous', 'VIEWER', 'apiKey', 'ORGANIZER', 'ADMIN'] as const;
type Caller = (typeof callers)[number];

const expected: Record<string, Record<Caller, boolean>> = {
  PUBLIC: { anonymous: true, VIEWER: true, apiKey: true, ORGANIZER: true, ADMIN: true },
  READ: { anonymous: false, VIEWER: true, apiKey: true, ORGANIZER: true, ADMIN: true },
  WRITE: { anonymous: false, VIEWER: false, apiKey: false, ORGANIZER: true, ADMIN: true },
  ADMIN: { anonymous: false, VIEWER: false, apiKey: false, ORGANIZER: false, ADMIN: true },
};

describe('the access policy', () => {
  it('covers every root field of the schema, and the matrix has an operation for each', () => {
    const schema = buildExecutableSchema();
    expect(uncoveredRootFields(schema, rootPolicy)).toEqual([]);
    const rootFields = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
    ];
    expect(Object.keys(operations).sort()).toEqual(rootFields.sort());
  });
});

describe.each(engines)('authorization matrix on $name', (engine) => {
  let server: TestServer;
  const credentials = {} as Record<Caller, Credentials>;

  beforeAll(async () => {
    server = await startTestServer(engine);
    credentials.anonymous = {};
    credentials.ADMIN = { cookie: await login(server, 'admin', ADMIN_PASSWORD) };
    for (const role of ['VIEWER', 'ORGANIZER'] as const) {
      const password = await addUser(server, role.toLowerCase(), role);
      credentials[role] = { cookie: await login(server, role.toLowerCase(), password) };
    }
    // An API key even with the ADMIN role reads only.
    const key = await graphql(
      server,
      'mutation { apiKeyCreate(input: {name: "matrix", role: ADMIN}) { secret } }',
      {},
      credentials.ADMIN,
    );
    credentials.apiKey = { bearer: key.body.data?.['apiKeyCreate'].secret };
  });
  afterAll(() => server?.stop());

  const cases = Object.entries(operations).flatMap(([field, operation]) =>
    callers.map((caller) => {
      const access = rootPolicy.Query[field] ?? rootPolicy.Mutation[field] ?? 'ADMIN';
      return { field, caller, operation, allowed: expected[access]?.[caller] ?? false };
    }),
  );

  it.each(cases)(
    '$field by $caller: allowed=$allowed',
    async ({ field, caller, operation, allowed }) => {
      const unique = operation.replace(
        'MATRIX',
        `${caller}-${Math.random().toString(36).slice(2, 8)}`,
      );
      const { status, body } = await graphql(server, unique, {}, credentials[caller]);
      if (allowed) {
        expect(body.errors).toBeUndefined();
        // Present without errors: `node` of an id that names nothing is a rightful null.
        expect(body.data).toHaveProperty([field]);
      } else if (caller === 'anonymous') {
        expect(status).toBe(401);
        expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      } else {
        expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(body.data?.[field] ?? null).toBeNull();
      }
    },
  );

  it('reports bad input to userCreate as user errors and a taken username', async () => {
    const bad = await graphql(
      server,
      'mutation { userCreate(input: {username: "a b", password: "ngắn", role: VIEWER}) { user { id } userErrors { code field message } } }',
      {},
      credentials.ADMIN,
    );
    expect(bad.body.data?.['userCreate']).toEqual({
      user: null,
      userErrors: [
        {
          code: 'INVALID_INPUT',
          field: ['input', 'username'],
          message: expect.stringContaining('Tên đăng nhập'),
        },
        {
          code: 'INVALID_INPUT',
          field: ['input', 'password'],
          message: expect.stringContaining('Mật khẩu'),
        },
      ],
    });
    const taken = await graphql(
      server,
      'mutation { userCreate(input: {username: "admin", password: "mật-khẩu-đủ-dài-12", role: VIEWER}) { user { id } userErrors { code field } } }',
      {},
      credentials.ADMIN,
      { 'accept-language': 'en' },
    );
    expect(taken.body.data?.['userCreate'].userErrors).toEqual([
      { code: 'USERNAME_TAKEN', field: ['input', 'username'] },
    ]);
  });
});
