import { and, asc, count, eq, gte, inArray, isNotNull, lte, or, type SQL } from 'drizzle-orm';
import type { IsoDate, RotationCategory, RotationStatus } from '@luanchuyen/domain';
import {
  cadres,
  documents,
  positions,
  rotationPlans,
  rotations,
  type Database,
  type RotationPlanRow,
  units,
} from '@luanchuyen/db';
import { countedStatuses, type RotationStats } from '@luanchuyen/rules';
import { alias, type PgSelect } from 'drizzle-orm/pg-core';
import { pageOrder, pageWhere, type Keyset } from './keyset';
import { STATS_GROUP_BY, STATS_GROUP_FIELDS, statsOfGroups } from './rotation-stats.queries';
import type { PageRequest } from './page';

// The public disclosure's read model (API.md `publicRotations`, `GET /cong-khai`). What is
// public is decided here, once, for the GraphQL field and the page alike:
//   - the rotation's own publishedAt is set, or its plan's is (an ADMIN published either);
//   - and it is a decision: APPROVED, ACTIVE or COMPLETED, with its decision document. A
//     proposal is not a decision and a cancelled rotation did not happen, so neither is ever
//     public, even under a published plan (a rotation published and then cancelled leaves).
// The columns are chosen here too, and only these: names, posts, units, dates, the decision
// and the plan. Nothing joined here holds a birth date, home area, evaluation or note.

// A rotation's two ends, each a post and its unit, joined twice under these names.
const fromPosition = alias(positions, 'from_position');
const toPosition = alias(positions, 'to_position');
const fromUnit = alias(units, 'from_unit');
const toUnit = alias(units, 'to_unit');

/** The statuses a public rotation may have: the decided ones. */
export const PUBLISHABLE_STATUSES: readonly RotationStatus[] = ['APPROVED', 'ACTIVE', 'COMPLETED'];

export type PublicRotationWhere = {
  startedFrom?: IsoDate | null;
  startedTo?: IsoDate | null;
  unitId?: string | null;
  planId?: string | null;
};

export type PublicRotationRow = {
  id: string;
  cadreName: string;
  fromPositionTitle: string;
  fromUnitName: string;
  toPositionTitle: string;
  toUnitName: string;
  startDate: IsoDate;
  plannedEndDate: IsoDate;
  endDate: IsoDate | null;
  category: RotationCategory;
  decisionNumber: string;
  decisionDate: IsoDate;
  decisionIssuer: string;
  planCode: string | null;
  planTitle: string | null;
};

const publicKeyset: Keyset = { columns: [rotations.startDate, rotations.id], direction: 'ASC' };

/** Published and decided (the rule above), with the filter's conditions. */
function publicCondition(where: PublicRotationWhere): SQL | undefined {
  return and(
    or(isNotNull(rotations.publishedAt), isNotNull(rotationPlans.publishedAt)),
    inArray(rotations.status, [...PUBLISHABLE_STATUSES]),
    isNotNull(rotations.decisionId),
    where.startedFrom ? gte(rotations.startDate, where.startedFrom) : undefined,
    where.startedTo ? lte(rotations.startDate, where.startedTo) : undefined,
    where.planId ? eq(rotations.planId, where.planId) : undefined,
    where.unitId
      ? or(eq(fromPosition.unitId, where.unitId), eq(toPosition.unitId, where.unitId))
      : undefined,
  );
}

const publicColumns = {
  id: rotations.id,
  cadreName: cadres.fullName,
  fromPositionTitle: fromPosition.title,
  fromUnitName: fromUnit.name,
  toPositionTitle: toPosition.title,
  toUnitName: toUnit.name,
  startDate: rotations.startDate,
  plannedEndDate: rotations.plannedEndDate,
  endDate: rotations.endDate,
  category: rotations.category,
  decisionNumber: documents.number,
  decisionDate: documents.issuedOn,
  decisionIssuer: documents.issuer,
  planCode: rotationPlans.code,
  planTitle: rotationPlans.title,
};

// The ends' posts and the plan, which every public condition reads (the plan for its
// publication, the posts for the unit filter).
function withPublicJoins<T extends PgSelect>(query: T) {
  return query
    .innerJoin(fromPosition, eq(fromPosition.id, rotations.fromPositionId))
    .innerJoin(toPosition, eq(toPosition.id, rotations.toPositionId))
    .leftJoin(rotationPlans, eq(rotationPlans.id, rotations.planId));
}

/** A page of published rotations, by start date then id, oldest first. */
export async function publicRotationPage(
  db: Database,
  where: PublicRotationWhere,
  request: PageRequest,
): Promise<PublicRotationRow[]> {
  const query = withPublicJoins(db.select(publicColumns).from(rotations).$dynamic())
    .innerJoin(cadres, eq(cadres.id, rotations.cadreId))
    .innerJoin(fromUnit, eq(fromUnit.id, fromPosition.unitId))
    .innerJoin(toUnit, eq(toUnit.id, toPosition.unitId))
    // Inner: a public rotation has its decision (the condition asks for it).
    .innerJoin(documents, eq(documents.id, rotations.decisionId))
    .where(pageWhere(publicKeyset, request, publicCondition(where)))
    .orderBy(...pageOrder(publicKeyset, request))
    .limit(request.limit + 1);
  return (await query) as PublicRotationRow[];
}

export async function countPublicRotations(
  db: Database,
  where: PublicRotationWhere,
): Promise<number> {
  const [row] = await withPublicJoins(
    db.select({ count: count() }).from(rotations).$dynamic(),
  ).where(publicCondition(where));
  return row?.count ?? 0;
}

/**
 * The article's table over the published rotations, laid out as rotationStats lays it out
 * (every category and direction, zeros included, years ascending) and counting, as it does,
 * only the rotations that took place (ACTIVE, COMPLETED): an approved decision not yet started
 * is listed but does not grow the table. One grouped statement, as read/rotation-stats does.
 */
export async function publicRotationStats(
  db: Database,
  where: PublicRotationWhere,
): Promise<RotationStats> {
  const groups = await withPublicJoins(db.select(STATS_GROUP_FIELDS).from(rotations).$dynamic())
    .where(and(publicCondition(where), inArray(rotations.status, [...countedStatuses(null)])))
    .groupBy(...STATS_GROUP_BY);
  return statsOfGroups(groups);
}

/** The published plans, by the day they were issued. */
export function publishedPlans(db: Database): Promise<RotationPlanRow[]> {
  return db
    .select()
    .from(rotationPlans)
    .where(isNotNull(rotationPlans.publishedAt))
    .orderBy(asc(rotationPlans.issuedOn), asc(rotationPlans.id));
}
