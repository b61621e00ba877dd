import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUERY_LIMITS } from '../src/graphql/limits';
import {
  ADMIN_PASSWORD,
  engines,
  graphql,
  login,
  type TestServer,
  startTestServer,
} from './harness';

// Hostile documents from QUALITY.md's corpus: each gets a clear client error before execution,
// and the server keeps answering. (Row counts are checked by the write tests' corpus.)
const documents: [string, string][] = [
  ['depth 50', `{ viewer { ${'user { '.repeat(50)}username${' }'.repeat(50)} } }`],
  [
    '10k aliases',
    `{ ${Array.from({ length: 10_000 }, (_, i) => `a${i}: viewer { role }`).join(' ')} }`,
  ],
  [
    '10k fragments',
    `{ viewer { ...f0 } } ${Array.from({ length: 10_000 }, (_, i) => `fragment f${i} on Viewer { role ${i < 9_999 ? `...f${i + 1}` : ''} }`).join(' ')}`,
  ],
  [
    '200×100 inline fragments',
    `{ viewer { ${Array.from({ length: 200 }, () => `... on Viewer { ${'role '.repeat(100)} }`).join(' ')} } }`,
  ],
  ['a directive flood', `{ viewer { role ${'@include(if: true) '.repeat(500)} } }`],
  ['too many tokens', `{ viewer { ${'role '.repeat(QUERY_LIMITS.maxTokens + 10)} } }`],
];

describe.each(engines)('query limits on $name', (engine) => {
  let server: TestServer;
  let cookie: string;
  beforeAll(async () => {
    server = await startTestServer(engine);
    cookie = await login(server, 'admin', ADMIN_PASSWORD);
  });
  afterAll(() => server?.stop());

  it.each(documents)('refuses %s with a client error', async (_, query) => {
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
