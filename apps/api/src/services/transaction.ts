import { setTimeout as sleep } from 'node:timers/promises';
import { databaseErrorOf, SQLSTATE, type Database } from '@luanchuyen/db';
import { failure, Rejected, type Failure, type Outcome } from './outcome';

// The one place where a write's transaction is run: user errors roll it back and come back as
// failures; serialization failures and deadlocks are retried a bounded number of times (the
// transaction re-reads its facts each time), and when they run out the answer is the user error
// CONFLICT (retry-able); the overlap constraint is a user error.

export type Tx = Database;

/** SQLSTATEs after which the whole transaction may simply be run again. */
const RETRYABLE = new Set([
  '40001', // serialization_failure
  '40P01', // deadlock_detected
]);
const MAX_ATTEMPTS = 5;
const CONFLICT = failure('CONFLICT', 'conflictTryAgain', null);

export type TransactionOptions = {
  /** Check-then-write use cases (free seats, overlaps) run serializable on PostgreSQL. */
  serializable?: boolean;
  /** Maps a constraint violation the use case expects to failures; null to rethrow. */
  onConstraint?: (constraint: string | undefined, code: string) => Failure[] | null;
};

function constraintFailures(error: unknown, options: TransactionOptions): Failure[] | null {
  const info = databaseErrorOf(error);
  if (!info) return null;
  const mapped = options.onConstraint?.(info.constraint, info.code) ?? null;
  if (mapped) return mapped;
  if (info.code === SQLSTATE.exclusionViolation) {
    return [failure('OVERLAPPING_ROTATION', 'overlappingRotation', ['input', 'startDate'])];
  }
  return null;
}

export async function withTransaction<T>(
  db: Database,
  work: (tx: Tx) => Promise<T>,
  options: TransactionOptions = {},
): Promise<Outcome<T>> {
  for (let attempt = 1; ; attempt++) {
    try {
      const value = await db.transaction(
        (tx) => work(tx),
        options.serializable ? { isolationLevel: 'serializable' } : undefined,
      );
      return { ok: true, value };
    } catch (error) {
      if (error instanceof Rejected) return { ok: false, failures: error.failures };
      const code = databaseErrorOf(error)?.code;
      if (code && RETRYABLE.has(code)) {
        // Contention is the caller's to retry, never a fault: nothing was written.
        if (attempt >= MAX_ATTEMPTS) return { ok: false, failures: [CONFLICT] };
        // Jittered, growing backoff so the transactions that collided do not collide again.
        await sleep(Math.random() * 10 * 2 ** attempt);
        continue;
      }
      const failures = constraintFailures(error, options);
      if (failures) return { ok: false, failures };
      throw error;
    }
  }
}

/** The written value, or throws: for callers (the demo loader) that treat failures as bugs. */
export function valueOf<T>(outcome: Outcome<T>, what: string): T {
  if (outcome.ok) return outcome.value;
  const reasons = outcome.failures.map(
    (item) => `${item.code} ${item.field?.join('.') ?? ''}: ${item.message.en}`,
  );
  throw new Error(`${what} failed: ${reasons.join('; ')}`);
}
