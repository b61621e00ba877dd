import { sql } from 'drizzle-orm';
import { check, index, pgTable, uuid } from 'drizzle-orm/pg-core';
import { cadres } from './cadres';
import { createdAt, id, isoDate, version } from './columns';
import { documents } from './documents';
import { assignmentKindEnum } from './enums';
import { rotations } from './rotations';
import { positions } from './units';

// Quá trình công tác: who held which post when. Concurrent posts are allowed (a ward Party
// Secretary often chairs the People's Council), so there is no overlap constraint here.
export const assignments = pgTable(
  'assignments',
  {
    id: id(),
    cadreId: uuid('cadre_id')
      .notNull()
      .references(() => cadres.id),
    positionId: uuid('position_id')
      .notNull()
      .references(() => positions.id),
    kind: assignmentKindEnum('kind').notNull(),
    startDate: isoDate('start_date').notNull(),
    /** Null while the post is held. */
    endDate: isoDate('end_date'),
    decisionId: uuid('decision_id').references(() => documents.id),
    /** Set when the assignment is the posting a rotation made. */
    rotationId: uuid('rotation_id').references(() => rotations.id),
    createdAt: createdAt(),
    version: version(),
  },
  (t) => [
    check(
      'assignments_end_not_before_start',
      sql`${t.endDate} IS NULL OR ${t.endDate} >= ${t.startDate}`,
    ),
    index('assignments_cadre_id_start_date_idx').on(t.cadreId, t.startDate),
    index('assignments_position_id_start_date_idx').on(t.positionId, t.startDate),
    index('assignments_rotation_id_idx').on(t.rotationId),
    // Who held a post on a date (`start_date <= d AND coalesce(end_date, 'infinity') > d`), as an
    // index-only scan: the eligibility candidates ask it of every assignment in the registry,
    // and a sequential scan of them was the largest part of that statement. drizzle has no
    // INCLUDE, so the columns read come as trailing keys.
    index('assignments_held_on_idx').on(
      sql`coalesce(${t.endDate}, 'infinity'::date)`,
      t.startDate,
      t.cadreId,
      t.positionId,
      t.endDate,
    ),
  ],
);

export type AssignmentRow = typeof assignments.$inferSelect;
export type NewAssignmentRow = typeof assignments.$inferInsert;
