import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  engines,
  graphql,
  login,
  type TestServer,
  startTestServer,
} from './harness';
import { hostileDocuments } from './hostile-documents';

// Hostile documents from QUALITY.md's corpus (hostile-documents.ts): each gets a clear client
// error before execution, and the server keeps answering. bad-input.test.ts checks row counts.

describe.each(engines)('query limits on $name', (engine) => {
  let server: TestServer;
  let cookie: string;
  beforeAll(async () => {
    server = await startTestServer(engine);
    cookie = await login(server, 'admin', ADMIN_PASSWORD);
  });
  afterAll(() => server?.stop());

  it.each(hostileDocuments)('refuses %s with a client error', async (_, query) => {
    const { status, body } = await graphql(server, query, {}, { cookie });
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(body.data ?? null).toBeNull();
    // A document too large for the body limit is refused by HTTP (413) before GraphQL sees it.
    const httpError = (body as { error?: { code: string } }).error;
    const code = httpError?.code ?? body.errors?.[0]?.extensions?.code;
    expect(code).toBeDefined();
    expect(code).not.toBe('INTERNAL_SERVER_ERROR');
    expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
  });

  it('still serves an ordinary document within the limits', async () => {
    const query = `query Ordinary { me: viewer { ...who } viewer { role @include(if: true) } }
      fragment who on Viewer { role user { username role createdAt } apiKey { name } }`;
    const { status, body } = await graphql(server, query, {}, { cookie });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });

  it('does not suggest field names, even to a signed-in caller', async () => {
    const { body } = await graphql(server, '{ viewr { role } }', {}, { cookie });
    expect(JSON.stringify(body)).not.toMatch(/Did you mean/);
  });
});
