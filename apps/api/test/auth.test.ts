import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  addUser,
  engines,
  graphql,
  login,
  rowCounts,
  startTestServer,
  type TestServer,
} from './harness';

const VIEWER_QUERY = '{ viewer { role user { username role } apiKey { name } } }';

describe.each(engines)('sign-in on $name', (engine) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(engine);
  });
  afterAll(() => server?.stop());

  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${server.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  it('answers health without credentials and readiness when the database answers', async () => {
    expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
    const ready = await fetch(`${server.baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', engine: engine.name });
  });

  it('signs in with an httpOnly SameSite cookie and knows the viewer', async () => {
    const response = await post(
      '/auth/login',
      JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
    );
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^lcb_session=lcs_[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const { status, body } = await graphql(
      server,
      VIEWER_QUERY,
      {},
      { cookie: cookie.split(';')[0] },
    );
    expect(status).toBe(200);
    expect(body.data?.['viewer']).toEqual({
      role: 'ADMIN',
      user: { username: 'admin', role: 'ADMIN' },
      apiKey: null,
    });
  });

  it('refuses wrong credentials with 401, the same answer for either part, writing nothing', async () => {
    const before = await rowCounts(server);
    const wrongPassword = await post(
      '/auth/login',
      JSON.stringify({ username: 'admin', password: 'sai' }),
    );
    const unknownUser = await post(
      '/auth/login',
      JSON.stringify({ username: 'khong-co', password: 'sai' }),
    );
    expect(wrongPassword.status).toBe(401);
    expect(unknownUser.status).toBe(401);
    expect(await wrongPassword.json()).toEqual(await unknownUser.json());
    expect(wrongPassword.headers.get('set-cookie')).toBeNull();
    expect(await rowCounts(server)).toEqual(before);
  });

  it.each([
    ['malformed JSON', '{"username": "admin", ', {}, 400, 'MALFORMED_JSON'],
    [
      'a form post',
      'username=admin&password=x',
      { 'content-type': 'application/x-www-form-urlencoded' },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    ['missing fields', '{}', {}, 401, 'INVALID_CREDENTIALS'],
    ['wrong types', '{"username": 1, "password": ["x"]}', {}, 401, 'INVALID_CREDENTIALS'],
    ['a JSON array', '[]', {}, 401, 'INVALID_CREDENTIALS'],
    [
      'an oversized body',
      JSON.stringify({ username: 'a', password: 'x'.repeat(300_000) }),
      {},
      413,
      'BODY_TOO_LARGE',
    ],
  ])(
    'answers %s at /auth/login with a clear %i and writes nothing',
    async (_, body, headers, status, code) => {
      const before = await rowCounts(server);
      const response = await post('/auth/login', body, headers);
      expect(response.status).toBe(status);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(code);
      expect(await rowCounts(server)).toEqual(before);
      expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
    },
  );

  it('ends the session at logout, after which the cookie no longer works', async () => {
    const cookie = await login(server, 'admin', ADMIN_PASSWORD);
    const out = await post('/auth/logout', '', { cookie });
    expect(out.status).toBe(204);
    const after = await graphql(server, VIEWER_QUERY, {}, { cookie });
    expect(after.status).toBe(401);
    expect(after.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers a logout without a session with 401', async () => {
    const response = await post('/auth/logout', '');
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('NO_SESSION');
  });

  it('gives anonymous and forged callers an authentication error on GraphQL', async () => {
    for (const credentials of [
      {},
      { cookie: 'lcb_session=lcs_forged' },
      { bearer: 'lck_forged' },
    ]) {
      const { status, body } = await graphql(server, VIEWER_QUERY, {}, credentials);
      expect(status).toBe(401);
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(body.data ?? null).toBeNull();
    }
  });

  it('hides introspection and field suggestions from anonymous callers', async () => {
    const { status, body } = await graphql(server, '{ __schema { types { name } } viewr }');
    expect(status).toBe(401);
    expect(JSON.stringify(body)).not.toMatch(/Did you mean|__Schema|viewer/);
  });

  it('serves an API key as a Bearer token until it is revoked', async () => {
    const cookie = await login(server, 'admin', ADMIN_PASSWORD);
    const created = await graphql(
      server,
      'mutation { apiKeyCreate(input: {name: "Cổng dữ liệu tỉnh", role: VIEWER}) { apiKey { id name role } secret userErrors { code } } }',
      {},
      { cookie },
    );
    const payload = created.body.data?.['apiKeyCreate'];
    expect(payload.userErrors).toEqual([]);
    expect(payload.apiKey).toMatchObject({ name: 'Cổng dữ liệu tỉnh', role: 'VIEWER' });
    const secret = payload.secret as string;

    const asKey = await graphql(server, VIEWER_QUERY, {}, { bearer: secret });
    expect(asKey.body.data?.['viewer']).toEqual({
      role: 'VIEWER',
      user: null,
      apiKey: { name: 'Cổng dữ liệu tỉnh' },
    });

    const stored = await server.handle.db.query.apiKeys.findMany();
    expect(JSON.stringify(stored)).not.toContain(secret);

    const revoked = await graphql(
      server,
      'mutation ($id: ID!) { apiKeyRevoke(id: $id) { apiKey { revokedAt } userErrors { code } } }',
      { id: payload.apiKey.id },
      { cookie },
    );
    expect(revoked.body.data?.['apiKeyRevoke'].userErrors).toEqual([]);
    expect((await graphql(server, VIEWER_QUERY, {}, { bearer: secret })).status).toBe(401);
  });

  it('rejects GraphQL requests a browser form could forge (CSRF)', async () => {
    const cookie = await login(server, 'admin', ADMIN_PASSWORD);
    const form = await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie },
      body: JSON.stringify({ query: '{ viewer { role } }' }),
    });
    expect(form.status).toBe(400);
    const getMutation = await fetch(
      `${server.baseUrl}/graphql?query=${encodeURIComponent('mutation { apiKeyCreate(input: {name: "x", role: ADMIN}) { secret } }')}`,
      { headers: { cookie, 'apollo-require-preflight': 'true' } },
    );
    expect(getMutation.status).toBe(405);
    expect(
      await server.handle.db.query.apiKeys.findMany({ where: (k, { eq }) => eq(k.name, 'x') }),
    ).toEqual([]);
  });

  it('lets a new user sign in with the role given', async () => {
    const password = await addUser(server, 'can-bo-to-chuc', 'ORGANIZER');
    const cookie = await login(server, 'can-bo-to-chuc', password);
    const { body } = await graphql(server, VIEWER_QUERY, {}, { cookie });
    expect(body.data?.['viewer'].role).toBe('ORGANIZER');
  });
});

describe.each(engines)('sign-in limits on $name', (engine) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(engine, {
      LOGIN_MAX_FAILURES: '3',
      LOGIN_MAX_FAILURES_PER_ADDRESS: '6',
      LOGIN_BLOCK_MINUTES: '10',
      // Each request names its address in X-Forwarded-For, as a reverse proxy would.
      TRUST_PROXY: 'loopback',
    });
  });
  afterAll(() => server?.stop());

  const signIn = (username: string, password: string, address: string) =>
    fetch(`${server.baseUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ username, password }),
    });

  it('blocks a username from an address after failures in a row, before checking the password', async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      expect((await signIn('admin', 'sai', '10.0.0.1')).status).toBe(401);
    }
    const blocked = await signIn('admin', ADMIN_PASSWORD, '10.0.0.1');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(590);
    expect(Number(blocked.headers.get('retry-after'))).toBeLessThanOrEqual(600);
    expect(blocked.headers.get('set-cookie')).toBeNull();
    const body = (await blocked.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('TOO_MANY_ATTEMPTS');
    expect(body.error.message).toMatch(/thử lại sau/);
    // The same account from another address, and the case the username is typed in, are
    // counted as they should be: another address is not locked out, another case is.
    expect((await signIn('admin', ADMIN_PASSWORD, '10.0.0.2')).status).toBe(200);
    expect((await signIn('ADMIN', ADMIN_PASSWORD, '10.0.0.1')).status).toBe(429);
  });

  it('forgets the failures of a pair once it signs in', async () => {
    const password = await addUser(server, 'to-chuc-1', 'VIEWER');
    for (let round = 0; round < 2; round++) {
      expect((await signIn('to-chuc-1', 'sai', '10.0.1.1')).status).toBe(401);
      expect((await signIn('to-chuc-1', 'sai', '10.0.1.1')).status).toBe(401);
      expect((await signIn('to-chuc-1', password, '10.0.1.1')).status).toBe(200);
    }
  });

  it('blocks an address that tries many usernames', async () => {
    for (let attempt = 0; attempt < 6; attempt++) {
      expect((await signIn(`khong-co-${attempt}`, 'sai', '10.0.2.1')).status).toBe(401);
    }
    expect((await signIn('admin', ADMIN_PASSWORD, '10.0.2.1')).status).toBe(429);
    expect((await signIn('admin', ADMIN_PASSWORD, '10.0.2.2')).status).toBe(200);
  });
});
