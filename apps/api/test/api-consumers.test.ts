import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { printPublishedSchema } from '@luanchuyen/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  addUser,
  engines,
  graphql,
  login,
  startTestServer,
  type TestServer,
} from './harness';

// The API as a developer at another agency meets it, with the server run as operators run it
// (NODE_ENV=production): introspection and the published SDL for every signed-in caller and API
// key, nothing for anonymous callers, a revoked key named as such, and JSON 404s under the
// API's paths. A typed client is generated from the live endpoint with an API key.

const INTROSPECTION = '{ __schema { queryType { name } mutationType { name } } }';
const adminDir = mkdtempSync(join(tmpdir(), 'lcb-admin-'));
writeFileSync(join(adminDir, 'index.html'), '<!doctype html><title>admin</title>');

describe.each(engines)('the API for consumers on $name', (engine) => {
  let server: TestServer;
  let admin: string;
  let key: { id: string; secret: string };
  const nodeEnv = process.env['NODE_ENV'];

  beforeAll(async () => {
    process.env['NODE_ENV'] = 'production';
    server = await startTestServer(engine, {}, { adminDir });
    admin = await login(server, 'admin', ADMIN_PASSWORD);
    const created = await graphql(
      server,
      'mutation { apiKeyCreate(input: {name: "Cổng dữ liệu tỉnh", role: VIEWER}) { apiKey { id } secret } }',
      {},
      { cookie: admin },
    );
    const payload = created.body.data?.['apiKeyCreate'];
    key = { id: payload.apiKey.id, secret: payload.secret };
  });
  afterAll(async () => {
    process.env['NODE_ENV'] = nodeEnv;
    await server?.stop();
  });

  const schemaFile = (headers: Record<string, string> = {}) =>
    fetch(`${server.baseUrl}/graphql/schema.graphql`, { headers });

  it('answers introspection to a user and to an API key under NODE_ENV=production', async () => {
    const viewer = await login(server, 'viewer', await addUser(server, 'viewer', 'VIEWER'));
    for (const credentials of [{ cookie: admin }, { cookie: viewer }, { bearer: key.secret }]) {
      const { status, body } = await graphql(server, INTROSPECTION, {}, credentials);
      expect(status).toBe(200);
      expect(body.data?.['__schema']).toEqual({
        queryType: { name: 'Query' },
        mutationType: { name: 'Mutation' },
      });
    }
  });

  it('gives anonymous callers neither introspection nor the SDL', async () => {
    const { status, body } = await graphql(server, INTROSPECTION);
    expect(status).toBe(401);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const file = await schemaFile();
    expect(file.status).toBe(401);
    expect(((await file.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
  });

  it('serves the published SDL at /graphql/schema.graphql to an API key', async () => {
    const file = await schemaFile({ authorization: `Bearer ${key.secret}` });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toMatch(/^application\/graphql/);
    expect(await file.text()).toBe(printPublishedSchema());
  });

  it('generates a typed client from the live endpoint with an API key', async () => {
    const outputs: readonly { filename: string; content: string }[] = await generate(
      {
        schema: {
          [`${server.baseUrl}/graphql`]: { headers: { authorization: `Bearer ${key.secret}` } },
        },
        generates: { 'client-types.ts': { plugins: ['typescript'] } },
        silent: true,
      },
      false,
    );
    const content = outputs[0]?.content ?? '';
    expect(content).toMatch(/^export type Cadre = (Node & )?\{/mu);
    expect(content).toMatch(/^export type RotationConnection = \{/mu);
    expect(content).toContain('export enum RotationCategory {');
  });

  it('names a revoked key as revoked, and an unknown one as not signed in', async () => {
    await graphql(
      server,
      'mutation ($id: ID!) { apiKeyRevoke(id: $id) { userErrors { code } } }',
      { id: key.id },
      { cookie: admin },
    );
    const revoked = await graphql(server, '{ viewer { role } }', {}, { bearer: key.secret });
    expect(revoked.status).toBe(401);
    expect(revoked.body.errors?.[0]).toMatchObject({
      message: 'Khóa API này đã bị thu hồi; hãy dùng khóa khác',
      extensions: { code: 'KEY_REVOKED' },
    });
    const file = await schemaFile({ authorization: `Bearer ${key.secret}` });
    expect(file.status).toBe(401);
    expect(((await file.json()) as { error: { code: string } }).error.code).toBe('KEY_REVOKED');
    const unknown = await graphql(server, '{ viewer { role } }', {}, { bearer: 'lck_not-a-key' });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.each(['/graphql/nope', '/graphql/v2/graphql', '/auth/nope', '/import/cadres', '/export/x'])(
    'answers %s with a 404 JSON error, never the admin page',
    async (path) => {
      for (const accept of ['application/json', 'text/html']) {
        const response = await fetch(`${server.baseUrl}${path}`, {
          headers: { accept, cookie: admin },
        });
        expect(response.status).toBe(404);
        expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
          'NOT_FOUND',
        );
      }
    },
  );

  it('still serves the admin app for its own pages', async () => {
    const page = await fetch(`${server.baseUrl}/cadres/abc`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('x-powered-by')).toBeNull();
    expect(await page.text()).toContain('<title>admin</title>');
    // Its page is revalidated by ETag (no-cache); the API's answers carry none.
    const etag = page.headers.get('etag');
    expect(etag).toBeTruthy();
    // node:http, not fetch: fetch adds `Cache-Control: no-cache` to a conditional request.
    const again = await new Promise<number>((resolve, reject) => {
      get(
        `${server.baseUrl}/cadres/abc`,
        { headers: { accept: 'text/html', 'if-none-match': etag ?? '' } },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      ).on('error', reject);
    });
    expect(again).toBe(304);
    const answer = await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: admin },
      body: JSON.stringify({ query: '{ viewer { role } }' }),
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('etag')).toBeNull();
    expect(((await answer.json()) as { data: unknown }).data).toEqual({
      viewer: { role: 'ADMIN' },
    });
  });
});

const PORTAL = 'https://cong-du-lieu.langson.gov.vn';

describe.each(engines)('cross-origin callers on $name', (engine) => {
  let server: TestServer;
  let admin: string;
  let secret: string;
  beforeAll(async () => {
    server = await startTestServer(engine, { CORS_ORIGINS: `${PORTAL}, https://bao-cao.vn` });
    admin = await login(server, 'admin', ADMIN_PASSWORD);
    const created = await graphql(
      server,
      'mutation { apiKeyCreate(input: {name: "Cổng dữ liệu", role: VIEWER}) { secret } }',
      {},
      { cookie: admin },
    );
    secret = created.body.data?.['apiKeyCreate'].secret;
  });
  afterAll(() => server?.stop());

  const preflight = (origin: string) =>
    fetch(`${server.baseUrl}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });

  it('answers the preflight of an allowed origin, without credentials', async () => {
    const response = await preflight(PORTAL);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('gives no CORS headers to any other origin', async () => {
    for (const origin of [
      'https://evil.example',
      'https://cong-du-lieu.langson.gov.vn.evil.example',
    ]) {
      const response = await preflight(origin);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('serves an allowed origin that sends an API key, and ignores a session cookie from it', async () => {
    const withKey = await graphql(
      server,
      '{ viewer { role } }',
      {},
      { bearer: secret },
      { origin: PORTAL },
    );
    expect(withKey.status).toBe(200);
    expect(withKey.body.data?.['viewer']).toEqual({ role: 'VIEWER' });
    // The page may read how long to wait and what is left of its budget.
    const exposed = await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${secret}`,
        'content-type': 'application/json',
        origin: PORTAL,
      },
      body: JSON.stringify({ query: '{ viewer { role } }' }),
    });
    expect(exposed.headers.get('access-control-expose-headers')?.split(',')).toEqual([
      'Retry-After',
      'RateLimit-Limit',
      'RateLimit-Remaining',
      'RateLimit-Reset',
    ]);
    const withCookie = await graphql(
      server,
      '{ viewer { role } }',
      {},
      { cookie: admin },
      { origin: PORTAL },
    );
    expect(withCookie.status).toBe(401);
    expect(withCookie.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // The admin app's own requests keep their session.
    const own = await graphql(
      server,
      '{ viewer { role } }',
      {},
      { cookie: admin },
      { origin: server.baseUrl },
    );
    expect(own.body.data?.['viewer']).toEqual({ role: 'ADMIN' });
  });

  it('allows no origin by default', async () => {
    const closed = await startTestServer(engine);
    try {
      const response = await fetch(`${closed.baseUrl}/graphql`, {
        method: 'OPTIONS',
        headers: { origin: PORTAL, 'access-control-request-method': 'POST' },
      });
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await closed.stop();
    }
  });
});

afterAll(() => rmSync(adminDir, { recursive: true, force: true }));
