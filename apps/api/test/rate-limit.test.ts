import { eq, sql } from 'drizzle-orm';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apiKeys, rateLimitBuckets, users, type DbHandle } from '@luanchuyen/db';
import { createRateLimiter } from '../src/services/rate-limit';
import {
  addUser,
  ADMIN_PASSWORD,
  engines,
  login,
  startTestServer,
  type Credentials,
  type TestServer,
} from './harness';
import { sharedDatabase } from './shared-database';

// The rate limit by cost (README, "Limits"): a bucket of 60 points per caller here, leaking a
// point a second. Time is moved by stamping a bucket's row: a row stamped in the future leaks
// nothing (a clock set back), so a test can hold the level still, then age it by exact seconds.

const CAPACITY = 60;
const LIMITED = { RATE_LIMIT_POINTS_PER_MINUTE: String(CAPACITY) };

type Answer = {
  status: number;
  headers: Headers;
  body: {
    // Response data is walked freely in assertions; the shape is what each test asserts.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    data?: Record<string, any> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
    extensions?: { cost?: { requested: number; remaining: number; resetAt: string } };
  };
};

async function post(
  server: TestServer,
  query: string,
  variables: Record<string, unknown>,
  credentials: Credentials,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await fetch(`${server.baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(credentials.cookie ? { cookie: credentials.cookie } : {}),
      ...(credentials.bearer ? { authorization: `Bearer ${credentials.bearer}` } : {}),
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Answer['body'],
  };
}

/** A query that costs exactly `points` (at least 5): a page of `n` ids costs 2 + 3n, and so on. */
function costing(points: number): { query: string; variables: { n: number } } {
  const rest = points % 3;
  if (rest === 2)
    return {
      query: 'query ($n: Int!) { cadres(first: $n) { nodes { id } } }',
      variables: { n: (points - 2) / 3 },
    };
  if (rest === 0)
    return {
      query: 'query ($n: Int!) { cadres(first: $n) { totalCount nodes { id } } }',
      variables: { n: (points - 3) / 3 },
    };
  return {
    query:
      'query ($n: Int!) { cadres(first: $n) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }',
    variables: { n: (points - 7) / 3 },
  };
}

async function spend(server: TestServer, points: number, credentials: Credentials) {
  const { query, variables } = costing(points);
  const answer = await post(server, query, variables, credentials);
  // Every answer states its price: the helper above is checked on each use.
  expect(answer.body.extensions?.cost?.requested).toBe(points);
  return answer;
}

async function bucketKeyOf(handle: DbHandle, username: string): Promise<string> {
  const [row] = await handle.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, username));
  if (!row) throw new Error(`no user ${username}`);
  return `user:${row.id}`;
}

/** What a bucket holds and since when (`admitted` records only the last statement's answer). */
async function bucketRow(handle: DbHandle, key: string) {
  const [row] = await handle.db
    .select({ points: rateLimitBuckets.points, updatedAt: rateLimitBuckets.updatedAt })
    .from(rateLimitBuckets)
    .where(eq(rateLimitBuckets.key, key));
  return row;
}

/** Holds the bucket's level still: stamped an hour ahead, it leaks nothing until then. */
async function freeze(handle: DbHandle, key: string) {
  await handle.db
    .update(rateLimitBuckets)
    .set({ updatedAt: sql`now() + interval '1 hour'` })
    .where(eq(rateLimitBuckets.key, key));
}

/** As if `seconds` had passed since the bucket was last filled. */
async function age(handle: DbHandle, key: string, seconds: number) {
  await handle.db
    .update(rateLimitBuckets)
    .set({ updatedAt: sql`now() - make_interval(secs => ${seconds})` })
    .where(eq(rateLimitBuckets.key, key));
}

describe.each(engines)('the rate limit by cost on $name', (engine) => {
  let server: TestServer;
  let admin: string;
  let adminKey: string;
  let key: { id: string; secret: string };

  beforeAll(async () => {
    server = await startTestServer(engine, LIMITED);
    admin = await login(server, 'admin', ADMIN_PASSWORD);
    const created = await post(
      server,
      'mutation { apiKeyCreate(input: {name: "Cổng dữ liệu tỉnh", role: VIEWER}) { apiKey { id } secret } }',
      {},
      { cookie: admin },
    );
    const payload = created.body.data?.['apiKeyCreate'];
    key = { id: payload.apiKey.id, secret: payload.secret };
    adminKey = await bucketKeyOf(server.handle, 'admin');
  });
  afterAll(() => server?.stop());
  beforeEach(async () => {
    await server.handle.db.delete(rateLimitBuckets);
  });

  it('reports the cost, what is left and when the bucket is full again on a success', async () => {
    const before = Date.now();
    const answer = await post(server, '{ viewer { role } }', {}, { cookie: admin });
    expect(answer.status).toBe(200);
    const cost = answer.body.extensions?.cost;
    expect(cost).toEqual({ requested: 3, remaining: 57, resetAt: expect.any(String) });
    const resetAtText = cost?.resetAt ?? '';
    expect(resetAtText).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    // Three points at a point a second: full again three seconds on.
    const resetAt = Date.parse(resetAtText);
    expect(resetAt).toBeGreaterThanOrEqual(before + 2_000);
    expect(resetAt).toBeLessThanOrEqual(Date.now() + 3_500);
    expect(answer.headers.get('ratelimit-limit')).toBe('60');
    expect(answer.headers.get('ratelimit-remaining')).toBe('57');
    expect(answer.headers.get('ratelimit-reset')).toBe('3');
  });

  it('counts a mutation as its selection and ten points a field', async () => {
    const answer = await post(
      server,
      'mutation { apiKeyCreate(input: {name: "Khóa thử", role: VIEWER}) { apiKey { id } secret } }',
      {},
      { cookie: admin },
    );
    expect(answer.status).toBe(200);
    // 10 for the write, 2 for its payload, 2 + 1 for the key and its id, 1 for the secret.
    expect(answer.body.extensions?.cost).toMatchObject({ requested: 16, remaining: 44 });
  });

  it('reports the cost on errors: a syntax error costs nothing, a refused field its price', async () => {
    await spend(server, 11, { cookie: admin });
    const broken = await post(server, '{ viewer { role ', {}, { cookie: admin });
    expect(broken.status).toBe(400);
    expect(broken.body.extensions?.cost).toMatchObject({ requested: 0, remaining: 49 });
    // Resolved and paid for, then refused by its resolver: 2 + 1 + 3 × 100.
    const tooLarge = await post(
      server,
      '{ cadres(first: 101) { totalCount } }',
      {},
      { cookie: admin },
    );
    expect(tooLarge.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooLarge.body.extensions?.cost).toMatchObject({ requested: 3, remaining: 46 });
  });

  it('refuses a document costing more than the whole bucket as over the cost limit, paying nothing', async () => {
    const answer = await post(
      server,
      '{ cadres(first: 20) { nodes { id } } }',
      {},
      { cookie: admin },
    );
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.body.errors?.[0]?.message).toMatch(/^Query cost limit of 60 exceeded/);
    expect(answer.headers.get('retry-after')).toBeNull();
    expect(answer.body.extensions?.cost).toMatchObject({ requested: 62, remaining: 60 });
    // One point under the bucket's size runs.
    expect((await spend(server, 59, { cookie: admin })).status).toBe(200);
  });

  it('lets a request that exactly fits pass and refuses one point more with the right Retry-After', async () => {
    await spend(server, 44, { cookie: admin });
    await freeze(server.handle, adminKey);
    const over = await spend(server, 17, { cookie: admin });
    expect(over.status).toBe(429);
    expect(over.headers.get('retry-after')).toBe('1');
    expect(over.body.data ?? null).toBeNull();
    expect(over.body.errors?.[0]).toMatchObject({
      message:
        'Đã dùng hết hạn mức chi phí truy vấn mỗi phút; số giây cần chờ trước khi thử lại (Retry-After): 1',
      extensions: { code: 'RATE_LIMITED' },
    });
    expect(over.body.extensions?.cost).toMatchObject({ requested: 17, remaining: 16 });
    // Seven points short: seven seconds at a point a second, in the caller's language.
    const further = await post(
      server,
      costing(23).query,
      costing(23).variables,
      { cookie: admin },
      {
        'accept-language': 'en',
      },
    );
    expect(further.status).toBe(429);
    expect(further.headers.get('retry-after')).toBe('7');
    expect(further.body.errors?.[0]?.message).toBe(
      'The query cost budget per minute is used up; seconds to wait before trying again (Retry-After): 7',
    );
    const exact = await spend(server, 16, { cookie: admin });
    expect(exact.status).toBe(200);
    expect(exact.body.extensions?.cost).toMatchObject({ requested: 16, remaining: 0 });
    // Even the cheapest document pays a point, and none is left.
    const cheapest = await post(server, '{ __typename }', {}, { cookie: admin });
    expect(cheapest.status).toBe(429);
    expect(cheapest.headers.get('retry-after')).toBe('1');
    expect(cheapest.body.extensions?.cost).toMatchObject({ requested: 1, remaining: 0 });
  });

  it('leaks a point a second: refused a second too early, admitted once enough has leaked', async () => {
    await spend(server, 56, { cookie: admin });
    const early = await spend(server, 11, { cookie: admin });
    expect(early.status).toBe(429);
    expect(early.headers.get('retry-after')).toBe('7');
    await age(server.handle, adminKey, 6);
    const stillEarly = await spend(server, 11, { cookie: admin });
    expect(stillEarly.status).toBe(429);
    expect(stillEarly.headers.get('retry-after')).toBe('1');
    await age(server.handle, adminKey, 7);
    const inTime = await spend(server, 11, { cookie: admin });
    expect(inTime.status).toBe(200);
    expect(inTime.body.extensions?.cost?.remaining).toBe(0);
    // A minute empties any bucket.
    await age(server.handle, adminKey, 60);
    const full = await spend(server, 5, { cookie: admin });
    expect(full.body.extensions?.cost?.remaining).toBe(55);
  });

  it('gives a key, each user and the anonymous caller their own standing', async () => {
    await spend(server, 59, { cookie: admin });
    expect((await post(server, '{ __typename }', {}, { cookie: admin })).status).toBe(200);
    expect((await post(server, '{ __typename }', {}, { cookie: admin })).status).toBe(429);
    const byKey = await spend(server, 11, { bearer: key.secret });
    expect(byKey.status).toBe(200);
    expect(byKey.body.extensions?.cost?.remaining).toBe(49);
    const viewer = await login(server, 'viewer', await addUser(server, 'viewer', 'VIEWER'));
    const byViewer = await spend(server, 5, { cookie: viewer });
    expect(byViewer.body.extensions?.cost?.remaining).toBe(55);
    // No caller, no bucket: refused as before, with no cost to report.
    const anonymous = await post(server, '{ __typename }', {}, {});
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.extensions?.cost).toBeUndefined();
    expect(anonymous.headers.get('ratelimit-limit')).toBeNull();
    // The public field alone is served to it, paid from the bucket of its address (the
    // admin's, spent above, is not its own).
    const publicRead = await post(server, '{ publicRotations(first: 1) { totalCount } }', {}, {});
    expect(publicRead.status).toBe(200);
    expect(publicRead.headers.get('ratelimit-limit')).toBe(String(CAPACITY));
    expect(Number(publicRead.headers.get('ratelimit-remaining'))).toBeLessThan(CAPACITY);
    expect(Number(publicRead.headers.get('ratelimit-remaining'))).toBeGreaterThan(0);
  });

  it('changes nothing for a refused request: neither the bucket nor the registry', async () => {
    await spend(server, 50, { cookie: admin });
    const before = await bucketRow(server.handle, adminKey);
    const keysBefore = await server.handle.db.$count(apiKeys);
    const refused = await post(
      server,
      'mutation { apiKeyCreate(input: {name: "Không được tạo", role: VIEWER}) { apiKey { id } secret } }',
      {},
      { cookie: admin },
    );
    expect(refused.status).toBe(429);
    expect(refused.body.extensions?.cost).toMatchObject({ requested: 16 });
    expect(await bucketRow(server.handle, adminKey)).toEqual(before);
    expect(await server.handle.db.$count(apiKeys)).toBe(keysBefore);
  });

  it('does not keep a refusal as the answer to an Idempotency-Key: the retry runs', async () => {
    await spend(server, 50, { cookie: admin });
    const mutation =
      'mutation { apiKeyCreate(input: {name: "Khóa có Idempotency-Key", role: VIEWER}) { apiKey { id } secret } }';
    const headers = { 'idempotency-key': 'khoa-thu-1' };
    const refused = await post(server, mutation, {}, { cookie: admin }, headers);
    expect(refused.status).toBe(429);
    await age(server.handle, adminKey, 60);
    const retried = await post(server, mutation, {}, { cookie: admin }, headers);
    expect(retried.status).toBe(200);
    expect(retried.headers.get('idempotency-replayed')).toBeNull();
    expect(retried.body.data?.['apiKeyCreate'].secret).toEqual(expect.any(String));
  });

  it('lets no more requests through at once than the bucket holds', async () => {
    // Twenty at once of 17 points each: three fit in 60, whatever order the database takes them.
    await spend(server, 5, { cookie: admin });
    await server.handle.db
      .update(rateLimitBuckets)
      .set({ points: 0, updatedAt: sql`now() + interval '1 hour'` })
      .where(eq(rateLimitBuckets.key, adminKey));
    const { query, variables } = costing(17);
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => post(server, query, variables, { cookie: admin })),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(3);
    expect(statuses.filter((status) => status === 429)).toHaveLength(17);
    expect((await bucketRow(server.handle, adminKey))?.points).toBe(51);
  });
});

describe.each(engines)('the rate limit on the default setting on $name', (engine) => {
  let server: TestServer;
  let admin: string;
  beforeAll(async () => {
    server = await startTestServer(engine);
    admin = await login(server, 'admin', ADMIN_PASSWORD);
  });
  afterAll(() => server?.stop());

  it('prices a client generator’s full introspection by the schema’s size, within every limit', async () => {
    const answer = await post(
      server,
      getIntrospectionQuery({ descriptions: true }),
      {},
      { cookie: admin },
    );
    expect(answer.status).toBe(200);
    const { requested, remaining } = answer.body.extensions?.cost ?? {};
    expect(requested).toBeGreaterThan(500);
    expect(requested).toBeLessThan(5_000);
    expect(remaining).toBe(200_000 - (requested ?? 0));
    // The same price whatever it selects: the schema is what it can return.
    const small = await post(server, '{ __schema { queryType { name } } }', {}, { cookie: admin });
    expect(small.body.extensions?.cost?.requested).toBe(requested);
  });

  it('counts nothing and reports nothing when turned off', async () => {
    const off = await startTestServer(engine, { RATE_LIMIT_POINTS_PER_MINUTE: '0' });
    try {
      const cookie = await login(off, 'admin', ADMIN_PASSWORD);
      const answer = await post(off, '{ viewer { role } }', {}, { cookie });
      expect(answer.status).toBe(200);
      expect(answer.body.extensions?.cost).toBeUndefined();
      expect(answer.headers.get('ratelimit-limit')).toBeNull();
      expect(await off.handle.db.$count(rateLimitBuckets)).toBe(0);
    } finally {
      await off.stop();
    }
  });
});

describe.each(engines)('one bucket for every server on one database on $name', (engine) => {
  it('shares a caller’s bucket between servers and keeps it across a restart', async () => {
    const shared = await sharedDatabase(engine);
    const first = await startTestServer(shared.engine, LIMITED);
    let second: TestServer | undefined;
    try {
      const cookie = await login(first, 'admin', ADMIN_PASSWORD);
      await spend(first, 44, { cookie });
      await freeze(first.handle, await bucketKeyOf(first.handle, 'admin'));
      if (engine.name === 'postgres') {
        // Two processes at once, each with its own pool: the second sees what the first spent.
        second = await startTestServer(shared.engine, LIMITED);
        const other = await spend(second, 17, { cookie });
        expect(other.status).toBe(429);
        expect(other.body.extensions?.cost?.remaining).toBe(16);
        await second.stop();
        second = undefined;
      }
      await first.stop();
      // The embedded database opens once at a time: a restart on it shows the same.
      second = await startTestServer(shared.engine, LIMITED);
      const restarted = await spend(second, 17, { cookie });
      expect(restarted.status).toBe(429);
      expect(restarted.headers.get('retry-after')).toBe('1');
      expect((await spend(second, 16, { cookie })).status).toBe(200);
    } finally {
      await second?.stop();
      await first.stop().catch(() => undefined);
      await shared.drop();
    }
  });
});

// Rows idle for a minute have leaked empty: the next charge deletes them, and keeps the rest.
describe.each(engines)('sweeping buckets that have leaked empty on $name', (engine) => {
  it('deletes idle buckets and keeps live ones', async () => {
    const handle = await engine.open();
    try {
      await handle.db.insert(rateLimitBuckets).values([
        {
          key: 'user:idle',
          points: 30,
          updatedAt: sql`now() - interval '61 seconds'`,
          admitted: true,
        },
        {
          key: 'user:live',
          points: 30,
          updatedAt: sql`now() - interval '10 seconds'`,
          admitted: true,
        },
      ]);
      const bucket = await createRateLimiter(handle.db, CAPACITY).charge('api-key:new', 5);
      expect(bucket).toMatchObject({ admitted: true, remaining: 55, retryAfterSeconds: 0 });
      const keys = await handle.db.select({ key: rateLimitBuckets.key }).from(rateLimitBuckets);
      expect(keys.map((row) => row.key).sort()).toEqual(['api-key:new', 'user:live']);
    } finally {
      await handle.close();
    }
  });
});
