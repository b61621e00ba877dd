import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  unique,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { areas } from './areas';
import { createdAt, id, isoDate, version } from './columns';
import { documents } from './documents';
import { blocEnum, lineageKindEnum, unitLevelEnum } from './enums';

// Agencies and bodies as dated versions. A rotation is classified from the versions valid on
// its start date, so a unit that merged away keeps its row, closed by `valid_to`.
export const units = pgTable(
  'units',
  {
    id: id(),
    name: text('name').notNull(),
    bloc: blocEnum('bloc').notNull(),
    level: unitLevelEnum('level').notNull(),
    /** The area the unit governs (for locality rules). */
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id),
    parentId: uuid('parent_id').references((): AnyPgColumn => units.id),
    validFrom: isoDate('valid_from').notNull(),
    /** Null while the unit exists; otherwise the first day it no longer does. */
    validTo: isoDate('valid_to'),
    createdAt: createdAt(),
    version: version(),
  },
  (t) => [
    check('units_name_present', sql`btrim(${t.name}) <> ''`),
    check('units_valid_range', sql`${t.validTo} IS NULL OR ${t.validTo} > ${t.validFrom}`),
    check('units_not_own_parent', sql`${t.parentId} <> ${t.id}`),
    index('units_area_id_idx').on(t.areaId),
    index('units_parent_id_idx').on(t.parentId),
  ],
);

export const unitLineage = pgTable(
  'unit_lineage',
  {
    id: id(),
    kind: lineageKindEnum('kind').notNull(),
    /** The unit that ceased (or was renamed) on `date`. */
    fromUnitId: uuid('from_unit_id')
      .notNull()
      .references(() => units.id),
    /** The unit that continues it. */
    toUnitId: uuid('to_unit_id')
      .notNull()
      .references(() => units.id),
    date: isoDate('date').notNull(),
    documentId: uuid('document_id').references(() => documents.id),
    createdAt: createdAt(),
  },
  (t) => [
    check('unit_lineage_distinct_ends', sql`${t.fromUnitId} <> ${t.toUnitId}`),
    unique('unit_lineage_link_key').on(t.fromUnitId, t.toUnitId, t.kind),
    index('unit_lineage_to_unit_id_idx').on(t.toUnitId),
  ],
);

// A post in a unit. Rank orders posts by seniority (equal = equivalent posts); seats is how
// many people may hold it at once.
export const positions = pgTable(
  'positions',
  {
    id: id(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    title: text('title').notNull(),
    /** A key post (chức danh chủ chốt). */
    isKey: boolean('is_key').notNull().default(false),
    rank: integer('rank').notNull(),
    seats: integer('seats').notNull().default(1),
    /** The post must be held by someone who is not a local native. */
    requiresNonLocal: boolean('requires_non_local').notNull().default(false),
    createdAt: createdAt(),
    version: version(),
  },
  (t) => [
    check('positions_title_present', sql`btrim(${t.title}) <> ''`),
    check('positions_seats_positive', sql`${t.seats} >= 1`),
    index('positions_unit_id_idx').on(t.unitId),
  ],
);

export type UnitRow = typeof units.$inferSelect;
export type NewUnitRow = typeof units.$inferInsert;
export type UnitLineageRow = typeof unitLineage.$inferSelect;
export type NewUnitLineageRow = typeof unitLineage.$inferInsert;
export type PositionRow = typeof positions.$inferSelect;
export type NewPositionRow = typeof positions.$inferInsert;
