import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, unique, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { createdAt, id, isoDate, version } from './columns';
import { documents } from './documents';
import { areaKindEnum, lineageKindEnum } from './enums';

// Administrative areas (province, city, ward, commune…). Names are not identifiers: an area
// is a dated version, and lineage links say what it became after a merger, split or rename.
export const areas = pgTable(
  'areas',
  {
    id: id(),
    name: text('name').notNull(),
    kind: areaKindEnum('kind').notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => areas.id),
    validFrom: isoDate('valid_from').notNull(),
    /** Null while the area exists; otherwise the first day it no longer does. */
    validTo: isoDate('valid_to'),
    createdAt: createdAt(),
    version: version(),
  },
  (t) => [
    check('areas_name_present', sql`btrim(${t.name}) <> ''`),
    check('areas_valid_range', sql`${t.validTo} IS NULL OR ${t.validTo} > ${t.validFrom}`),
    check('areas_not_own_parent', sql`${t.parentId} <> ${t.id}`),
    index('areas_parent_id_idx').on(t.parentId),
  ],
);

export const areaLineage = pgTable(
  'area_lineage',
  {
    id: id(),
    kind: lineageKindEnum('kind').notNull(),
    /** The area that ceased (or was renamed) on `date`. */
    fromAreaId: uuid('from_area_id')
      .notNull()
      .references(() => areas.id),
    /** The area that continues it. */
    toAreaId: uuid('to_area_id')
      .notNull()
      .references(() => areas.id),
    date: isoDate('date').notNull(),
    documentId: uuid('document_id').references(() => documents.id),
    createdAt: createdAt(),
  },
  (t) => [
    check('area_lineage_distinct_ends', sql`${t.fromAreaId} <> ${t.toAreaId}`),
    unique('area_lineage_link_key').on(t.fromAreaId, t.toAreaId, t.kind),
    index('area_lineage_to_area_id_idx').on(t.toAreaId),
  ],
);

export type AreaRow = typeof areas.$inferSelect;
export type NewAreaRow = typeof areas.$inferInsert;
export type AreaLineageRow = typeof areaLineage.$inferSelect;
export type NewAreaLineageRow = typeof areaLineage.$inferInsert;
