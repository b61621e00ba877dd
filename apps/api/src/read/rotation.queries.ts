import {
  and,
  eq,
  gt,
  gte,
  inArray,
  lte,
  or,
  sql,
  type Param,
  type Placeholder,
  type SQL,
} from 'drizzle-orm';
import type { IsoDate, RotationCategory, RotationStatus } from '@luanchuyen/domain';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { positions, rotations, unitLineage, type Database, type RotationRow } from '@luanchuyen/db';
import type { PageRequest } from './page';
import {
  afterCursor,
  orderOf,
  pageOrder,
  pageWhere,
  travelDirection,
  type Keyset,
  type SortDirection,
} from './keyset';
import { preparedOf } from './prepared';
import { cadreScopeCondition, type ManagementScope } from './scope';
import {
  joinedRotationFields,
  joinsTag,
  NO_ROTATION_JOINS,
  withRotationJoins,
  type JoinedRotationRow,
  type RotationJoins,
} from './rotation-joins';

// Rotation history (API.md `RotationFilter`): the filter as one SQL condition, shared by the
// page, its count and the statistics, so the three always agree.

export type RotationWhere = {
  cadreIds?: readonly string[] | null;
  planId?: string | null;
  unitId?: string | null;
  /** With unitId: also the units merged or renamed into it, through any number of steps. */
  includeLineage?: boolean;
  fromUnitId?: string | null;
  toUnitId?: string | null;
  categories?: readonly RotationCategory[] | null;
  statuses?: readonly RotationStatus[] | null;
  startedFrom?: IsoDate | null;
  startedTo?: IsoDate | null;
  activeAt?: IsoDate | null;
  /** Only rotations overdue on this day (isOverdue: ACTIVE, planned end on or before it). */
  overdueOn?: IsoDate | null;
  /** Only rotations of cadres the caller's body manages (read/scope.ts); null at the top. */
  scope?: ManagementScope | null;
};

export function rotationKeyset(direction: SortDirection): Keyset {
  return { columns: [rotations.startDate, rotations.id], direction };
}

// `= any(array(subquery))`, not `IN (subquery)`: the unit's few posts are read first, so
// PostgreSQL can answer "from or to this unit" with the two position indexes (a BitmapOr)
// instead of filtering every rotation of the period (national scale: 55 ms -> 1.6 ms).
function postOfUnit(column: AnyPgColumn, unitId: string): SQL {
  return sql`${column} = any(array(SELECT ${positions.id} FROM ${positions} WHERE ${positions.unitId} = ${unitId}))`;
}

// The unit and its predecessors: the units merged or renamed into it, then those merged or
// renamed into them, and so on (a unit split off another is not its continuation: the other
// lives on). Walked backwards only, so a merged ward's history never takes in its successor's;
// UNION (not UNION ALL) stops on a cycle. Inside the condition, so the page, its count and the
// statistics stay one statement each.
function postOfLineage(column: AnyPgColumn, unitId: string): SQL {
  return sql`${column} = any(array(SELECT ${positions.id} FROM ${positions} WHERE ${positions.unitId} IN (
    WITH RECURSIVE lineage_units(id) AS (
      SELECT ${unitId}::uuid
      UNION
      SELECT ${unitLineage.fromUnitId} FROM ${unitLineage}
        JOIN lineage_units ON ${unitLineage.toUnitId} = lineage_units.id
        WHERE ${unitLineage.kind} IN ('MERGED_INTO', 'RENAMED')
    ) SELECT id FROM lineage_units)))`;
}

function fromOrToUnit(unitId: string, includeLineage: boolean): SQL | undefined {
  const post = includeLineage ? postOfLineage : postOfUnit;
  return or(post(rotations.fromPositionId, unitId), post(rotations.toPositionId, unitId));
}

export function rotationCondition(where: RotationWhere): SQL | undefined {
  const day = where.activeAt;
  return and(
    where.cadreIds ? inArray(rotations.cadreId, [...where.cadreIds]) : undefined,
    where.planId ? eq(rotations.planId, where.planId) : undefined,
    where.unitId ? fromOrToUnit(where.unitId, where.includeLineage === true) : undefined,
    where.fromUnitId ? postOfUnit(rotations.fromPositionId, where.fromUnitId) : undefined,
    where.toUnitId ? postOfUnit(rotations.toPositionId, where.toUnitId) : undefined,
    where.categories?.length ? inArray(rotations.category, [...where.categories]) : undefined,
    where.statuses?.length ? inArray(rotations.status, [...where.statuses]) : undefined,
    where.startedFrom ? gte(rotations.startDate, where.startedFrom) : undefined,
    where.startedTo ? lte(rotations.startDate, where.startedTo) : undefined,
    // Running that day: started (or since completed), and the day within [start, end).
    day ? inArray(rotations.status, ['ACTIVE', 'COMPLETED']) : undefined,
    day ? lte(rotations.startDate, day) : undefined,
    day ? gt(sql`coalesce(${rotations.endDate}, ${rotations.plannedEndDate})`, day) : undefined,
    where.overdueOn ? eq(rotations.status, 'ACTIVE') : undefined,
    where.overdueOn ? lte(rotations.plannedEndDate, where.overdueOn) : undefined,
    cadreScopeCondition(rotations.cadreId, where.scope),
  );
}

