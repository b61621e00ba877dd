import { and, asc, eq, gt, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { AreaKind, Bloc, IsoDate, UnitLevel } from '@luanchuyen/domain';
import {
  areaLineage,
  areas,
  positions,
  unitLineage,
  units,
  type AreaRow,
  type Database,
  type PositionRow,
  type UnitRow,
} from '@luanchuyen/db';
import type { PageRequest } from './page';
import { pageOrder, pageWhere, unaccentedContains, unaccentedWordsIn, type Keyset } from './keyset';

// Reads of the registry's places and posts: pages of areas, units and positions, and the
// lineage links of a batch of versions.

export type AreaWhere = {
  kinds?: readonly AreaKind[] | null;
  parentId?: string | null;
  activeAt?: IsoDate | null;
  search?: string | null;
};

export type UnitWhere = {
  blocs?: readonly Bloc[] | null;
  levels?: readonly UnitLevel[] | null;
  areaId?: string | null;
  parentId?: string | null;
  activeAt?: IsoDate | null;
  search?: string | null;
};

export type PositionWhere = {
  unitId?: string | null;
  isKey?: boolean | null;
  search?: string | null;
};

/** Versions valid on the day: `[validFrom, validTo)` contains it. */
function validOn(from: AnyPgColumn, to: AnyPgColumn, day: IsoDate | null | undefined) {
  return day ? and(lte(from, day), or(isNull(to), gt(to, day))) : undefined;
}

function nonEmpty<T>(values: readonly T[] | null | undefined): values is readonly T[] {
  return values !== null && values !== undefined && values.length > 0;
}

export const AREA_KEYSET: Keyset = { columns: [areas.name, areas.id], direction: 'ASC' };
export const UNIT_KEYSET: Keyset = { columns: [units.name, units.id], direction: 'ASC' };
export const POSITION_KEYSET: Keyset = {
  columns: [positions.title, positions.id],
  direction: 'ASC',
};

function areaCondition(where: AreaWhere): SQL | undefined {
  return and(
    nonEmpty(where.kinds) ? inArray(areas.kind, [...where.kinds]) : undefined,
    where.parentId ? eq(areas.parentId, where.parentId) : undefined,
    validOn(areas.validFrom, areas.validTo, where.activeAt),
    where.search ? unaccentedContains(areas.name, where.search) : undefined,
  );
}

function unitCondition(where: UnitWhere): SQL | undefined {
  return and(
    nonEmpty(where.blocs) ? inArray(units.bloc, [...where.blocs]) : undefined,
    nonEmpty(where.levels) ? inArray(units.level, [...where.levels]) : undefined,
    where.areaId ? eq(units.areaId, where.areaId) : undefined,
    where.parentId ? eq(units.parentId, where.parentId) : undefined,
    validOn(units.validFrom, units.validTo, where.activeAt),
    where.search ? unaccentedContains(units.name, where.search) : undefined,
  );
}

function positionCondition(where: PositionWhere): SQL | undefined {
  return and(
    where.unitId ? eq(positions.unitId, where.unitId) : undefined,
    typeof where.isKey === 'boolean' ? eq(positions.isKey, where.isKey) : undefined,
    // A post is found by its title and its unit's name together: "bi thu xa mai pha".
    where.search
      ? unaccentedWordsIn(
          [
            positions.title,
            sql`(SELECT ${units.name} FROM ${units} WHERE ${units.id} = ${positions.unitId})`,
          ],
          where.search,
        )
      : undefined,
  );
}

export function areaPage(db: Database, where: AreaWhere, request: PageRequest): Promise<AreaRow[]> {
  return db
    .select()
    .from(areas)
    .where(pageWhere(AREA_KEYSET, request, areaCondition(where)))
    .orderBy(...pageOrder(AREA_KEYSET, request))
    .limit(request.limit + 1);
}

export async function countAreas(db: Database, where: AreaWhere): Promise<number> {
  return db.$count(areas, areaCondition(where));
}

export function unitPage(db: Database, where: UnitWhere, request: PageRequest): Promise<UnitRow[]> {
  return db
    .select()
    .from(units)
    .where(pageWhere(UNIT_KEYSET, request, unitCondition(where)))
    .orderBy(...pageOrder(UNIT_KEYSET, request))
    .limit(request.limit + 1);
}

export async function countUnits(db: Database, where: UnitWhere): Promise<number> {
  return db.$count(units, unitCondition(where));
}

export function positionPage(
  db: Database,
  where: PositionWhere,
  request: PageRequest,
): Promise<PositionRow[]> {
  return db
    .select()
    .from(positions)
    .where(pageWhere(POSITION_KEYSET, request, positionCondition(where)))
    .orderBy(...pageOrder(POSITION_KEYSET, request))
    .limit(request.limit + 1);
}

export async function countPositions(db: Database, where: PositionWhere): Promise<number> {
  return db.$count(positions, positionCondition(where));
}

/** The posts of the given units, most senior first. */
export function positionsOfUnits(db: Database, unitIds: readonly string[]) {
  return db
    .select()
    .from(positions)
    .where(inArray(positions.unitId, [...unitIds]))
    .orderBy(sql`${positions.rank} DESC`, asc(positions.title), asc(positions.id));
}

/** Lineage links touching the given areas (either end), oldest first. */
export function areaLinksOf(db: Database, areaIds: readonly string[]) {
  const ids = [...areaIds];
  return db
    .select()
    .from(areaLineage)
    .where(or(inArray(areaLineage.fromAreaId, ids), inArray(areaLineage.toAreaId, ids)))
    .orderBy(asc(areaLineage.date), asc(areaLineage.id));
}

/** Lineage links touching the given units (either end), oldest first. */
export function unitLinksOf(db: Database, unitIds: readonly string[]) {
  const ids = [...unitIds];
  return db
    .select()
    .from(unitLineage)
    .where(or(inArray(unitLineage.fromUnitId, ids), inArray(unitLineage.toUnitId, ids)))
    .orderBy(asc(unitLineage.date), asc(unitLineage.id));
}
