import type { Client } from 'urql';
import { vi } from 'vitest';
import { fromValue } from 'wonka';

// A urql client that answers each operation by its name, synchronously, and records what it
// was asked: enough for pages whose queries and mutations a test drives.

type Request = {
  query: { definitions: { name?: { value: string } }[] };
  variables: Record<string, unknown>;
};
/** What urql's hooks pass beside the request (requestPolicy, additionalTypenames…). */
type Context = { requestPolicy?: string; additionalTypenames?: string[] };
type Answer = (variables: Record<string, unknown>) => unknown;

const nameOf = (request: Request) => request.query.definitions[0]?.name?.value ?? '';

/** `answers` maps an operation name to its data; other operations answer no data. */
export function mockGraphqlClient(answers: Record<string, Answer>) {
  const answer = (request: Request, context?: Context) =>
    fromValue({
      operation: { ...request, context: context ?? {} },
      data: answers[nameOf(request)]?.(request.variables),
      stale: false,
      hasNext: false,
    });
  const executeQuery = vi.fn(answer);
  const executeMutation = vi.fn(answer);
  const client = {
    executeQuery,
    executeMutation,
    executeSubscription: vi.fn(),
  } as unknown as Client;
  return { client, executeQuery, executeMutation };
}

/** The operations of one name the client was asked, oldest first. */
export function callsOf(
  spy: { mock: { calls: [Request, Context?][] } },
  name: string,
): { variables: Record<string, unknown>; context: Context }[] {
  return spy.mock.calls.flatMap(([request, context]) =>
    nameOf(request) === name ? [{ variables: request.variables, context: context ?? {} }] : [],
  );
}
