import { boolean, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';

// State of HTTP requests that must hold across restarts and across several API processes on
// one database: the sign-in throttle's counts and the answers kept for Idempotency-Key.
// Neither is registry data; both are rows that expire and are swept away.

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
