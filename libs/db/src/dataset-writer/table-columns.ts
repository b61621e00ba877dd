import { getTableColumns, is, SQL, type InferInsertModel } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { tableNameOf } from './dataset-tables';

// Which columns a bulk load writes, from the drizzle table: every column except identities the
// database generates (audit_events.id), in declaration order. A value left undefined takes the
// column's literal default (version 1, status, warnings []); a column whose default is
// computed by the database (gen_random_uuid(), now()) must be given, because a dataset is
// only reproducible when its ids and timestamps come from the generator.

export type CopyColumn = {
  /** The property of the row object (`cadreId`). */
  key: string;
  /** The SQL column name (`cadre_id`). */
  name: string;
  /** The literal default used for an undefined value. */
  fallback: unknown;
  /** Whether an undefined value is an error (a database-computed default). */
  required: boolean;
};

export type CopyTarget = { name: string; columns: CopyColumn[] };

const targets = new WeakMap<PgTable, CopyTarget>();

export function copyTargetOf(table: PgTable): CopyTarget {
  const known = targets.get(table);
  if (known) return known;
  const columns: CopyColumn[] = [];
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const identity = (column as { generatedIdentity?: { type: string } }).generatedIdentity;
    if (identity) continue;
    const computed =
      column.hasDefault && (is(column.default, SQL) || column.defaultFn !== undefined);
    columns.push({
      key,
      name: column.name,
      fallback: column.hasDefault && !computed ? column.default : null,
      required: computed,
    });
  }
  const target = { name: tableNameOf(table), columns };
  targets.set(table, target);
  return target;
}

/** The row's values in the target's column order. */
export function fieldsOf(target: CopyTarget, row: Record<string, unknown>): unknown[] {
  const fields = new Array<unknown>(target.columns.length);
  for (let i = 0; i < target.columns.length; i += 1) {
    const column = target.columns[i] as CopyColumn;
    const value = row[column.key];
    if (value === undefined && column.required) {
      throw new Error(`${target.name}.${column.name} has a computed default: give it explicitly`);
    }
    fields[i] = value === undefined ? column.fallback : value;
  }
  return fields;
}

/** A table and rows for it, typed by the table's insert model. */
export type TableRows = {
  readonly table: PgTable;
  readonly rows: Iterable<Record<string, unknown>>;
};

export function tableRows<T extends PgTable>(
  table: T,
  rows: Iterable<InferInsertModel<T>>,
): TableRows {
  return { table, rows: rows as Iterable<Record<string, unknown>> };
}
