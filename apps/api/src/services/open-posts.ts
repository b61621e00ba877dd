import { inArray } from 'drizzle-orm';
import type { IsoDate } from '@luanchuyen/domain';
import { sameLineage, unitOpenOn, type UnitHistory } from '@luanchuyen/rules';
import { positions, type Database } from '@luanchuyen/db';
import { loadRegistryFacts } from '../facts/registry-facts.queries';
import type { Failure } from './outcome';

// A post can be taken on a day only while its unit exists (libs/rules' unitOpenOn): a post of a
// unit closed by a merger is refused with UNIT_CLOSED, naming the successor whose post to take,
// for assignments and rotation outcomes as for rotations. One read of the posts' units and
// their lineage for the whole batch.

/** A post to be taken on `date`; a null date only reads the post's unit and lineage. */
export type PostOnDay = { positionId: string; date: IsoDate | null; field: readonly string[] };

export type OpenPosts = {
  /** UNIT_CLOSED for each post whose unit does not exist on its day; unknown posts are skipped. */
  failures: Failure[];
  units: UnitHistory;
  unitOf: ReadonlyMap<string, string>;
};

export async function checkOpenPosts(
  db: Database,
  posts: readonly PostOnDay[],
): Promise<OpenPosts> {
  const ids = [...new Set(posts.map((post) => post.positionId))];
  const rows =
    ids.length === 0
      ? []
      : await db
          .select({ id: positions.id, unitId: positions.unitId })
          .from(positions)
          .where(inArray(positions.id, ids));
  const unitOf = new Map(rows.map((row) => [row.id, row.unitId]));
  const registry = await loadRegistryFacts(db, { unitIds: unitOf.values(), areaIds: [] });
  const failures = posts.flatMap((post): Failure[] => {
    const unitId = unitOf.get(post.positionId);
    if (unitId === undefined || post.date === null) return [];
    const finding = unitOpenOn(registry.units, unitId, post.date);
    return finding.decision === 'CLOSED'
      ? [{ code: 'UNIT_CLOSED', field: post.field, message: finding.message }]
      : [];
  });
  return { failures, units: registry.units, unitOf };
}

/** Whether `positionId`'s unit is `unitId` or in its lineage (what it merged into, or from). */
export function inLineageOf(open: OpenPosts, positionId: string, unitId: string): boolean {
  const postUnit = open.unitOf.get(positionId);
  return postUnit !== undefined && sameLineage(open.units, postUnit, unitId);
}
