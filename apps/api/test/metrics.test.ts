import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATION_NAME_CAP } from '../src/metrics';
import {
  ADMIN_PASSWORD,
  engines,
  graphql,
  login,
  startTestServer,
  type TestServer,
} from './harness';
import { seedLangSon, type LangSon } from './read-fixtures';

// GET /metrics through the real server: off without METRICS_TOKEN, refused without the right
// Bearer token, and with it Prometheus text whose counters follow what the API did. Label
// values stay bounded whatever names callers send.

const TOKEN = 'metrics-test-token-3f9c1a7e5b2d';

type Sample = { name: string; labels: Record<string, string>; value: number };
type Exposition = { types: Map<string, string>; samples: Sample[] };

// Prometheus reads NaN in any case (Go's ParseFloat); prom-client writes "Nan".
const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (-?[0-9.e+-]+|[Nn][Aa][Nn]|[+-]Inf)$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"(?:,|$)/gy;

/** Prometheus's text format 0.0.4, strictly: any line that is not HELP, TYPE or a sample fails. */
function parse(text: string): Exposition {
  const types = new Map<string, string>();
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('# HELP ')) continue;
    const type =
      /^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$/.exec(line);
    if (type) {
      types.set(type[1] ?? '', type[2] ?? '');
      continue;
    }
    const sample = SAMPLE.exec(line);
    if (!sample) throw new Error(`not Prometheus text: ${line}`);
    const labels: Record<string, string> = {};
    const body = sample[2] ?? '';
    LABEL.lastIndex = 0;
    let read = 0;
    for (const match of body.matchAll(LABEL)) {
      labels[match[1] ?? ''] = (match[2] ?? '').replace(/\\(.)/g, (_, c: string) =>
        c === 'n' ? '\n' : c,
      );
      read += match[0].length;
    }
    if (read !== body.length) throw new Error(`bad labels: ${line}`);
    samples.push({ name: sample[1] ?? '', labels, value: Number(sample[3]) });
  }
  return { types, samples };
}

/** The sum of a metric's samples whose labels include `labels`. */
function total(exposition: Exposition, name: string, labels: Record<string, string> = {}): number {
  return exposition.samples
    .filter(
      (sample) =>
        sample.name === name &&
        Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
    )
    .reduce((sum, sample) => sum + sample.value, 0);
}

function valuesOf(exposition: Exposition, name: string, label: string): Set<string> {
  return new Set(
    exposition.samples
      .filter((sample) => sample.name === name)
      .map((sample) => sample.labels[label] ?? ''),
  );
}

