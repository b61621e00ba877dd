import {
  boolean,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { createdAt } from './columns';

// State of HTTP requests that must hold across restarts and across several API processes on
// one database: the sign-in throttle's counts, the answers kept for Idempotency-Key and the
// GraphQL cost buckets. None is registry data; all are rows that expire and are swept away.

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** One counter of the sign-in throttle: a username with an address, or an address alone. */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    key: text('key').primaryKey(),
    /** Attempts admitted in the window, counted before the password is checked. */
    attempts: integer('attempts').notNull(),
    /** Whether the statement that last wrote the row admitted its attempt. */
    admitted: boolean('admitted').notNull(),
    windowEndsAt: instant('window_ends_at').notNull(),
    blockedUntil: instant('blocked_until'),
  },
  (t) => [index('login_attempts_window_ends_at_idx').on(t.windowEndsAt)],
);

/** The first answer to a mutation sent with an Idempotency-Key, per caller and key. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    /** `user:<id>` or `api-key:<id>`: a key belongs to the caller that sent it. */
    caller: text('caller').notNull(),
    key: text('key').notNull(),
    /** SHA-256 hex of the request body, so another body under the same key is refused. */
    requestHash: text('request_hash').notNull(),
    /** Null while the first request runs. */
    status: integer('status'),
    body: text('body'),
    createdAt: createdAt(),
    expiresAt: instant('expires_at').notNull(),
  },
  (t) => [
    primaryKey({ name: 'idempotency_keys_pkey', columns: [t.caller, t.key] }),
    index('idempotency_keys_expires_at_idx').on(t.expiresAt),
  ],
);

/**
 * One caller's leaky bucket of GraphQL cost (`user:<id>` or `api-key:<id>`): the points it holds
 * as of `updated_at`; they leak at RATE_LIMIT_POINTS_PER_MINUTE / 60 a second from then on.
 */
export const rateLimitBuckets = pgTable(
  'rate_limit_buckets',
  {
    key: text('key').primaryKey(),
    points: doublePrecision('points').notNull(),
    updatedAt: instant('updated_at').notNull(),
    /** Whether the statement that last wrote the row admitted its request. */
    admitted: boolean('admitted').notNull(),
  },
  (t) => [index('rate_limit_buckets_updated_at_idx').on(t.updatedAt)],
);
