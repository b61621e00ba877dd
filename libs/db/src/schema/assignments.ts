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
    /**
     * The first day of the unbroken run this post belongs to, within its unit's lineage, as the
     * long-tenure rule walks it (libs/rules `runStartOf`); its own start when it continues
     * nothing. Kept by the API's write services (apps/api/src/services/run-starts.ts) in the
     * transaction of every change to the cadre's posts or to unit lineage; null only until then.
     */
    runStart: isoDate('run_start'),
    createdAt: createdAt(),
    version: version(),
  },
  (t) => [
    check(
      'assignments_end_not_before_start',
      sql`${t.endDate} IS NULL OR ${t.endDate} >= ${t.startDate}`,
    ),
    check(
      'assignments_run_start_not_after_start',
      sql`${t.runStart} IS NULL OR ${t.runStart} <= ${t.startDate}`,
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
    // Long tenure on a date (`held that day AND run_start <= cut-off`): posts still open are one
    // key of the first column, so their long runs are a range of the second, read index-only.
    index('assignments_run_start_idx').on(
      sql`coalesce(${t.endDate}, 'infinity'::date)`,
      t.runStart,
      t.startDate,
      t.cadreId,
    ),
    // The posts whose run start is not computed yet: rows from before migration 0013 until the
    // backfill at start, and a write's new rows until its transaction computes them. Empty
    // otherwise, so the check at every start is one probe.
    index('assignments_run_start_missing_idx')
      .on(t.cadreId)
      .where(sql`${t.runStart} IS NULL`),
  ],
);

export type AssignmentRow = typeof assignments.$inferSelect;
export type NewAssignmentRow = typeof assignments.$inferInsert;