export async function rotationPage(
  db: Database,
  where: RotationWhere,
  direction: SortDirection,
  request: PageRequest,
): Promise<RotationRow[]> {
  const rows = await joinedRotationPage(db, where, direction, request, NO_ROTATION_JOINS);
  return rows.map((row) => row.rotation);
}

/** The page with the relations asked for joined in (rotation-joins.ts). */
export function joinedRotationPage(
  db: Database,
  where: RotationWhere,
  direction: SortDirection,
  request: PageRequest,
  joins: RotationJoins,
): Promise<JoinedRotationRow[]> {
  const keyset = rotationKeyset(direction);
  const query = db.select(joinedRotationFields(joins)).from(rotations).$dynamic();
  return withRotationJoins(query, joins)
    .where(pageWhere(keyset, request, rotationCondition(where)))
    .orderBy(...pageOrder(keyset, request))
    .limit(request.limit + 1) as Promise<JoinedRotationRow[]>;
}

// Counts are async functions: drizzle's $count is a thenable that runs its statement again on
// every `then`, so a count awaited twice (started early, then read by totalCount) ran twice.
export async function countRotations(db: Database, where: RotationWhere): Promise<number> {
  return db.$count(rotations, rotationCondition(where));
}

/** The same page for each of many cadres in one statement (a list of profiles). */
export async function rotationPagesOfCadres(
  db: Database,
  cadreIds: readonly string[],
  direction: SortDirection,
  request: PageRequest,
  joins: RotationJoins = NO_ROTATION_JOINS,
): Promise<(JoinedRotationRow & { rowsAfterCursor: number })[]> {
  const ids = [...cadreIds];
  // Rows come in the page's direction: a backward page reads the list's order reversed.
  const travel = travelDirection(direction, request);
  // A page without a cursor, what a profile asks, is prepared once per direction; pages
  // beyond a cursor carry it in their text and are built per call.
  const rows =
    request.cursor === null
      ? await preparedOf(
          db,
          `lcb_rotation_pages_of_cadres_${travel.toLowerCase()}_${joinsTag(joins)}`,
          (d, name) =>
            rotationPagesStatement(
              d,
              travel,
              null,
              sql.placeholder('ids'),
              sql.placeholder('limit'),
              joins,
            ).prepare(name),
        ).execute({ ids, limit: request.limit + 1 })
      : await rotationPagesStatement(
          db,
          travel,
          request.cursor,
          sql.param(ids),
          request.limit + 1,
          joins,
        );
  return rows as (JoinedRotationRow & { rowsAfterCursor: number })[];
}

function rotationPagesStatement(
  db: Database,
  direction: SortDirection,
  after: PageRequest['cursor'],
  cadreIds: Param | Placeholder,
  limit: number | Placeholder,
  joins: RotationJoins,
) {
  const keyset = rotationKeyset(direction);
  const ranked = db
    .select({
      id: rotations.id,
      // Named apart from positions.rank, which a join of the ends brings in.
      rank: sql<number>`row_number() OVER (PARTITION BY ${rotations.cadreId} ORDER BY ${sql.join(orderOf(keyset), sql`, `)})`.as(
        'page_rank',
      ),
      // The cadre's rows after the cursor, in the same scan: with no cursor, the cadre's
      // total, so a first page needs no count statement (page.loaders.ts primes the count).
      total: sql<number>`(count(*) OVER (PARTITION BY ${rotations.cadreId}))::int`.as('page_total'),
    })
    .from(rotations)
    .where(and(sql`${rotations.cadreId} = any(${cadreIds})`, afterCursor(keyset, after)))
    .as('ranked');
  const query = db
    .select({ ...joinedRotationFields(joins), rowsAfterCursor: ranked.total })
    .from(rotations)
    .innerJoin(ranked, eq(ranked.id, rotations.id))
    .$dynamic();
  return withRotationJoins(query, joins)
    .where(lte(ranked.rank, limit))
    .orderBy(...orderOf(keyset));
}

/** How many rotations each cadre has. */
export async function rotationCountsOfCadres(
  db: Database,
  cadreIds: readonly string[],
): Promise<Map<string, number>> {
  const rows = await preparedOf(db, 'lcb_rotation_counts_of_cadres', (d, name) =>
    d
      .select({ cadreId: rotations.cadreId, count: sql<number>`count(*)::int` })
      .from(rotations)
      .where(sql`${rotations.cadreId} = any(${sql.placeholder('ids')})`)
      .groupBy(rotations.cadreId)
      .prepare(name),
  ).execute({ ids: [...cadreIds] });
  return new Map(rows.map((row) => [row.cadreId, row.count]));
}
