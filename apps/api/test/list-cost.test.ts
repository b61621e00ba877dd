import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, Kind, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeDefs } from '@luanchuyen/schema';
import { QUERY_LIMITS } from '../src/graphql/limits';
import { listAwareCost, MUTATION_FIELD_COST } from '../src/graphql/list-cost';
import { LIST_BOUNDS } from '../src/graphql/list-cost.plugin';
import {
  ADMIN_PASSWORD,
  engines,
  graphql,
  login,
  startTestServer,
  type TestServer,
} from './harness';

// Lists without `first` count as LIST_SIZE_ESTIMATE items (20) unless bounded lower, so a
// document that fans out through them is refused before it runs; every document the admin app
// sends stays within the same limit.

const schema = buildSchema(typeDefs.join('\n'));
const options = { listSize: 20, bounds: LIST_BOUNDS };

function costOf(source: string, variables: Record<string, unknown> = {}) {
  const document = parse(source);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) throw new Error('no operation');
  return listAwareCost(schema, document, operation, variables, options);
}

/** The admin's largest page passed as a variable (ELIGIBLE_PAGE_SIZE, HOME_AREA_CHOICES). */
const ADMIN_LARGEST_PAGE = 100;

const FAN_OUT = `{cadres(first:100){nodes{assignments{position{holders(asOf:"2024-01-01"){cadre{assignments{id}}}}}}}}`;

describe('the list-aware query cost', () => {
  it.each([
    ['a scalar field costs 1', '{ viewer { role } }', 2 + 1],
    [
      'a connection multiplies its nodes by first',
      '{ cadres(first: 10) { nodes { fullName } } }',
      2 + 10 * (2 + 1), // the connection, then each node as an object with a scalar
    ],
    [
      'a list without first counts as 20 items',
      '{ cadres(first: 1) { nodes { assignments { startDate } } } }',
      2 + 2 + 20 * (2 + 1),
    ],
    [
      'first from a variable counts as asked',
      'query($n: Int!) { cadres(first: $n) { nodes { fullName } } }',
      2 + 5 * (2 + 1),
    ],
  ])('%s', (_case, source, expected) => {
    expect(costOf(source, { n: 5 })).toBe(expected);
  });

  it('counts each mutation field ten points above what it selects', () => {
    const selection = 2 + (2 + 1) + 1; // the payload, the key with its id, the secret
    expect(
      costOf(
        'mutation { apiKeyCreate(input: {name: "k", role: VIEWER}) { apiKey { id } secret } }',
      ),
    ).toBe(MUTATION_FIELD_COST + selection);
    expect(
      costOf(
        'mutation { a: apiKeyCreate(input: {name: "a", role: VIEWER}) { secret } b: apiKeyCreate(input: {name: "b", role: VIEWER}) { secret } }',
      ),
    ).toBe(2 * (MUTATION_FIELD_COST + 2 + 1));
  });

  it('prices introspection by what the schema holds, whatever it selects', () => {
    const whole = costOf('{ __schema { queryType { name } } }');
    expect(costOf('{ __schema { types { name fields { name args { name } } } } }')).toBe(whole);
    // Every type, field and argument at least: far more than a handful, far under the limit.
    const types = Object.keys(schema.getTypeMap()).length;
    expect(whole).toBeGreaterThan(types * 3);
    expect(whole).toBeLessThan(QUERY_LIMITS.maxCost / 4);
    const one = costOf('{ __type(name: "Cadre") { name } }');
    expect(one).toBeGreaterThan(Object.keys(schema.getQueryType()?.getFields() ?? {}).length);
    expect(one).toBeLessThan(whole);
    expect(costOf('{ __typename }')).toBe(0);
  });

  it('counts fragments and inline fragments like the fields they stand for', () => {
    const inline = costOf('{ cadres(first: 3) { nodes { fullName } } }');
    const spread = costOf(
      '{ cadres(first: 3) { ...page } } fragment page on CadreConnection { nodes { ... on Cadre { fullName } } }',
    );
    expect(spread).toBe(inline);
  });

  it('puts the issue’s fan-out far above the limit, with holders bounded by seats', () => {
    expect(costOf(FAN_OUT)).toBeGreaterThan(QUERY_LIMITS.maxCost * 10);
  });

  // Every document of the admin app, with each `first` variable at the largest page it sends.
  const adminDocuments = collectAdminDocuments();
  it('finds the admin app’s documents', () => expect(adminDocuments.length).toBeGreaterThan(15));
  it.each(adminDocuments)(
    'keeps the admin document %s within the limit',
    (_name, document, operation) => {
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? []).map((v) => [
          v.variable.name.value,
          v.variable.name.value === 'first' ? ADMIN_LARGEST_PAGE : null,
        ]),
      );
      expect(listAwareCost(schema, document, operation, variables, options)).toBeLessThanOrEqual(
        QUERY_LIMITS.maxCost,
      );
    },
  );
});

function collectAdminDocuments(): [string, DocumentNode, OperationDefinitionNode][] {
  const root = join(import.meta.dirname, '../../admin/src/features');
  const sources: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !name.includes('.test.'))
        for (const match of readFileSync(path, 'utf8').matchAll(/graphql\(`([\s\S]*?)`\)/g))
          sources.push(match[1] ?? '');
    }
  };
  walk(root);
  walk(join(root, '../components'));
  const parsed = sources.map((source) => parse(source));
  const fragments = parsed.flatMap((d) =>
    d.definitions.filter((x) => x.kind === Kind.FRAGMENT_DEFINITION),
  );
  return parsed.flatMap((d) =>
    d.definitions
      .filter((x): x is OperationDefinitionNode => x.kind === Kind.OPERATION_DEFINITION)
      .map((operation): [string, DocumentNode, OperationDefinitionNode] => [
        operation.name?.value ?? 'anonymous',
        { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] },
        operation,
      ]),
  );
}

describe.each(engines)('the list-aware cost limit over HTTP on $name', (engine) => {
  let server: TestServer;
  let cookie: string;
  beforeAll(async () => {
    server = await startTestServer(engine);
    cookie = await login(server, 'admin', ADMIN_PASSWORD);
  });
  afterAll(() => server?.stop());

  it('refuses the fan-out through lists without first before it runs', async () => {
    const { status, body } = await graphql(server, FAN_OUT, {}, { cookie });
    expect(status).toBe(400);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).toContain('a list without first counts as 20 items');
  });

  it('refuses a page size the caller passes as a variable when it makes the cost too high', async () => {
    const query = `query($n: Int!) { cadres(first: $n) { nodes { assignments { position { unit { positions { title } } } } } } }`;
    const small = await graphql(server, query, { n: 1 }, { cookie });
    expect(small.status).toBe(200);
    const large = await graphql(server, query, { n: 100 }, { cookie });
    expect(large.status).toBe(400);
  });

  it('honours LIST_SIZE_ESTIMATE', async () => {
    const strict = await startTestServer(engine, { LIST_SIZE_ESTIMATE: '1000' });
    try {
      const own = await login(strict, 'admin', ADMIN_PASSWORD);
      const { status } = await graphql(
        strict,
        '{ cadres(first: 10) { nodes { assignments { position { unit { positions { title } } } } } } }',
        {},
        { cookie: own },
      );
      expect(status).toBe(400);
      const ordinary = await graphql(
        server,
        '{ cadres(first: 10) { nodes { assignments { position { unit { positions { title } } } } } } }',
        {},
        { cookie },
      );
      expect(ordinary.status).toBe(200);
    } finally {
      await strict.stop();
    }
  });
});
