import { sql, type SQL } from 'drizzle-orm';
import {
  assignments,
  cadreBodies,
  evaluations,
  positions,
  rotationPlans,
  rotations,
  unitLineage,
  units,
  auditEvents,
} from '@luanchuyen/db';
import type { IsoDate } from '@luanchuyen/domain';

// Management scopes (Regulation 377-QĐ/TW of 2025, PRODUCT.md "Who manages whom") as SQL: a
// caller working for a body acts within it and the bodies below it. "Below" is the units'
// parent tree, and a body continues the bodies merged or renamed into it (the lineage), so a
// ward formed on 1/7/2025 takes in the cadres its predecessor wards managed. A cadre is in
// scope when the body managing them on the scope's day is. Conditions, not lists of ids, so
// the pages, their counts and the statistics stay one statement each.

/** The scope of a caller below the top; a caller at the top (or an ADMIN) has none. */
export type ManagementScope = { bodyId: string; on: IsoDate };

/**
 * The body and every unit below it, as a subquery. One recursive term over both kinds of edge
 * (a child under its parent, a predecessor into its continuation), since PostgreSQL allows the
 * recursive reference once; UNION, not UNION ALL, stops on a cycle.
 */
export function unitsOfScope(scope: ManagementScope): SQL {
  return sql`(WITH RECURSIVE scope_units(id) AS (
      SELECT ${scope.bodyId}::uuid
      UNION
      SELECT edge.below FROM (
        SELECT ${units.id} AS below, ${units.parentId} AS above FROM ${units}
        UNION ALL
        SELECT ${unitLineage.fromUnitId}, ${unitLineage.toUnitId} FROM ${unitLineage}
          WHERE ${unitLineage.kind} IN ('MERGED_INTO', 'RENAMED')
      ) edge JOIN scope_units ON edge.above = scope_units.id
    ) SELECT id FROM scope_units)`;
}

/** The unit (a column or value of uuid type) is the body or below it. */
export function unitInScope(unit: unknown, scope: ManagementScope): SQL {
  return sql`${unit} IN ${unitsOfScope(scope)}`;
}

/** The cadre (a uuid column or value) is managed on the scope's day by a body in the scope. */
export function cadreInScope(cadreId: unknown, scope: ManagementScope): SQL {
  return sql`EXISTS (SELECT 1 FROM ${cadreBodies}
    WHERE ${cadreBodies.cadreId} = ${cadreId}
      AND ${cadreBodies.validFrom} <= ${scope.on}
      AND (${cadreBodies.validTo} IS NULL OR ${cadreBodies.validTo} > ${scope.on})
      AND ${unitInScope(cadreBodies.bodyUnitId, scope)})`;
}

/** cadreInScope, or no condition at all for a caller at the top. */
export function cadreScopeCondition(cadreId: unknown, scope: ManagementScope | null | undefined) {
  return scope ? cadreInScope(cadreId, scope) : undefined;
}

/** The plan was issued by a body in the scope (a plan of no named unit is the top's). */
export function planScopeCondition(scope: ManagementScope | null | undefined) {
  return scope ? unitInScope(rotationPlans.issuingUnitId, scope) : undefined;
}

/**
 * An audit event's record is in the scope: a cadre's own records through the cadre, units,
 * posts and plans through their body. Areas and documents are everyone's (what a copy of the
 * registry needs to make sense of the rest); users and keys never reach the feed.
 */
export function changeScopeCondition(scope: ManagementScope | null | undefined) {
  if (!scope) return undefined;
  const id = sql`${auditEvents.recordId}::uuid`;
  const through = (table: SQL, cadre: SQL) =>
    sql`EXISTS (SELECT 1 FROM ${table} WHERE ${table}.id = ${id} AND ${cadreInScope(cadre, scope)})`;
  return sql`CASE ${auditEvents.recordType}
    WHEN 'Cadre' THEN ${cadreInScope(id, scope)}
    WHEN 'Rotation' THEN ${through(sql`${rotations}`, sql`${rotations.cadreId}`)}
    WHEN 'Assignment' THEN ${through(sql`${assignments}`, sql`${assignments.cadreId}`)}
    WHEN 'Evaluation' THEN ${through(sql`${evaluations}`, sql`${evaluations.cadreId}`)}
    WHEN 'Unit' THEN ${unitInScope(id, scope)}
    WHEN 'Position' THEN EXISTS (SELECT 1 FROM ${positions} WHERE ${positions.id} = ${id}
      AND ${unitInScope(positions.unitId, scope)})
    WHEN 'RotationPlan' THEN EXISTS (SELECT 1 FROM ${rotationPlans}
      WHERE ${rotationPlans.id} = ${id} AND ${unitInScope(rotationPlans.issuingUnitId, scope)})
    WHEN 'Area' THEN true
    WHEN 'Document' THEN true
    ELSE false END`;
}
