import { and, asc, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import type { IsoDate, LineageLink } from '@luanchuyen/domain';
import { assignments, cadres, positions, unitLineage, type Database } from '@luanchuyen/db';

// What recomputing the stored run starts (services/run-starts.ts) reads: the cadres' whole
// careers with each post's unit, and the unit lineage links around those units. Only the unit
// of each post and the links matter to the walk (long-tenure.ts `runStartOf`), never a date
// of validity, so units themselves are not read.

/** One post of a career, as the walk and the write need it. */
export type CareerPost = {
  id: string;
  cadreId: string;
  startDate: IsoDate;
  endDate: IsoDate | null;
  unitId: string;
  runStart: IsoDate | null;
};

const careerColumns = {
  id: assignments.id,
  cadreId: assignments.cadreId,
  startDate: assignments.startDate,
  endDate: assignments.endDate,
  unitId: positions.unitId,
  runStart: assignments.runStart,
};

/** Every assignment of the given cadres, with its post's unit. */
export async function readCareers(
  db: Database,
  cadreIds: readonly string[],
): Promise<CareerPost[]> {
  if (cadreIds.length === 0) return [];
  return db
    .select(careerColumns)
    .from(assignments)
    .innerJoin(positions, eq(positions.id, assignments.positionId))
    .where(inArray(assignments.cadreId, [...cadreIds]));
}

function toLink(row: typeof unitLineage.$inferSelect): LineageLink {
  return { kind: row.kind, date: row.date, fromId: row.fromUnitId, toId: row.toUnitId };
}

/**
 * The lineage links of the given units' lineage groups: read in rounds from the units out, one
 * per step of a merger chain (a unit without links costs one probe). A run only walks between
 * units reachable from each other, which are in one group, so these links are all it can meet.
 */
export async function readLinksAround(
  db: Database,
  unitIds: Iterable<string>,
): Promise<{ links: LineageLink[]; unitIds: Set<string> }> {
  const seen = new Set(unitIds);
  const read = new Map<string, LineageLink>();
  for (let frontier = [...seen]; frontier.length > 0;) {
    const rows = await db
      .select()
      .from(unitLineage)
      .where(
        or(inArray(unitLineage.fromUnitId, frontier), inArray(unitLineage.toUnitId, frontier)),
      );
    const next = new Set<string>();
    for (const row of rows) {
      read.set(row.id, toLink(row));
      for (const id of [row.fromUnitId, row.toUnitId]) {
        if (!seen.has(id)) next.add(id);
      }
    }
    for (const id of next) seen.add(id);
    frontier = [...next];
  }
  return { links: [...read.values()], unitIds: seen };
}

/** Every unit lineage link (few: one per merger, split or renaming), for the backfill. */
export async function readAllUnitLinks(db: Database): Promise<LineageLink[]> {
  return (await db.select().from(unitLineage)).map(toLink);
}

/** The cadres with an assignment to a post of one of the units. */
export async function cadresWithPostsIn(
  db: Database,
  unitIds: readonly string[],
): Promise<string[]> {
  if (unitIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ cadreId: assignments.cadreId })
    .from(assignments)
    .innerJoin(positions, eq(positions.id, assignments.positionId))
    .where(inArray(positions.unitId, [...unitIds]));
  return rows.map((row) => row.cadreId);
}

/** The cadres holding a post, ever. */
export async function cadresWithPost(db: Database, positionId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ cadreId: assignments.cadreId })
    .from(assignments)
    .where(eq(assignments.positionId, positionId));
  return rows.map((row) => row.cadreId);
}

/**
 * The next cadres in id order after `after` with a post whose run start is not stored
 * (`assignments_run_start_missing_idx`): the backfill's batches, read as a keyset so that each
 * batch starts where the last ended.
 */
export async function cadresMissingRunStarts(
  db: Database,
  after: string | null,
  limit: number,
): Promise<string[]> {
  const rows = await db
    .selectDistinct({ cadreId: assignments.cadreId })
    .from(assignments)
    .where(
      and(
        isNull(assignments.runStart),
        after === null ? undefined : gt(assignments.cadreId, after),
      ),
    )
    .orderBy(asc(assignments.cadreId))
    .limit(limit);
  return rows.map((row) => row.cadreId);
}

/** The next cadres in id order after `after`: the bulk backfill walks every career. */
export async function cadresAfter(
  db: Database,
  after: string | null,
  limit: number,
): Promise<string[]> {
  const rows = await db
    .select({ id: cadres.id })
    .from(cadres)
    .where(after === null ? undefined : gt(cadres.id, after))
    .orderBy(asc(cadres.id))
    .limit(limit);
  return rows.map((row) => row.id);
}

/**
 * Locks the cadres' rows against another recomputation of the same careers until the
 * transaction ends, so that two writes to one career cannot each store what it computed without
 * the other's post. FOR NO KEY UPDATE does not wait for inserts that only reference the cadre.
 */
export async function lockCadres(db: Database, cadreIds: readonly string[]): Promise<void> {
  if (cadreIds.length === 0) return;
  const ids = [...cadreIds].sort();
  await db.execute(
    sql`SELECT id FROM cadres WHERE id IN (${sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    )}) ORDER BY id FOR NO KEY UPDATE`,
  );
}
