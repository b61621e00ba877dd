import { and, inArray, sql, type SQL } from 'drizzle-orm';
import {
  assignments,
  cadres,
  evaluations,
  positions,
  rotationPlans,
  rotations,
  units,
  type Database,
} from '@luanchuyen/db';
import { cadreInScope, unitInScope, type ManagementScope } from './scope';

// What a write touches, asked of the scope in one statement before the write runs: the
// records it names, each judged through its cadre or its body (read/scope.ts). A record that
// does not exist is not refused here: the write then answers NOT_FOUND, as without scopes.

export type ScopeTargetKind =
  | 'cadre'
  | 'rotation'
  | 'assignment'
  | 'evaluation'
  | 'unit'
  | 'position'
  | 'plan'
  /** What only the top may change (areas: the map is everyone's). */
  | 'top';

export type ScopeTarget = { kind: ScopeTargetKind; id: string | null; field: readonly string[] };

// True when no row of the id lies outside the scope: in scope, or missing altogether.
function notOutside(table: SQL, idColumn: SQL, id: string, within: SQL) {
  return sql`NOT EXISTS (SELECT 1 FROM ${table} WHERE ${idColumn} = ${id}::uuid AND NOT (${within}))`;
}

function throughCadre(
  table: SQL,
  idColumn: SQL,
  cadreColumn: SQL,
  id: string,
  scope: ManagementScope,
) {
  return notOutside(table, idColumn, id, cadreInScope(cadreColumn, scope));
}

function throughUnit(
  table: SQL,
  idColumn: SQL,
  unitColumn: SQL,
  id: string,
  scope: ManagementScope,
) {
  // A plan of no issuing unit is the top's: coalesce, or NULL IN (…) would not count as outside.
  return notOutside(table, idColumn, id, sql`coalesce(${unitInScope(unitColumn, scope)}, false)`);
}

function inScope(target: ScopeTarget, scope: ManagementScope): SQL {
  const { id } = target;
  if (target.kind === 'top' || id === null) return sql`false`;
  switch (target.kind) {
    case 'cadre':
      return throughCadre(sql`${cadres}`, sql`${cadres.id}`, sql`${cadres.id}`, id, scope);
    case 'rotation':
      return throughCadre(
        sql`${rotations}`,
        sql`${rotations.id}`,
        sql`${rotations.cadreId}`,
        id,
        scope,
      );
    case 'assignment':
      return throughCadre(
        sql`${assignments}`,
        sql`${assignments.id}`,
        sql`${assignments.cadreId}`,
        id,
        scope,
      );
    case 'evaluation':
      return throughCadre(
        sql`${evaluations}`,
        sql`${evaluations.id}`,
        sql`${evaluations.cadreId}`,
        id,
        scope,
      );
    case 'unit':
      return throughUnit(sql`${units}`, sql`${units.id}`, sql`${units.id}`, id, scope);
    case 'position':
      return throughUnit(
        sql`${positions}`,
        sql`${positions.id}`,
        sql`${positions.unitId}`,
        id,
        scope,
      );
    case 'plan':
      return throughUnit(
        sql`${rotationPlans}`,
        sql`${rotationPlans.id}`,
        sql`${rotationPlans.issuingUnitId}`,
        id,
        scope,
      );
  }
}

/** Whether the cadre is in the scope (always at the top). */
export async function cadreWithin(
  db: Database,
  scope: ManagementScope | null,
  cadreId: string,
): Promise<boolean> {
  return (await cadresWithin(db, scope, [cadreId])).has(cadreId);
}

/** Which of the cadres are in the scope (all of them at the top). */
export async function cadresWithin(
  db: Database,
  scope: ManagementScope | null,
  cadreIds: readonly string[],
): Promise<Set<string>> {
  if (!scope) return new Set(cadreIds);
  if (cadreIds.length === 0) return new Set();
  const rows = await db
    .select({ id: cadres.id })
    .from(cadres)
    .where(and(inArray(cadres.id, [...cadreIds]), cadreInScope(cadres.id, scope)));
  return new Set(rows.map((row) => row.id));
}

/** The targets outside the scope (in the order given); none for a caller at the top. */
export async function targetsOutsideScope(
  db: Database,
  scope: ManagementScope | null,
  targets: readonly ScopeTarget[],
): Promise<ScopeTarget[]> {
  if (!scope || targets.length === 0) return [];
  const checks = sql.join(
    targets.map((target) => sql`coalesce(${inScope(target, scope)}, false)`),
    sql`, `,
  );
  const [row] = await db
    .select({ within: sql<boolean[]>`ARRAY[${checks}]` })
    .from(sql`(SELECT 1) AS one`);
  const within = row?.within ?? [];
  return targets.filter((_, index) => within[index] !== true);
}
