import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DbHandle, PoolUse } from '@luanchuyen/db';
import {
  ANONYMOUS,
  BoundedLabel,
  ERROR_CODE,
  INVALID,
  methodLabel,
  OPERATION_NAME,
  OTHER,
} from './metric-labels';

// What GET /metrics reports (README, "Metrics"). One registry per app server, never
// prom-client's global one: a process (the tests) may run several servers, each with its own
// database, and each must report its own. Names follow Prometheus's conventions: one prefix,
// base units (seconds), `_total` on counters.

const PREFIX = 'luanchuyen_';
// From a fast read (~5 ms) to the request timeout's order (30 s).
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** Distinct operation names kept as label values; the admin app itself sends about sixty. */
export const OPERATION_NAME_CAP = 150;
const ERROR_CODE_CAP = 60;

export type OperationType = 'query' | 'mutation' | 'subscription';
export type OperationOutcome = 'success' | 'error' | 'refused';
export type ErrorSource = 'graphql' | 'http';
export type RotationCheckOutcome = 'allowed' | 'refused' | 'not_found';
export type EligibilityDecision = 'YES' | 'NO' | 'CANNOT_DECIDE';

export type Metrics = {
  registry: Registry;
  httpRequest(method: string, route: string, status: number, seconds: number): void;
  /** `name` null: an anonymous operation; `type` undefined: refused before it was known. */
  graphqlOperation(
    name: string | null,
    type: OperationType | undefined,
    outcome: OperationOutcome,
    seconds: number,
  ): void;
  error(source: ErrorSource, code: unknown): void;
  rotationCheck(
    outcome: RotationCheckOutcome,
    violations: readonly { code: string; severity: string }[],
  ): void;
  eligibility(decision: EligibilityDecision): void;
};

export function createMetrics(handle: Pick<DbHandle, 'engine' | 'poolUse'>): Metrics {
  const registry = new Registry();
  const registers = [registry];
  // Node's own: CPU, memory, event loop lag, GC, handles (conventionally unprefixed).
  collectDefaultMetrics({ register: registry });

  const httpRequests = new Counter({
    name: `${PREFIX}http_requests_total`,
    help: 'HTTP requests answered, by method, matched route pattern and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers,
  });
  const httpDuration = new Histogram({
    name: `${PREFIX}http_request_duration_seconds`,
    help: 'Time from receiving an HTTP request to finishing its answer.',
    labelNames: ['method', 'route'] as const,
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const operations = new Counter({
    name: `${PREFIX}graphql_operations_total`,
    help: 'GraphQL operations by name (bounded: see README), type and outcome (success, error, refused before execution).',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers,
  });
  const operationDuration = new Histogram({
    name: `${PREFIX}graphql_operation_duration_seconds`,
    help: 'Time to answer a GraphQL operation, by name and type.',
    labelNames: ['operation', 'type'] as const,
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const errors = new Counter({
    name: `${PREFIX}errors_total`,
    help: 'Errors answered, by code (API.md) and where: graphql (in `errors`) or http (`{ error }`).',
    labelNames: ['code', 'source'] as const,
    registers,
  });
  const rotationChecks = new Counter({
    name: `${PREFIX}rotation_checks_total`,
    help: 'Rotation checks run (checkRotation, rotationCreate, rotationApprove), by outcome.',
    labelNames: ['outcome'] as const,
    registers,
  });
  const violations = new Counter({
    name: `${PREFIX}rotation_violations_total`,
    help: 'Rule violations the rotation checks found, by violation code and severity.',
    labelNames: ['code', 'severity'] as const,
    registers,
  });
  const eligibility = new Counter({
    name: `${PREFIX}eligibility_evaluations_total`,
    help: 'Eligibility evaluations (a cadre on a date under criteria), by decision.',
    labelNames: ['decision'] as const,
    registers,
  });
  registerPoolGauges(registry, handle);

  const operationNames = new BoundedLabel(OPERATION_NAME_CAP, OPERATION_NAME);
  const errorCodes = new BoundedLabel(ERROR_CODE_CAP, ERROR_CODE);
  return {
    registry,
    httpRequest(method, route, status, seconds) {
      const labels = { method: methodLabel(method), route };
      httpRequests.inc({ ...labels, status: String(status) });
      httpDuration.observe(labels, seconds);
    },
    graphqlOperation(name, type, outcome, seconds) {
      const labels = {
        operation:
          type === undefined ? INVALID : name === null ? ANONYMOUS : operationNames.valueOf(name),
        type: type ?? 'unknown',
      };
      operations.inc({ ...labels, outcome });
      operationDuration.observe(labels, seconds);
    },
    error(source, code) {
      errors.inc({ code: typeof code === 'string' ? errorCodes.valueOf(code) : OTHER, source });
    },
    rotationCheck(outcome, found) {
      rotationChecks.inc({ outcome });
      for (const violation of found) {
        violations.inc({ code: violation.code, severity: violation.severity });
      }
    },
    eligibility(decision) {
      eligibility.inc({ decision });
    },
  };
}

/**
 * Read at each scrape. PostgreSQL: the request pool's open, idle and waiting counts against its
 * size. PGlite is one in-process connection without a pool, so only open and max (1) are told;
 * a busy embedded database shows in the latency histograms instead.
 */
function registerPoolGauges(registry: Registry, handle: Pick<DbHandle, 'engine' | 'poolUse'>) {
  const { poolUse } = handle;
  if (!poolUse) return;
  const gauge = (name: string, help: string, read: (use: PoolUse) => number | null) =>
    new Gauge({
      name: `${PREFIX}db_pool_${name}`,
      help,
      labelNames: ['engine'] as const,
      registers: [registry],
      collect() {
        const value = read(poolUse());
        if (value !== null) this.set({ engine: handle.engine }, value);
      },
    });
  gauge('max_connections', 'Most connections the pool opens.', (use) => use.max);
  gauge('open_connections', 'Connections open now, busy or idle.', (use) => use.open);
  if (handle.engine === 'postgres') {
    gauge('idle_connections', 'Open connections not in use now.', (use) => use.idle);
    gauge(
      'waiting_requests',
      'Statements waiting for a free connection now.',
      (use) => use.waiting,
    );
  }
}
