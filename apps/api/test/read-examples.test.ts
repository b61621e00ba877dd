import { Kind, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_QUERY } from '../explorer/examples';
import { engines, graphql } from './harness';
import { startReadServer, type ReadServer } from './read-harness';

// The API explorer opens with example operations; each must run as written on a real registry.
const operations = parse(EXAMPLE_QUERY).definitions.flatMap((definition) =>
  definition.kind === Kind.OPERATION_DEFINITION && definition.name ? [definition.name.value] : [],
);

describe.each(engines)('the explorer’s examples on $name', (engine) => {
  let api: ReadServer;
  beforeAll(async () => {
    api = await startReadServer(engine);
  });
  afterAll(() => api?.stop());

  it.each(operations)('%s runs without errors and finds data', async (operationName) => {
    const cookie = await api.cookie();
    const response = await fetch(`${api.server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: EXAMPLE_QUERY, operationName }),
    });
    const body = (await response.json()) as Awaited<ReturnType<typeof graphql>>['body'];
    expect(body.errors).toBeUndefined();
    expect(JSON.stringify(body.data)).toMatch(/"(fullName|total)"/);
  });
});
