import DataLoader from 'dataloader';
import type { IsoDate } from '@luanchuyen/domain';
import type { Database } from '@luanchuyen/db';
import {
  assignmentsOfCadres,
  assignmentsWithPostsOfCadres,
  bodiesOfCadres,
  evaluationsOfCadres,
  holdersOfPositions,
  poolEntriesOfCadres,
} from '../../read/cadre.queries';
import { groupsFor } from '../../read/group-by';
import { areaLinksOf, positionsOfUnits, unitLinksOf } from '../../read/registry.queries';
import { historiesOfRotations } from '../../read/rotation-history.queries';
import { primedPosts } from './joined-rows';
import type { recordLoaders } from './record.loaders';

// One loader per list a parent shows (a cadre's posts, a unit's positions, a version's lineage
// links): one statement for all the parents of a page.

function listsOf<R>(
  fetch: (keys: string[]) => Promise<R[]>,
  keyOf: (row: R) => string,
): DataLoader<string, R[]> {
  return new DataLoader(async (keys) => groupsFor(keys, await fetch([...keys]), keyOf));
}

/** Links touching each key at either end, split by the end the key is at. */
function linksOf<L>(
  fetch: (keys: string[]) => Promise<L[]>,
  ends: (link: L) => { from: string; to: string },
): DataLoader<string, { predecessors: L[]; successors: L[] }> {
  return new DataLoader(async (keys) => {
    const links = await fetch([...keys]);
    return keys.map((key) => ({
      predecessors: links.filter((link) => ends(link).to === key),
      successors: links.filter((link) => ends(link).from === key),
    }));
  });
}

export type HoldersKey = { positionId: string; asOf: IsoDate };

export function relationLoaders(db: Database, records: ReturnType<typeof recordLoaders>) {
  return {
    bodiesOfCadre: listsOf(
      (ids) => bodiesOfCadres(db, ids),
      (row) => row.cadreId,
    ),
    assignmentsOfCadre: listsOf(
      (ids) => assignmentsOfCadres(db, ids),
      (row) => row.cadreId,
    ),
    // The same lists when the query asks for the posts: posts and units in the one statement.
    assignmentsWithPostsOfCadre: listsOf(
      async (ids) => primedPosts(records, await assignmentsWithPostsOfCadres(db, ids)),
      (row) => row.cadreId,
    ),
    evaluationsOfCadre: listsOf(
      (ids) => evaluationsOfCadres(db, ids),
      (row) => row.cadreId,
    ),
    poolOfCadre: listsOf(
      (ids) => poolEntriesOfCadres(db, ids),
      (row) => row.cadreId,
    ),
    historyOfRotation: listsOf(
      (ids) => historiesOfRotations(db, ids),
      (row) => row.rotationId,
    ),
    positionsOfUnit: listsOf(
      (ids) => positionsOfUnits(db, ids),
      (row) => row.unitId,
    ),
    areaLinks: linksOf(
      (ids) => areaLinksOf(db, ids),
      (link) => ({ from: link.fromAreaId, to: link.toAreaId }),
    ),
    unitLinks: linksOf(
      (ids) => unitLinksOf(db, ids),
      (link) => ({ from: link.fromUnitId, to: link.toUnitId }),
    ),
    // Grouped by date: a page asks one date for all its posts, so one statement.
    holders: new DataLoader(
      async (keys: readonly HoldersKey[]) => {
        const days = [...new Set(keys.map((key) => key.asOf))];
        const byDay = new Map(
          await Promise.all(
            days.map(async (day) => {
              const ids = keys.filter((key) => key.asOf === day).map((key) => key.positionId);
              return [day, await holdersOfPositions(db, ids, day)] as const;
            }),
          ),
        );
        return keys.map((key) =>
          (byDay.get(key.asOf) ?? []).filter((row) => row.positionId === key.positionId),
        );
      },
      { cacheKeyFn: (key) => `${key.positionId}|${key.asOf}` },
    ),
  };
}
