import { apiKeys, users, type ApiKeyRow, type Database, type UserRow } from '@luanchuyen/db';
import type { PageRequest } from './page';
import { pageOrder, pageWhere, type Keyset } from './keyset';

// The admins' lists of who may call the API: users by username, API keys by name, disabled
// users and revoked keys included (they stay in the lists, as the audit log names them).

export const USER_KEYSET: Keyset = { columns: [users.username, users.id], direction: 'ASC' };
export const API_KEY_KEYSET: Keyset = { columns: [apiKeys.name, apiKeys.id], direction: 'ASC' };

export function userPage(db: Database, request: PageRequest): Promise<UserRow[]> {
  return db
    .select()
    .from(users)
    .where(pageWhere(USER_KEYSET, request, undefined))
    .orderBy(...pageOrder(USER_KEYSET, request))
    .limit(request.limit + 1);
}

export async function countUsers(db: Database): Promise<number> {
  return db.$count(users);
}

export function apiKeyPage(db: Database, request: PageRequest): Promise<ApiKeyRow[]> {
  return db
    .select()
    .from(apiKeys)
    .where(pageWhere(API_KEY_KEYSET, request, undefined))
    .orderBy(...pageOrder(API_KEY_KEYSET, request))
    .limit(request.limit + 1);
}

export async function countApiKeys(db: Database): Promise<number> {
  return db.$count(apiKeys);
}
