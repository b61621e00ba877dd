CREATE INDEX "assignments_held_on_idx" ON "assignments" USING btree (coalesce("end_date", 'infinity'::date),"start_date","cadre_id","position_id","end_date");--> statement-breakpoint
-- Statistics for the indexed expression: without them the planner guesses its selectivity
-- (tens of times the real row count) until enough rows change for autovacuum to analyze.
ANALYZE "assignments";
