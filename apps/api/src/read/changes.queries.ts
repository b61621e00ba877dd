import { and, inArray, type SQL } from 'drizzle-orm';
import { auditEvents, type Database } from '@luanchuyen/db';
import type { PageRequest } from './page';
import { pageOrder, pageWhere, type Keyset } from './keyset';
import { changeScopeCondition, type ManagementScope } from './scope';

// The change feed (API.md `changes`): the audit log by id, oldest first, only its record
// types, action and instant. Ordering by id is safe for a poller only because audit ids follow
// commit order (services/audit.ts takes a lock from the insert to the commit): a row with a
// smaller id than one already seen can never become visible later.

/** What the feed lists of an audit event: never its before and after values. */
export type ChangeRow = {
  id: number;
  recordType: string;
  recordId: string | null;
  action: string;
  at: Date;
};

export const CHANGE_KEYSET: Keyset = { columns: [auditEvents.id], direction: 'ASC' };

function changeCondition(recordTypes: readonly string[], scope: ManagementScope | null): SQL {
  return and(inArray(auditEvents.recordType, [...recordTypes]), changeScopeCondition(scope)) as SQL;
}

const changeColumns = {
  id: auditEvents.id,
  recordType: auditEvents.recordType,
  recordId: auditEvents.recordId,
  action: auditEvents.action,
  at: auditEvents.occurredAt,
};

/** The page of changes to records of the given types (the primary key serves the order). */
export function changePage(
  db: Database,
  recordTypes: readonly string[],
  request: PageRequest,
  /** Only changes to records in the caller's scope (read/scope.ts); all at the top. */
  scope: ManagementScope | null = null,
): Promise<ChangeRow[]> {
  return db
    .select(changeColumns)
    .from(auditEvents)
    .where(pageWhere(CHANGE_KEYSET, request, changeCondition(recordTypes, scope)))
    .orderBy(...pageOrder(CHANGE_KEYSET, request))
    .limit(request.limit + 1);
}

export async function countChanges(
  db: Database,
  recordTypes: readonly string[],
  scope: ManagementScope | null = null,
): Promise<number> {
  return db.$count(auditEvents, changeCondition(recordTypes, scope));
}
