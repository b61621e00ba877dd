import { sql } from 'drizzle-orm';
import { check, index, pgTable, unique, uuid } from 'drizzle-orm/pg-core';
import { cadres } from './cadres';
import { createdAt, id, isoDate } from './columns';
import { units } from './units';

// Who manages whom (Regulation 377-QĐ/TW of 2025): the body (a Party committee, as a unit)
// whose Standing Committee manages the cadre, dated, since it changes with promotions and
// mergers. A cadre's periods follow one another without gaps or overlaps (the write service
// closes the open period on the day the next begins; the exclusion constraint of migration
// 0015 is the second lock); a cadre with no period is managed at the top.
export const cadreBodies = pgTable(
  'cadre_bodies',
  {
    id: id(),
    cadreId: uuid('cadre_id')
      .notNull()
      .references(() => cadres.id),
    bodyUnitId: uuid('body_unit_id')
      .notNull()
      .references(() => units.id),
    validFrom: isoDate('valid_from').notNull(),
    /** Null for the period in force; otherwise the first day the body no longer manages. */
    validTo: isoDate('valid_to'),
    createdAt: createdAt(),
  },
  (t) => [
    check('cadre_bodies_valid_range', sql`${t.validTo} IS NULL OR ${t.validTo} > ${t.validFrom}`),
    unique('cadre_bodies_cadre_from_key').on(t.cadreId, t.validFrom),
    index('cadre_bodies_body_unit_id_idx').on(t.bodyUnitId),
  ],
);

export type CadreBodyRow = typeof cadreBodies.$inferSelect;
export type NewCadreBodyRow = typeof cadreBodies.$inferInsert;
