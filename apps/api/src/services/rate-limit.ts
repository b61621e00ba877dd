import { and, lte, ne, sql } from 'drizzle-orm';
import { rateLimitBuckets, type Database } from '@luanchuyen/db';

// The GraphQL cost budget of each caller (README, "Limits"), a leaky bucket as Shopify's and
// GitHub's APIs have: a caller's bucket holds at most `capacity` points (RATE_LIMIT_POINTS_PER_MINUTE)
// and leaks capacity / 60 points a second, so a caller may spend a minute's budget at once and
// then its steady pace. Every request is counted BEFORE it runs, by one atomic upsert, so
// requests sent at once cannot together pass the capacity: the row lock of the upsert orders
// them and each sees what the one before it left. A refused request changes nothing. The
// buckets are rows in the database, so they survive a restart and every API process on the
// database shares them; they leak by the database's clock for the same reason (processes'
// clocks differ, and the server clock tests set stands still).

export type Bucket = {
  /** Whether the request's cost fitted and was added to the bucket. */
  admitted: boolean;
  /** Points left for this caller after this request (whole points, rounded down). */
  remaining: number;
  /** When the bucket will have leaked empty, every point available again. */
  resetAt: Date;
  /** Whole seconds from now until `resetAt`. */
  resetSeconds: number;
  /** Refused only: whole seconds until enough has leaked for this cost; else 0. */
  retryAfterSeconds: number;
};

export type RateLimiter = {
  /** Points a caller may hold; a request costing more can never run. */
  readonly capacity: number;
  /** Adds `cost` to the caller's bucket if it fits; `cost` 0 only reads the bucket. */
  charge(caller: string, cost: number): Promise<Bucket>;
};

// Buckets idle for a minute have leaked empty (a bucket never holds more than a minute's
// points): they are deleted at most this often.
const SWEEP_INTERVAL_MS = 60_000;

const b = rateLimitBuckets;

export function createRateLimiter(db: Database, pointsPerMinute: number): RateLimiter {
  const capacity = pointsPerMinute;
  const perSecond = capacity / 60;
  // What the stored points have leaked down to now; never below empty, and a row stamped ahead
  // of now (a clock set back) leaks nothing until now catches up.
  const elapsed = sql`greatest(0, extract(epoch from now() - ${b.updatedAt}))`;
  const level = sql`greatest(0, ${b.points} - ${perSecond}::float8 * ${elapsed})`;
  let sweptAt = 0;

  return {
    capacity,
    async charge(caller, cost) {
      const fits = sql`(${level} + ${cost}::float8 <= ${capacity}::float8)`;
      // Idle buckets are deleted at most once a minute, by the charge that comes along, in the
      // same statement: a request always sends exactly one. The caller's own row is left to the
      // upsert (it leaks empty by the formula alone).
      const due = Date.now() - sweptAt >= SWEEP_INTERVAL_MS;
      if (due) sweptAt = Date.now();
      const swept = db.$with('swept').as(
        db
          .delete(b)
          .where(and(lte(b.updatedAt, sql`now() - interval '1 minute'`), ne(b.key, caller)))
          .returning({ key: b.key }),
      );
      const [row] = await (due ? db.with(swept) : db)
        .insert(b)
        .values({ key: caller, points: cost, updatedAt: sql`now()`, admitted: true })
        .onConflictDoUpdate({
          target: b.key,
          // Every SET expression reads the row as it was: `fits` is the same test in each.
          set: {
            points: sql`case when ${fits} then ${level} + ${cost}::float8 else ${b.points} end`,
            updatedAt: sql`case when ${fits} then greatest(${b.updatedAt}, now()) else ${b.updatedAt} end`,
            admitted: fits,
          },
        })
        .returning({
          admitted: b.admitted,
          // The row as this statement left it, leaked to now: what the caller holds now.
          level: sql<number>`(${level})::float8`,
          now: sql<number>`extract(epoch from now())::float8`,
        });
      if (!row) throw new Error('rate_limit_buckets upsert returned no row');
      const held = Number(row.level);
      const now = Number(row.now);
      const wait = Math.ceil((held + cost - capacity) / perSecond);
      return {
        admitted: row.admitted,
        remaining: Math.max(0, Math.floor(capacity - held)),
        resetAt: new Date(Math.ceil((now + held / perSecond) * 1000)),
        resetSeconds: Math.ceil(held / perSecond),
        retryAfterSeconds: row.admitted ? 0 : Math.max(1, wait),
      };
    },
  };
}
