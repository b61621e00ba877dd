import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { SQLSTATE } from '@luanchuyen/db';
import type { MessageKey } from '../i18n/messages';
import { failure, reject, type Failure } from './outcome';

// Optimistic concurrency (API.md: a stale expectedVersion is STALE_VERSION and changes
// nothing). The row read first gives the audit's "before" and tells "not found" from "stale";
// the UPDATE … WHERE version = expected that follows is what makes it race-free.

/** `version = version + 1`, for the SET of a versioned update. */
export function nextVersion(column: PgColumn): SQL<number> {
  return sql<number>`${column} + 1`;
}

/** The row read for a change, checked for existence and version. */
export function expectRow<R extends { version: number }>(
  row: R | undefined,
  expectedVersion: number,
  notFound: MessageKey,
): R {
  if (!row) return reject('NOT_FOUND', notFound, ['id']);
  if (row.version !== expectedVersion) return staleVersion();
  return row;
}

/** The updated row, or STALE_VERSION when another change got there first. */
export function updated<R>(row: R | undefined): R {
  return row ?? staleVersion();
}

function staleVersion(): never {
  return reject('STALE_VERSION', 'staleVersion', ['expectedVersion']);
}

/** Maps a violated foreign key to NOT_FOUND on the input field that named the missing row. */
export function missingReferences(
  fields: Record<string, { field: readonly string[]; key: MessageKey }>,
): (constraint: string | undefined, code: string) => Failure[] | null {
  return (constraint, code) => {
    const known = constraint === undefined ? undefined : fields[constraint];
    return code === SQLSTATE.foreignKeyViolation && known
      ? [failure('NOT_FOUND', known.key, known.field)]
      : null;
  };
}
