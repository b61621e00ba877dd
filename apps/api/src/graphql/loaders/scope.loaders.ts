import DataLoader from 'dataloader';
import type { Database } from '@luanchuyen/db';
import type { ManagementScope } from '../../read/scope';
import { cadresWithin } from '../../read/scope.queries';

// Whether each cadre a request reaches is in the caller's scope: personal fields and the
// rotation's actions ask it per cadre, and one statement answers a whole page. At the top,
// every cadre is, without a statement.

export function scopeLoaders(db: Database, scope: ManagementScope | null) {
  return {
    cadreInScope: new DataLoader<string, boolean>(async (ids) => {
      if (!scope) return ids.map(() => true);
      const within = await cadresWithin(db, scope, ids);
      return ids.map((id) => within.has(id));
    }),
  };
}
