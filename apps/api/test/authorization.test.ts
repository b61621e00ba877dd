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
  userCreate:
    'mutation { userCreate(input: {username: "u-MATRIX", password: "mật-khẩu-đủ-dài-12", role: VIEWER}) { user { username } userErrors { code } } }',
  apiKeyCreate:
    'mutation { apiKeyCreate(input: {name: "k-MATRIX", role: VIEWER}) { apiKey { name } userErrors { code } } }',
  apiKeyRevoke:
    'mutation { apiKeyRevoke(id: "QXBpS2V5OjAwMDAwMDAwLTAwMDAtNDAwMC04MDAwLTAwMDAwMDAwMDAwMA") { userErrors { code } } }',
};

const callers = ['anonymous', 'VIEWER', 'apiKey', 'ORGANIZER', 'ADMIN'] as const;
type Caller = (typeof callers)[number];

const expected: Record<string, Record<Caller, boolean>> = {
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
        expect(body.data?.[field]).toBeTruthy();
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