describe.each(engines)('GET /metrics on $name', (engine) => {
  let server: TestServer;
  let data: LangSon;
  let admin: string;
  beforeAll(async () => {
    server = await startTestServer(engine, { METRICS_TOKEN: TOKEN });
    data = await seedLangSon(server.handle.db);
    admin = await login(server, 'admin', ADMIN_PASSWORD);
  });
  afterAll(() => server?.stop());

  const scrapeWith = (authorization?: string) =>
    fetch(`${server.baseUrl}/metrics`, {
      headers: authorization === undefined ? {} : { authorization },
    });
  const scrape = async () => {
    const response = await scrapeWith(`Bearer ${TOKEN}`);
    expect(response.status).toBe(200);
    return parse(await response.text());
  };

  it('is off, as any unknown API path, when METRICS_TOKEN is unset', async () => {
    const plain = await startTestServer(engine);
    try {
      for (const headers of [{}, { authorization: `Bearer ${TOKEN}` }, { accept: 'text/html' }]) {
        const response = await fetch(`${plain.baseUrl}/metrics`, { headers });
        expect(response.status).toBe(404);
        expect(await response.json()).toEqual({
          error: { code: 'NOT_FOUND', message: expect.any(String) },
        });
      }
    } finally {
      await plain.stop();
    }
  });

  it.each([
    ['no Authorization header', undefined],
    ['a wrong token', 'Bearer wrong-token-but-long-enough-0000'],
    ['the token with a character more', `Bearer ${TOKEN}x`],
    ['the token cut short', `Bearer ${TOKEN.slice(0, -1)}`],
    ['the token as Basic credentials', `Basic ${TOKEN}`],
    ['an empty Bearer', 'Bearer '],
  ])('refuses %s with 401 JSON', async (_case, authorization) => {
    const response = await scrapeWith(authorization);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
    expect(await response.json()).toEqual({
      error: { code: 'UNAUTHENTICATED', message: expect.stringContaining('METRICS_TOKEN') },
    });
  });

  it('refuses a signed-in session without the token, and needs none with it', async () => {
    const withSession = await fetch(`${server.baseUrl}/metrics`, { headers: { cookie: admin } });
    expect(withSession.status).toBe(401);
    const withToken = await scrapeWith(`Bearer ${TOKEN}`);
    expect(withToken.status).toBe(200);
    expect(withToken.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(withToken.headers.get('set-cookie')).toBeNull();
  });

  it('reports its metrics with their types, and Node process metrics', async () => {
    const { types } = await scrape();
    expect(
      Object.fromEntries([...types].filter(([name]) => name.startsWith('luanchuyen_'))),
    ).toEqual(
      expect.objectContaining({
        luanchuyen_http_requests_total: 'counter',
        luanchuyen_http_request_duration_seconds: 'histogram',
        luanchuyen_graphql_operations_total: 'counter',
        luanchuyen_graphql_operation_duration_seconds: 'histogram',
        luanchuyen_errors_total: 'counter',
        luanchuyen_rotation_checks_total: 'counter',
        luanchuyen_rotation_violations_total: 'counter',
        luanchuyen_eligibility_evaluations_total: 'counter',
        luanchuyen_db_pool_max_connections: 'gauge',
        luanchuyen_db_pool_open_connections: 'gauge',
      }),
    );
    expect(types.get('process_cpu_seconds_total')).toBe('counter');
    expect(types.get('nodejs_eventloop_lag_seconds')).toBe('gauge');
  });

  it('counts a query, a mutation and their latency by operation name', async () => {
    const before = await scrape();
    const query = await graphql(server, 'query MetricsProbe { __typename }', {}, { cookie: admin });
    expect(query.body.errors).toBeUndefined();
    const mutation = await graphql(
      server,
      'mutation MetricsKey { apiKeyCreate(input: {name: "Bảng điều khiển", role: VIEWER}) { secret } }',
      {},
      { cookie: admin },
    );
    expect(mutation.body.errors).toBeUndefined();
    const after = await scrape();
    const moved = (name: string, labels: Record<string, string>) =>
      total(after, name, labels) - total(before, name, labels);
    const ops = 'luanchuyen_graphql_operations_total';
    expect(moved(ops, { operation: 'MetricsProbe', type: 'query', outcome: 'success' })).toBe(1);
    expect(moved(ops, { operation: 'MetricsKey', type: 'mutation', outcome: 'success' })).toBe(1);
    const latency = 'luanchuyen_graphql_operation_duration_seconds_count';
    expect(moved(latency, { operation: 'MetricsKey', type: 'mutation' })).toBe(1);
    expect(
      total(after, 'luanchuyen_graphql_operation_duration_seconds_sum', {
        operation: 'MetricsKey',
      }),
    ).toBeGreaterThan(0);
    const http = { method: 'POST', route: '/graphql', status: '200' };
    expect(moved('luanchuyen_http_requests_total', http)).toBe(2);
    // The scrape before this one is counted too, under its own route.
    expect(moved('luanchuyen_http_requests_total', { route: '/metrics', status: '200' })).toBe(1);
  });

  it('counts errors by code: not signed in, bad input, refused documents, unknown paths', async () => {
    const before = await scrape();
    const anonymous = await graphql(server, 'query Anonymous { __typename }');
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const invalid = await graphql(server, 'query Broken { noSuchField }', {}, { cookie: admin });
    expect(invalid.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const badDate = await graphql(
      server,
      'query BadDate($id: ID!) { node(id: $id) { id ... on Cadre { eligibility(asOf: "2019-02-30") { subject } } } }',
      { id: data.gid.cadres.duc },
      { cookie: admin },
    );
    expect(badDate.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await fetch(`${server.baseUrl}/graphql/no-such-path-7d1f3`);
    expect(missing.status).toBe(404);
    const malformed = await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: admin },
      body: '{"query": ',
    });
    expect(malformed.status).toBe(400);
    const after = await scrape();
    const moved = (name: string, labels: Record<string, string>) =>
      total(after, name, labels) - total(before, name, labels);
    const errors = 'luanchuyen_errors_total';
    expect(moved(errors, { code: 'UNAUTHENTICATED', source: 'graphql' })).toBe(1);
    expect(moved(errors, { code: 'GRAPHQL_VALIDATION_FAILED', source: 'graphql' })).toBe(1);
    expect(moved(errors, { code: 'BAD_USER_INPUT', source: 'graphql' })).toBe(1);
    expect(moved(errors, { code: 'NOT_FOUND', source: 'http' })).toBe(1);
    expect(moved(errors, { code: 'MALFORMED_JSON', source: 'http' })).toBe(1);
    const ops = 'luanchuyen_graphql_operations_total';
    // Refused in validation (the unknown field, the impossible date literal), before the
    // operation was known: not under the names the caller wrote.
    expect(moved(ops, { operation: '(invalid)', outcome: 'refused' })).toBe(2);
    expect(moved(ops, { operation: 'BadDate' })).toBe(0);
    expect(moved(ops, { operation: 'Broken' })).toBe(0);
    // Never the raw path: the unknown path is one value for all of them.
    const routes = valuesOf(after, 'luanchuyen_http_requests_total', 'route');
    expect([...routes].some((route) => route.includes('no-such-path'))).toBe(false);
    expect(moved('luanchuyen_http_requests_total', { route: '(unmatched)', status: '404' })).toBe(
      1,
    );
    // Refused by the body parser, before any route: no route answered it either.
    expect(moved('luanchuyen_http_requests_total', { route: '(unmatched)', status: '400' })).toBe(
      1,
    );
  });

  it('counts rotation checks by outcome with the violations found, and eligibility decisions', async () => {
    const { gid } = data;
    const proposal = {
      cadreId: gid.cadres.duc,
      toPositionId: gid.positions.maiPhaSecretary,
      startDate: '2019-06-01',
      plannedEndDate: '2022-06-01',
    };
    const before = await scrape();
    const check = await graphql(
      server,
      `
        query Check($input: RotationInput!) {
          checkRotation(input: $input) {
            allowed
            violations {
              code
            }
          }
        }
      `,
      { input: proposal },
      { cookie: admin },
    );
    expect(check.body.data?.['checkRotation']).toEqual({
      allowed: false,
      violations: [{ code: 'NO_FREE_SEAT' }],
    });
    const eligibility = await graphql(
      server,
      'query Eligible { cadres(first: 5) { nodes { eligibility(asOf: "2018-01-01") { subject } } } }',
      {},
      { cookie: admin },
    );
    expect(eligibility.body.errors).toBeUndefined();
    const evaluated = eligibility.body.data?.['cadres'].nodes.length as number;
    expect(evaluated).toBeGreaterThan(0);
    // rotationCreate asks the same verdict, and refuses the same proposal with userErrors.
    const create = await graphql(
      server,
      'mutation Create($input: RotationInput!) { rotationCreate(input: $input) { rotation { id } userErrors { code } } }',
      { input: proposal },
      { cookie: admin },
    );
    expect(create.body.data?.['rotationCreate']).toEqual({
      rotation: null,
      userErrors: [{ code: 'NO_FREE_SEAT' }],
    });
    const after = await scrape();
    const moved = (name: string, labels: Record<string, string> = {}) =>
      total(after, name, labels) - total(before, name, labels);
    expect(moved('luanchuyen_rotation_checks_total', { outcome: 'refused' })).toBe(2);
    expect(moved('luanchuyen_rotation_checks_total', { outcome: 'allowed' })).toBe(0);
    expect(
      moved('luanchuyen_rotation_violations_total', { code: 'NO_FREE_SEAT', severity: 'ERROR' }),
    ).toBe(2);
    expect(moved('luanchuyen_rotation_violations_total')).toBe(2);
    expect(moved('luanchuyen_eligibility_evaluations_total')).toBe(evaluated);
  });

  it('keeps operation names bounded when a caller sends many distinct ones', async () => {
    const kept = await graphql(server, 'query KeptName { __typename }', {}, { cookie: admin });
    expect(kept.body.errors).toBeUndefined();
    const names = Array.from({ length: OPERATION_NAME_CAP + 50 }, (_, i) => `Flood${i}`);
    for (const name of names) {
      const { body } = await graphql(server, `query ${name} { __typename }`, {}, { cookie: admin });
      expect(body.errors).toBeUndefined();
    }
    const after = await scrape();
    const operations = valuesOf(after, 'luanchuyen_graphql_operations_total', 'operation');
    // The cap, and the three values of their own: (other), (anonymous), (invalid).
    expect(operations.size).toBeLessThanOrEqual(OPERATION_NAME_CAP + 3);
    expect(operations.has('(other)')).toBe(true);
    expect(
      total(after, 'luanchuyen_graphql_operations_total', { operation: '(other)' }),
    ).toBeGreaterThanOrEqual(50);
    const latency = valuesOf(
      after,
      'luanchuyen_graphql_operation_duration_seconds_count',
      'operation',
    );
    expect(latency.size).toBeLessThanOrEqual(OPERATION_NAME_CAP + 3);
    // A name seen before the cap was reached keeps its own series.
    expect(operations.has('KeptName')).toBe(true);
  });

  it('is not counted by the rate limit, and counts its RATE_LIMITED refusals', async () => {
    const limited = await startTestServer(engine, {
      METRICS_TOKEN: TOKEN,
      RATE_LIMIT_POINTS_PER_MINUTE: '60',
    });
    try {
      const cookie = await login(limited, 'admin', ADMIN_PASSWORD);
      // 50 points of the bucket's 60: the second one finds the bucket short.
      const costly = 'query Costly { cadres(first: 16) { nodes { id } } }';
      let refused: Awaited<ReturnType<typeof graphql>> | undefined;
      for (let tries = 0; tries < 20 && !refused; tries++) {
        const answer = await graphql(limited, costly, {}, { cookie });
        if (answer.status === 429) refused = answer;
      }
      expect(refused?.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      // The caller's bucket is empty; scrapes, with no session and outside GraphQL, go on.
      for (let scrapes = 0; scrapes < 30; scrapes++) {
        const response = await fetch(`${limited.baseUrl}/metrics`, {
          headers: { authorization: `Bearer ${TOKEN}` },
        });
        expect(response.status).toBe(200);
        if (scrapes < 29) await response.arrayBuffer();
        else {
          const exposition = parse(await response.text());
          const errors = { code: 'RATE_LIMITED', source: 'graphql' };
          expect(total(exposition, 'luanchuyen_errors_total', errors)).toBeGreaterThanOrEqual(1);
          const operations = { operation: 'Costly', outcome: 'refused' };
          expect(total(exposition, 'luanchuyen_graphql_operations_total', operations)).toBe(
            total(exposition, 'luanchuyen_errors_total', errors),
          );
        }
      }
    } finally {
      await limited.stop();
    }
  });

  it('reports the connection pool at each scrape', async () => {
    const exposition = await scrape();
    const engineLabel = { engine: engine.name };
    if (engine.name === 'postgres') {
      // The tests' scratch databases open a smaller pool than the server's default of 10.
      const max = total(exposition, 'luanchuyen_db_pool_max_connections', engineLabel);
      const open = total(exposition, 'luanchuyen_db_pool_open_connections', engineLabel);
      const idle = total(exposition, 'luanchuyen_db_pool_idle_connections', engineLabel);
      expect(max).toBeGreaterThanOrEqual(1);
      expect(open).toBeLessThanOrEqual(max);
      expect(open).toBeGreaterThanOrEqual(1);
      expect(idle).toBeLessThanOrEqual(open);
      expect(exposition.types.get('luanchuyen_db_pool_waiting_requests')).toBe('gauge');
      expect(total(exposition, 'luanchuyen_db_pool_waiting_requests', engineLabel)).toBe(0);
      // Every connection busy and two more statements queued: a scrape shows the queue.
      const busy = Array.from({ length: max + 2 }, async () =>
        server.handle.db.execute(sql`select pg_sleep(1)`),
      );
      const pool = async () => {
        const during = await scrape();
        return ['open', 'idle', 'waiting'].map((what) =>
          total(
            during,
            `luanchuyen_db_pool_${what === 'waiting' ? 'waiting_requests' : `${what}_connections`}`,
            engineLabel,
          ),
        );
      };
      let seen = await pool();
      for (let tries = 0; tries < 40 && seen[2] !== 2; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        seen = await pool();
      }
      expect(seen).toEqual([max, 0, 2]);
      await Promise.all(busy);
    } else {
      expect(total(exposition, 'luanchuyen_db_pool_max_connections', engineLabel)).toBe(1);
      expect(total(exposition, 'luanchuyen_db_pool_open_connections', engineLabel)).toBe(1);
      expect(exposition.types.has('luanchuyen_db_pool_idle_connections')).toBe(false);
    }
  });
});
