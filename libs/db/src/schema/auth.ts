import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt } from './columns';
import { roleEnum } from './enums';
import { units } from './units';

// Who may call the API: users with passwords and sessions, and API keys. Secrets are stored
// only as hashes (SHA-256 hex of the cookie token or key; a memory-hard hash of passwords).
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull().unique('users_username_key'),
    passwordHash: text('password_hash').notNull(),
    role: roleEnum('role').notNull(),
    /** The body the user works for: they act within it and the bodies below it; null: the top. */
    bodyUnitId: uuid('body_unit_id').references(() => units.id),
    createdAt: createdAt(),
    /** Disabled users keep their rows: audit events point at them. */
    disabledAt: timestamp('disabled_at', { withTimezone: true, mode: 'date' }),
    version: integer('version').notNull().default(1),
  },
  (t) => [check('users_username_present', sql`btrim(${t.username}) <> ''`)],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 hex of the cookie token; the token itself is never stored. */
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    index('sessions_user_id_idx').on(t.userId),
    // Purging expired sessions scans by expiry.
    index('sessions_expires_at_idx').on(t.expiresAt),
  ],
);

export const apiKeys = pgTable('api_keys', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  role: roleEnum('role').notNull(),
  /** SHA-256 hex of the secret shown once at creation. */
  secretHash: text('secret_hash').notNull().unique('api_keys_secret_hash_key'),
  createdByUserId: uuid('created_by_user_id').references(() => users.id),
  createdAt: createdAt(),
  revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  /** May read personal data (Decree 13/2023/NĐ-CP): birth dates, home areas, evaluations, notes. */
  personalData: boolean('personal_data').notNull().default(false),
  /** The body the key reads for, with the bodies below it; null: the top. */
  bodyUnitId: uuid('body_unit_id').references(() => units.id),
});

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;
export type SessionRow = typeof sessions.$inferSelect;
export type NewSessionRow = typeof sessions.$inferInsert;
export type ApiKeyRow = typeof apiKeys.$inferSelect;
export type NewApiKeyRow = typeof apiKeys.$inferInsert;
