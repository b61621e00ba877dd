import { cacheExchange, createClient, fetchExchange } from 'urql';
import { vi } from 'vitest';

// A real urql client, document cache included, over a fetch that answers each operation by its
// name: for tests of what the app reads again after a mutation, which the mock client of
// mock-graphql-client.ts cannot show. Answers must carry __typename where the cache needs it.

type Answer = (variables: Record<string, unknown>) => unknown;
type Body = { operationName: string; variables: Record<string, unknown> };

export function cachingGraphqlClient(answers: Record<string, Answer>) {
  const requests: Body[] = [];
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as Body;
    requests.push(body);
    const data = answers[body.operationName]?.(body.variables) ?? null;
    return new Response(JSON.stringify({ data }), {
      headers: { 'content-type': 'application/json' },
    });
  });
  const client = createClient({
    url: 'http://admin.test/graphql',
    preferGetMethod: false,
    exchanges: [cacheExchange, fetchExchange],
    fetch,
  });
  /** The requests of one operation sent so far, oldest first. */
  const requestsOf = (name: string) => requests.filter((request) => request.operationName === name);
  return { client, requestsOf };
}
