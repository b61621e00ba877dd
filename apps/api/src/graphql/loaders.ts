import type { Database } from '@luanchuyen/db';
import { pageLoaders } from './loaders/page.loaders';
import { recordLoaders } from './loaders/record.loaders';
import { relationLoaders } from './loaders/relation.loaders';
import { ruleLoaders } from './loaders/rule.loaders';
import { scopeLoaders } from './loaders/scope.loaders';
import type { ManagementScope } from '../read/scope';

/** Fresh per request (ARCHITECTURE.md): batching within a request, no cache across requests. */
export function createLoaders(db: Database, scope: ManagementScope | null = null) {
  const records = recordLoaders(db);
  return {
    ...records,
    ...relationLoaders(db, records),
    ...pageLoaders(db, records, scope),
    ...ruleLoaders(db, scope),
    ...scopeLoaders(db, scope),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
