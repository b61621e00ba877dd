import { and, eq, isNull, lte, or, sql } from 'drizzle-orm';
import { idempotencyKeys, type Database } from '@luanchuyen/db';

// The rows behind Idempotency-Key: one per caller and key, claimed by the first request (status
// null while it runs), then holding its answer until it expires. Claims are one atomic upsert,
// so of requests sent at once with one key exactly one runs, in any process on the database.

export type Claim =
  | { kind: 'claimed' }
  | { kind: 'replay'; status: number; body: string }
  | { kind: 'reused' }
  | { kind: 'running' };

const k = idempotencyKeys;
const SWEEP_INTERVAL_MS = 60_000;

export type IdempotencyStore = {
  claim(caller: string, key: string, requestHash: string): Promise<Claim>;
  /** Keeps the first answer for the rest of the key's time. */
  record(caller: string, key: string, status: number, body: string): Promise<void>;
  /** Gives the key back (the request ended without an answer worth replaying). */
  release(caller: string, key: string): Promise<void>;
};

/**
 * `ttlMs`: how long an answer is replayed; `leaseMs`: how long a claim may stay unanswered
 * before another request may take it over (its process died mid-request).
 */
export function idempotencyStore(db: Database, ttlMs: number, leaseMs: number): IdempotencyStore {
  let sweptAt = 0;
  const sweep = async () => {
    if (Date.now() - sweptAt < SWEEP_INTERVAL_MS) return;
    sweptAt = Date.now();
    await db.delete(k).where(lte(k.expiresAt, sql`now()`));
  };
  const expiresAt = sql`now() + make_interval(secs => ${ttlMs / 1000})`;
  const abandoned = sql`(${k.status} is null and ${k.createdAt} <= now() - make_interval(secs => ${leaseMs / 1000}))`;

  const tryClaim = async (caller: string, key: string, requestHash: string) => {
    const taken = await db
      .insert(k)
      .values({ caller, key, requestHash, expiresAt })
      .onConflictDoUpdate({
        target: [k.caller, k.key],
        set: { requestHash, status: null, body: null, createdAt: sql`now()`, expiresAt },
        setWhere: or(lte(k.expiresAt, sql`now()`), abandoned),
      })
      .returning({ caller: k.caller });
    if (taken.length > 0) return { kind: 'claimed' } as const;
    const [held] = await db
      .select()
      .from(k)
      .where(and(eq(k.caller, caller), eq(k.key, key)));
    if (!held) return null; // released in between: claim again
    if (held.requestHash !== requestHash) return { kind: 'reused' } as const;
    if (held.status === null || held.body === null) return { kind: 'running' } as const;
    return { kind: 'replay', status: held.status, body: held.body } as const;
  };

  return {
    async claim(caller, key, requestHash) {
      await sweep();
      // The row can vanish between the upsert and the read (its request was released); a
      // key that keeps vanishing is in use, as far as this request can tell.
      for (let attempt = 0; attempt < 3; attempt++) {
        const claim = await tryClaim(caller, key, requestHash);
        if (claim) return claim;
      }
      return { kind: 'running' };
    },
    async record(caller, key, status, body) {
      await db
        .update(k)
        .set({ status, body })
        .where(and(eq(k.caller, caller), eq(k.key, key), isNull(k.status)));
    },
    async release(caller, key) {
      await db.delete(k).where(and(eq(k.caller, caller), eq(k.key, key), isNull(k.status)));
    },
  };
}
