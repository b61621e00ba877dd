import { sql } from 'drizzle-orm';
import { personalDataReads, type Database } from '@luanchuyen/db';
import type { Principal } from '../auth/principal';

// One row per request that read personal data: who, when, whose. One statement, outside any
// transaction of the request and without the audit order's lock: a read changes nothing.
//
// Committed asynchronously (synchronous_commit off for this statement's own transaction, set
// in the statement itself): waiting for the disk on every read cut the profile query (Q1) to
// a third of its throughput, since nearly every profile reads a birth date. The price, only on
// a crash of the database server, is the records of its last fraction of a second
// (PostgreSQL's wal_writer_delay, at most three times it); a record is never torn or partial.

export async function recordPersonalDataRead(
  db: Database,
  principal: Principal,
  cadreIds: Iterable<string>,
): Promise<void> {
  const ids = [...new Set(cadreIds)].sort();
  if (ids.length === 0) return;
  const actor =
    principal.kind === 'user'
      ? { userId: principal.userId, apiKeyId: null }
      : principal.kind === 'apiKey'
        ? { userId: null, apiKeyId: principal.apiKeyId }
        : null;
  // A program on the server (the import CLI) answers to its operator, not to this record.
  if (actor === null) return;
  // The ids are row ids the database gave (uuids): one array literal, one parameter.
  const idArray = `{${ids.join(',')}}`;
  await db.execute(sql`
    WITH async_commit AS (SELECT set_config('synchronous_commit', 'off', true))
    INSERT INTO ${personalDataReads}
      (${sql.identifier(personalDataReads.actorUserId.name)},
       ${sql.identifier(personalDataReads.actorApiKeyId.name)},
       ${sql.identifier(personalDataReads.cadreIds.name)})
    SELECT ${actor.userId}::uuid, ${actor.apiKeyId}::uuid, ${idArray}::uuid[] FROM async_commit`);
}
