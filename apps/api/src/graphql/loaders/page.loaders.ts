import DataLoader from 'dataloader';
import type { Database, RotationRow } from '@luanchuyen/db';
import type { PageRequest } from '../../read/page';
import { groupBy } from '../../read/group-by';
import {
  subjectCountsOfPlans,
  subjectPagesOfPlans,
  type SubjectRow,
} from '../../read/plan.queries';
import { rotationCountsOfCadres, rotationPagesOfCadres } from '../../read/rotation.queries';
import type { SortDirection } from '../../read/keyset';
import type { RotationJoins } from '../../read/rotation-joins';
import { primedRotations } from './joined-rows';
import type { recordLoaders } from './record.loaders';
import type { ManagementScope } from '../../read/scope';

// Connections nested in a list (each cadre's rotations, each plan's subjects): the page of
// every parent in one statement per distinct set of page arguments, which a query spells once.

type PageKey = { parentId: string; request: PageRequest };

function pagesOf<K extends PageKey, R>(
  fetch: (parentIds: string[], sample: K) => Promise<R[]>,
  parentOf: (row: R) => string,
): DataLoader<K, R[], string> {
  const argsOf = ({ parentId: _parentId, ...args }: K) => JSON.stringify(args);
  return new DataLoader(
    async (keys) => {
      const pages = new Map<string, Map<string, R[]>>();
      for (const [args, sameArgs] of groupBy([...keys], argsOf)) {
        const [sample] = sameArgs;
        if (!sample) continue;
        const rows = await fetch(
          sameArgs.map((key) => key.parentId),
          sample,
        );
        pages.set(args, groupBy(rows, parentOf));
      }
      return keys.map((key) => pages.get(argsOf(key))?.get(key.parentId) ?? []);
    },
    { cacheKeyFn: (key) => JSON.stringify(key) },
  );
}

function countsOf(
  fetch: (ids: string[]) => Promise<Map<string, number>>,
): DataLoader<string, number> {
  return new DataLoader(async (ids) => {
    const counts = await fetch([...ids]);
    return ids.map((id) => counts.get(id) ?? 0);
  });
}

export type CadreRotationsKey = PageKey & { direction: SortDirection; joins: RotationJoins };

export function pageLoaders(
  db: Database,
  records: ReturnType<typeof recordLoaders>,
  scope: ManagementScope | null,
) {
  const rotationCountOfCadre = countsOf((ids) => rotationCountsOfCadres(db, ids));
  return {
    // The joins are part of the key: pages asking for the same relations share a statement.
    rotationsOfCadre: pagesOf<CadreRotationsKey, RotationRow>(
      async (cadreIds, { direction, request, joins }) => {
        const rows = await rotationPagesOfCadres(db, cadreIds, direction, request, joins);
        // A first page counted each cadre's rotations as it read them: totalCount needs no
        // statement of its own (a cadre with no row has none).
        if (request.cursor === null) {
          const totals = new Map(rows.map((row) => [row.rotation.cadreId, row.rowsAfterCursor]));
          for (const id of cadreIds) rotationCountOfCadre.prime(id, totals.get(id) ?? 0);
        }
        return primedRotations(records, rows);
      },
      (row) => row.cadreId,
    ),
    rotationCountOfCadre,
    subjectsOfPlan: pagesOf<PageKey, SubjectRow>(
      (planIds, { request }) => subjectPagesOfPlans(db, planIds, request, scope),
      (row) => row.planId,
    ),
    subjectCountOfPlan: countsOf((ids) => subjectCountsOfPlans(db, ids, scope)),
  };
}
