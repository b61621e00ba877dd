import { AsyncLocalStorage } from 'node:async_hooks';
import type { Metrics, RotationCheckOutcome } from './metrics';

// The rule checks run deep in the services, which know the database and nothing of the server
// that called them. The server's metrics ride along in the request's async context instead of
// through every service's parameters; outside a request (the demo loaded at start) or with
// /metrics off there is none, and nothing is counted.

const scope = new AsyncLocalStorage<Metrics>();

/** Runs `next` (the rest of the request's handlers) with `metrics` as its metrics. */
export function runWithMetrics(metrics: Metrics, next: () => void): void {
  scope.run(metrics, next);
}

/** A rotation verdict (or a proposal naming nothing that exists) and the violations it found. */
export function countRotationCheck(
  outcome: RotationCheckOutcome,
  violations: readonly { code: string; severity: string }[] = [],
): void {
  scope.getStore()?.rotationCheck(outcome, violations);
}

/** The decisions of a batch of eligibility evaluations. */
export function countEligibilities(
  results: readonly ({ decision: 'YES' | 'NO' | 'CANNOT_DECIDE' } | null)[],
): void {
  const metrics = scope.getStore();
  if (!metrics) return;
  for (const result of results) if (result) metrics.eligibility(result.decision);
}
