import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { apiKeys, users } from './auth';

// Who did what to which record, when, before and after. Append-only: a trigger (custom
// migration) rejects UPDATE, DELETE and TRUNCATE even from the application's own role.
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' })
      .notNull()
      .defaultNow(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    actorApiKeyId: uuid('actor_api_key_id').references(() => apiKeys.id),
    /** A program run on the server (the import CLI), with the operating-system user: "import (root)". */
    actorProgram: text('actor_program'),
    /** `<record type>.<verb>`, e.g. `user.login`, `rotation.create`. */
    action: text('action').notNull(),
    recordType: text('record_type').notNull(),
    recordId: text('record_id'),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [
    index('audit_events_record_idx').on(t.recordType, t.recordId),
    index('audit_events_actor_user_id_idx').on(t.actorUserId),
    index('audit_events_occurred_at_idx').on(t.occurredAt),
  ],
);

export type AuditEventRow = typeof auditEvents.$inferSelect;
export type NewAuditEventRow = typeof auditEvents.$inferInsert;
