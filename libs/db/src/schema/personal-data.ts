import { index, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { apiKeys, users } from './auth';

// Who read personal data (Decree 13/2023/NĐ-CP), when, and whose: one row per request that
// read any. Not a change of the registry, so neither in the audit log nor its change feed,
// and written without the audit order's lock: one plain insert at the end of the request.
export const personalDataReads = pgTable(
  'personal_data_reads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' })
      .notNull()
      .defaultNow(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    actorApiKeyId: uuid('actor_api_key_id').references(() => apiKeys.id),
    /** The cadres whose personal fields the request read, each once. */
    cadreIds: uuid('cadre_ids').array().notNull(),
  },
  (t) => [
    // ADMIN lists them newest first, and by cadre (GIN over the array).
    index('personal_data_reads_occurred_at_idx').on(t.occurredAt, t.id),
    index('personal_data_reads_cadre_ids_idx').using('gin', t.cadreIds),
  ],
);

export type PersonalDataReadRow = typeof personalDataReads.$inferSelect;
