import { and, eq, gte, lte, or, sql } from 'drizzle-orm';
import { loginAttempts, type Database } from '@luanchuyen/db';

// Brute-force protection for POST /auth/login, after OWASP's pattern: failed sign-ins in a row
// for one username from one address block that pair for a while, and failed sign-ins from one
// address over a day block the address, so one machine cannot walk through many usernames.
// A success clears its pair's count. Nobody can lock a user out from another address: the
// username is only ever counted together with the address it was tried from.
// Every attempt is counted BEFORE its password is checked, by one atomic upsert per counter,
// so guesses sent at once cannot all slip in under the limit; the counters are rows in the
// database, so they survive a restart and are shared by every API process on it. A success
// gives its address back the attempt it took: the address counts failures only.

export type LoginThrottleLimits = {
  /** Failures in a row for one username from one address before that pair is blocked. */
  maxFailuresPerUser: number;
  /** Failures from one address within a day before the address is blocked. */
  maxFailuresPerAddress: number;
  /** How long a block lasts. */
  blockSeconds: number;
};

export type LoginThrottle = {
  /**
   * Counts an attempt for this username from this address: 0 when it may go on to the
   * password check, else the whole seconds to wait (nothing was counted then).
   */
  admit(username: string, address: string): Promise<number>;
  failed(username: string, address: string): Promise<void>;
  succeeded(username: string, address: string): Promise<void>;
};

// Expired counters are deleted at most this often, by whichever attempt comes along.
const SWEEP_INTERVAL_MS = 60_000;

const t = loginAttempts;
const expired = sql`(${t.windowEndsAt} <= now() or coalesce(${t.blockedUntil} <= now(), false))`;
const nextWindow = sql`now() + interval '1 day'`;

function pairKey(username: string, address: string): string {
  // The same account whatever the case or Unicode form it is typed in.
  // JSON keeps the two parts apart whatever they hold (text columns refuse NUL).
  return `user:${JSON.stringify([username.normalize('NFC').toLowerCase(), address])}`;
}

function addressKey(address: string): string {
  return `address:${address}`;
}

/**
 * One attempt on one counter, in one statement: the row lock of the upsert orders concurrent
 * attempts, and every SET expression reads the row as it was, so `admitted` says whether this
 * statement took one of the `max` places. A refused attempt changes nothing.
 */
async function take(db: Database, key: string, max: number, blockSeconds: number) {
  const open = sql`(${t.attempts} < ${max} and ${t.blockedUntil} is null)`;
  const [row] = await db
    .insert(t)
    .values({ key, attempts: 1, admitted: true, windowEndsAt: nextWindow })
    .onConflictDoUpdate({
      target: t.key,
      set: {
        attempts: sql`case when ${expired} then 1 when ${open} then ${t.attempts} + 1 else ${t.attempts} end`,
        admitted: sql`${expired} or ${open}`,
        windowEndsAt: sql`case when ${expired} then ${nextWindow} else ${t.windowEndsAt} end`,
        blockedUntil: sql`case when ${expired} then null else ${t.blockedUntil} end`,
      },
    })
    .returning({
      admitted: t.admitted,
      wait: sql<string | null>`ceil(extract(epoch from ${t.blockedUntil} - now()))`,
    });
  if (!row) throw new Error('login_attempts upsert returned no row');
  if (row.admitted) return 0;
  // Full while the attempts that filled it are still being checked: their outcome decides,
  // so the wait is at most one block.
  return Math.max(1, row.wait === null ? blockSeconds : Number(row.wait));
}

async function giveBack(db: Database, key: string) {
  await db
    .update(t)
    .set({ attempts: sql`greatest(${t.attempts} - 1, 0)` })
    .where(eq(t.key, key));
}

async function blockIfFull(db: Database, key: string, max: number, blockSeconds: number) {
  await db
    .update(t)
    .set({ blockedUntil: sql`now() + make_interval(secs => ${blockSeconds})` })
    .where(and(eq(t.key, key), gte(t.attempts, max)));
}

export function createLoginThrottle(db: Database, limits: LoginThrottleLimits): LoginThrottle {
  const { maxFailuresPerUser, maxFailuresPerAddress, blockSeconds } = limits;
  let sweptAt = 0;
  const sweep = async () => {
    if (Date.now() - sweptAt < SWEEP_INTERVAL_MS) return;
    sweptAt = Date.now();
    await db.delete(t).where(or(lte(t.windowEndsAt, sql`now()`), lte(t.blockedUntil, sql`now()`)));
  };

  return {
    async admit(username, address) {
      await sweep();
      const host = await take(db, addressKey(address), maxFailuresPerAddress, blockSeconds);
      if (host > 0) return host;
      const pair = await take(db, pairKey(username, address), maxFailuresPerUser, blockSeconds);
      if (pair > 0) await giveBack(db, addressKey(address));
      return pair;
    },
    async failed(username, address) {
      await blockIfFull(db, pairKey(username, address), maxFailuresPerUser, blockSeconds);
      await blockIfFull(db, addressKey(address), maxFailuresPerAddress, blockSeconds);
    },
    async succeeded(username, address) {
      await db.delete(t).where(eq(t.key, pairKey(username, address)));
      await giveBack(db, addressKey(address));
    },
  };
}
