import type { Database } from '@luanchuyen/db';
import type { Principal } from './principal';

// Who a credential names, remembered for at most a few seconds: otherwise every request pays a
// SHA-256 and a statement to learn what the previous one learnt. Every write that changes
// what identify() answers (sign-out, a revoked key, a user's role changed or disabled, a new
// password) calls forgetPrincipals() once it has committed, so within this process the change
// holds from the very next request. Another process on the same database learns it within
// TTL_MS at most. Only answers are kept, never refusals: a bad token costs its look-up.

const TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

type Entry = {
  db: Database;
  principal: Principal;
  /** performance.now() after which the entry is asked again. */
  freshUntil: number;
  /** A session's own expiry (ms since the epoch), checked against the request's clock. */
  expiresAt: number;
};

const entries = new Map<string, Entry>();
// Bumped by every forget: a look-up that was in flight across a write must not store what it
// read before the write committed.
let generation = 0;

/** The generation a look-up starts in; pass it back to rememberPrincipal. */
export function principalGeneration(): number {
  return generation;
}

export function cachedPrincipal(db: Database, key: string, now: Date): Principal | undefined {
  const entry = entries.get(key);
  if (!entry) return undefined;
  if (
    entry.db !== db ||
    entry.freshUntil <= performance.now() ||
    entry.expiresAt <= now.getTime()
  ) {
    entries.delete(key);
    return undefined;
  }
  return entry.principal;
}

export function rememberPrincipal(
  db: Database,
  key: string,
  principal: Principal,
  startedIn: number,
  expiresAt = Number.POSITIVE_INFINITY,
): void {
  if (startedIn !== generation) return;
  if (entries.size >= MAX_ENTRIES) {
    const oldest = entries.keys().next();
    if (!oldest.done) entries.delete(oldest.value);
  }
  entries.set(key, { db, principal, freshUntil: performance.now() + TTL_MS, expiresAt });
}

/** Forgets every remembered principal: called after each write that may change one. */
export function forgetPrincipals(): void {
  generation += 1;
  entries.clear();
}
