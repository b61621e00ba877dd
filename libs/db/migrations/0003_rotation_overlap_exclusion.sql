-- One cadre cannot be on two rotations at once. drizzle cannot express EXCLUDE, hence this
-- custom migration. The period is [start, actual end or planned end): a rotation may start on
-- the day the previous one ends. Cancelled rotations do not count. Violations raise SQLSTATE
-- 23P01 (exclusion_violation) on PostgreSQL and PGlite alike.
ALTER TABLE public.rotations ADD CONSTRAINT rotations_no_overlap_per_cadre
EXCLUDE USING gist (
  cadre_id WITH =,
  daterange(start_date, coalesce(end_date, planned_end_date), '[)') WITH &&
) WHERE (status <> 'CANCELLED');
