import { and, asc, eq, gt, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { IsoDate } from '@luanchuyen/domain';
import {
  assignments,
  cadreBodies,
  cadreNameMatches,
  cadres,
  evaluations,
  positions,
  successionPoolEntries,
  units,
  type CadreRow,
  type CadreStatus,
  type Database,
} from '@luanchuyen/db';
import type { PageRequest } from './page';
import type { Keyset } from './keyset';
import { ageBandCondition, poolCondition, type CadreAgeBand } from './cadre-list-conditions';
import {
  afterCadreCursor,
  cadreOrderBy,
  cadrePageKeys,
  cadreSortKeys,
  type CadreOrder,
} from './cadre-order';
import { preparedOf } from './prepared';
import { cadreScopeCondition, type ManagementScope } from './scope';

// Reads of cadres: the filtered page in the order asked (by name by default), and the lists a
// profile shows (posts held, evaluations, succession-pool entries) for a batch of cadres at once.

export type CadreWhere = {
  search?: string | null;
  unitId?: string | null;
  activeAt?: IsoDate | null;
  status?: CadreStatus | null;
  ageBand?: CadreAgeBand | null;
  inSuccessionPool?: boolean | null;
  successionPoolTitle?: string | null;
  /** The day age bands and the pool are judged on (the resolver gives its default). */
  asOf: IsoDate;
  /** Only the cadres the caller's body manages (read/scope.ts); null at the top. */
  scope?: ManagementScope | null;
  /** ageBand by the age reached in asOf's year: for a caller who may not read birth dates. */
  ageBandByYear?: boolean;
};

/** The list order of eligibleCadres and the default of cadres: by name, then id. */
export const CADRE_KEYSET: Keyset = { columns: [cadres.nameSortKey, cadres.id], direction: 'ASC' };

/** An assignment of the outer cadre row, held on the day when one is given. */
function holdsPost(where: CadreWhere): SQL | undefined {
  if (!where.unitId && !where.activeAt) return undefined;
  const day = where.activeAt;
  const conditions = and(
    eq(assignments.cadreId, cadres.id),
    where.unitId ? eq(positions.unitId, where.unitId) : undefined,
    day ? lte(assignments.startDate, day) : undefined,
    day ? or(isNull(assignments.endDate), gt(assignments.endDate, day)) : undefined,
  );
  return sql`EXISTS (SELECT 1 FROM ${assignments} INNER JOIN ${positions} ON ${positions.id} = ${assignments.positionId} WHERE ${conditions})`;
}

/** The name search, which also finds the cadre whose code (mã cán bộ) is exactly the term. */
function searchCondition(search: string): SQL | undefined {
  const term = search.normalize('NFC').trim();
  return term === '' ? undefined : or(cadreNameMatches(term), eq(cadres.code, term));
}

function cadreCondition(where: CadreWhere): SQL | undefined {
  return and(
    where.search ? searchCondition(where.search) : undefined,
    holdsPost(where),
    where.status ? eq(cadres.status, where.status) : undefined,
    where.ageBand
      ? ageBandCondition(where.ageBand, where.asOf, where.ageBandByYear === true)
      : undefined,
    typeof where.inSuccessionPool === 'boolean'
      ? poolCondition(where.inSuccessionPool, where.asOf, where.successionPoolTitle ?? null)
      : undefined,
    cadreScopeCondition(cadres.id, where.scope),
  );
}

export function cadrePage(
  db: Database,
  where: CadreWhere,
  order: CadreOrder,
  request: PageRequest,
): Promise<CadreRow[]> {
  const keys = cadrePageKeys(cadreSortKeys(order), request.backward);
  return db
    .select()
    .from(cadres)
    .where(
      and(
        cadreCondition(where),
        request.cursor === null ? undefined : afterCadreCursor(keys, request.cursor),
      ),
    )
    .orderBy(...cadreOrderBy(keys))
    .limit(request.limit + 1);
}

export async function countCadres(db: Database, where: CadreWhere): Promise<number> {
  return db.$count(cadres, cadreCondition(where));
}

/** Every assignment of the cadres, oldest first (a profile's posts: prepared once). */
export function assignmentsOfCadres(db: Database, cadreIds: readonly string[]) {
  return preparedOf(db, 'lcb_assignments_of_cadres', (d, name) =>
    d
      .select()
      .from(assignments)
      .where(sql`${assignments.cadreId} = any(${sql.placeholder('ids')})`)
      .orderBy(asc(assignments.startDate), asc(assignments.id))
      .prepare(name),
  ).execute({ ids: [...cadreIds] });
}

/** The same, each with its post and the post's unit joined in (when the query asks for them). */
export function assignmentsWithPostsOfCadres(db: Database, cadreIds: readonly string[]) {
  return preparedOf(db, 'lcb_assignments_with_posts_of_cadres', (d, name) =>
    d
      .select({ assignment: assignments, position: positions, unit: units })
      .from(assignments)
      .innerJoin(positions, eq(positions.id, assignments.positionId))
      .innerJoin(units, eq(units.id, positions.unitId))
      .where(sql`${assignments.cadreId} = any(${sql.placeholder('ids')})`)
      .orderBy(asc(assignments.startDate), asc(assignments.id))
      .prepare(name),
  ).execute({ ids: [...cadreIds] });
}

/** Every evaluation of the cadres, oldest year first. */
export function evaluationsOfCadres(db: Database, cadreIds: readonly string[]) {
  return db
    .select()
    .from(evaluations)
    .where(inArray(evaluations.cadreId, [...cadreIds]))
    .orderBy(asc(evaluations.year));
}

/** Every managing-body period of the cadres, earliest first. */
export function bodiesOfCadres(db: Database, cadreIds: readonly string[]) {
  return db
    .select()
    .from(cadreBodies)
    .where(inArray(cadreBodies.cadreId, [...cadreIds]))
    .orderBy(asc(cadreBodies.validFrom));
}

/** Every succession-pool entry of the cadres, earliest term first. */
export function poolEntriesOfCadres(db: Database, cadreIds: readonly string[]) {
  return db
    .select()
    .from(successionPoolEntries)
    .where(inArray(successionPoolEntries.cadreId, [...cadreIds]))
    .orderBy(asc(successionPoolEntries.termStart), asc(successionPoolEntries.targetTitle));
}

/** Who held each of the posts on the day, earliest start first. */
export function holdersOfPositions(db: Database, positionIds: readonly string[], day: IsoDate) {
  return db
    .select()
    .from(assignments)
    .where(
      and(
        inArray(assignments.positionId, [...positionIds]),
        lte(assignments.startDate, day),
        or(isNull(assignments.endDate), gt(assignments.endDate, day)),
      ),
    )
    .orderBy(asc(assignments.startDate), asc(assignments.id));
}
