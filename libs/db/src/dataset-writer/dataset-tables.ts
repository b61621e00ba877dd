import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import {
  areaLineage,
  areas,
  assignments,
  auditEvents,
  cadres,
  documents,
  evaluations,
  positions,
  rotationPlanSubjects,
  rotationPlans,
  rotations,
  successionPoolEntries,
  unitLineage,
  units,
  users,
} from '../schema';

/**
 * The tables a dataset fills, in foreign-key order: each only references tables before it
 * (self-references aside), so rows written in this order satisfy their keys at every step.
 */
export const DATASET_TABLES: readonly PgTable[] = [
  documents,
  areas,
  areaLineage,
  units,
  unitLineage,
  positions,
  users,
  cadres,
  successionPoolEntries,
  rotationPlans,
  rotationPlanSubjects,
  rotations,
  assignments,
  evaluations,
  auditEvents,
];

/** `"public"."cadres"`: quoted, as COPY and LOCK take it. */
export function tableNameOf(table: PgTable): string {
  const config = getTableConfig(table);
  return `"${config.schema ?? 'public'}"."${config.name}"`;
}

/** Which of `tables` (quoted names) hold at least one row. */
export async function nonEmptyTables(
  client: pg.ClientBase,
  tables: readonly string[],
): Promise<string[]> {
  if (tables.length === 0) return [];
  const probes = tables.map(
    (table, index) => `SELECT ${index} AS i WHERE EXISTS (SELECT 1 FROM ${table})`,
  );
  const result = await client.query<{ i: number }>(probes.join(' UNION ALL '));
  return result.rows.map((row) => tables[row.i] as string);
}

/**
 * Empties a scratch database completely: drops the `public` schema (tables, types, functions,
 * the extensions installed there) and drizzle's migration journal, so the migrations can run
 * again from scratch. The audit trail refuses DELETE and TRUNCATE by design; dropping the
 * schema is the only way to empty it, which is why this is for benchmark databases only.
 */
export async function dropAllData(client: pg.ClientBase): Promise<void> {
  await client.query('DROP SCHEMA IF EXISTS drizzle CASCADE');
  await client.query('DROP SCHEMA IF EXISTS public CASCADE');
  await client.query('CREATE SCHEMA public');
}
