ALTER TABLE "assignments" ADD COLUMN "run_start" date;--> statement-breakpoint
CREATE INDEX "assignments_run_start_idx" ON "assignments" USING btree (coalesce("end_date", 'infinity'::date),"run_start","start_date","cadre_id");--> statement-breakpoint
CREATE INDEX "assignments_run_start_missing_idx" ON "assignments" USING btree ("cadre_id") WHERE "assignments"."run_start" IS NULL;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_run_start_not_after_start" CHECK ("assignments"."run_start" IS NULL OR "assignments"."run_start" <= "assignments"."start_date");