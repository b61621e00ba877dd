CREATE TYPE "public"."area_kind" AS ENUM('PROVINCE', 'CITY', 'DISTRICT', 'WARD', 'COMMUNE', 'TOWN');--> statement-breakpoint
CREATE TYPE "public"."assignment_kind" AS ENUM('APPOINTED', 'ELECTED', 'ROTATED', 'TRANSFERRED', 'SECONDED', 'CONCURRENT');--> statement-breakpoint
CREATE TYPE "public"."bloc" AS ENUM('PARTY', 'GOVERNMENT', 'FRONT');--> statement-breakpoint
CREATE TYPE "public"."cadre_status" AS ENUM('ACTIVE', 'RETIRED', 'LEFT');--> statement-breakpoint
CREATE TYPE "public"."document_kind" AS ENUM('PLAN', 'DECISION', 'RESOLUTION', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."eligibility_reason" AS ENUM('LONG_TENURE', 'LOCAL_KEY_CADRE', 'YOUNG_IN_SUCCESSION_POOL');--> statement-breakpoint
CREATE TYPE "public"."lineage_kind" AS ENUM('MERGED_INTO', 'SPLIT_FROM', 'RENAMED');--> statement-breakpoint
CREATE TYPE "public"."rank_change" AS ENUM('LATERAL', 'PROMOTION', 'LOWER');--> statement-breakpoint
CREATE TYPE "public"."rating" AS ENUM('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('ADMIN', 'ORGANIZER', 'VIEWER');--> statement-breakpoint
CREATE TYPE "public"."rotation_category" AS ENUM('DOWN_TO_GRASSROOTS', 'BETWEEN_GRASSROOTS', 'PARTY_GOVERNMENT', 'BETWEEN_GOVERNMENT_AGENCIES', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."rotation_direction" AS ENUM('DOWN', 'UP', 'LATERAL');--> statement-breakpoint
CREATE TYPE "public"."rotation_outcome" AS ENUM('RETURNED_TO_ORIGIN', 'REASSIGNED', 'KEPT_AT_DESTINATION', 'PROMOTED', 'ENDED_EARLY', 'RETIRED');--> statement-breakpoint
CREATE TYPE "public"."rotation_status" AS ENUM('PROPOSED', 'APPROVED', 'ACTIVE', 'COMPLETED', 'CANCELLED');--> statement-breakpoint
CREATE TYPE "public"."sex" AS ENUM('MALE', 'FEMALE');--> statement-breakpoint
CREATE TYPE "public"."unit_level" AS ENUM('PROVINCE', 'DISTRICT', 'COMMUNE');--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"kind" "document_kind" NOT NULL,
	"issued_on" date NOT NULL,
	"issuer" text NOT NULL,
	"title" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "documents_number_key" UNIQUE("number"),
	CONSTRAINT "documents_number_trimmed" CHECK ("documents"."number" <> '' AND "documents"."number" = btrim("documents"."number")),
	CONSTRAINT "documents_issuer_present" CHECK (btrim("documents"."issuer") <> ''),
	CONSTRAINT "documents_title_present" CHECK (btrim("documents"."title") <> '')
);
--> statement-breakpoint
CREATE TABLE "area_lineage" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "lineage_kind" NOT NULL,
	"from_area_id" uuid NOT NULL,
	"to_area_id" uuid NOT NULL,
	"date" date NOT NULL,
	"document_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "area_lineage_link_key" UNIQUE("from_area_id","to_area_id","kind"),
	CONSTRAINT "area_lineage_distinct_ends" CHECK ("area_lineage"."from_area_id" <> "area_lineage"."to_area_id")
);
--> statement-breakpoint
CREATE TABLE "areas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" "area_kind" NOT NULL,
	"parent_id" uuid,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "areas_name_present" CHECK (btrim("areas"."name") <> ''),
	CONSTRAINT "areas_valid_range" CHECK ("areas"."valid_to" IS NULL OR "areas"."valid_to" > "areas"."valid_from"),
	CONSTRAINT "areas_not_own_parent" CHECK ("areas"."parent_id" <> "areas"."id")
);
--> statement-breakpoint
CREATE TABLE "positions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"title" text NOT NULL,
	"is_key" boolean DEFAULT false NOT NULL,
	"rank" integer NOT NULL,
	"seats" integer DEFAULT 1 NOT NULL,
	"requires_non_local" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "positions_title_present" CHECK (btrim("positions"."title") <> ''),
	CONSTRAINT "positions_seats_positive" CHECK ("positions"."seats" >= 1)
);
--> statement-breakpoint
CREATE TABLE "unit_lineage" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "lineage_kind" NOT NULL,
	"from_unit_id" uuid NOT NULL,
	"to_unit_id" uuid NOT NULL,
	"date" date NOT NULL,
	"document_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unit_lineage_link_key" UNIQUE("from_unit_id","to_unit_id","kind"),
	CONSTRAINT "unit_lineage_distinct_ends" CHECK ("unit_lineage"."from_unit_id" <> "unit_lineage"."to_unit_id")
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"bloc" "bloc" NOT NULL,
	"level" "unit_level" NOT NULL,
	"area_id" uuid NOT NULL,
	"parent_id" uuid,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "units_name_present" CHECK (btrim("units"."name") <> ''),
	CONSTRAINT "units_valid_range" CHECK ("units"."valid_to" IS NULL OR "units"."valid_to" > "units"."valid_from"),
	CONSTRAINT "units_not_own_parent" CHECK ("units"."parent_id" <> "units"."id")
);
--> statement-breakpoint
CREATE TABLE "cadres" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"full_name" text NOT NULL,
	"sex" "sex",
	"birth_date" date,
	"birth_year" integer,
	"home_area_id" uuid,
	"status" "cadre_status" DEFAULT 'ACTIVE' NOT NULL,
	"is_sample" boolean DEFAULT false NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "cadres_full_name_present" CHECK (btrim("cadres"."full_name") <> ''),
	CONSTRAINT "cadres_full_name_nfc" CHECK ("cadres"."full_name" IS NFC NORMALIZED),
	CONSTRAINT "cadres_birth_year_sane" CHECK ("cadres"."birth_year" BETWEEN 1900 AND 2100),
	CONSTRAINT "cadres_birth_date_sane" CHECK ("cadres"."birth_date" BETWEEN '1900-01-01' AND '2100-12-31'),
	CONSTRAINT "cadres_birth_year_matches_date" CHECK ("cadres"."birth_date" IS NULL OR "cadres"."birth_year" IS NULL OR "cadres"."birth_year" = extract(year FROM "cadres"."birth_date"))
);
--> statement-breakpoint
CREATE TABLE "succession_pool_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cadre_id" uuid NOT NULL,
	"target_title" text NOT NULL,
	"term_start" integer NOT NULL,
	"term_end" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "succession_pool_entries_cadre_title_term_key" UNIQUE("cadre_id","target_title","term_start"),
	CONSTRAINT "succession_pool_entries_target_title_present" CHECK (btrim("succession_pool_entries"."target_title") <> ''),
	CONSTRAINT "succession_pool_entries_term_sane" CHECK ("succession_pool_entries"."term_start" BETWEEN 1900 AND 2100),
	CONSTRAINT "succession_pool_entries_term_order" CHECK ("succession_pool_entries"."term_end" >= "succession_pool_entries"."term_start")
);
--> statement-breakpoint
CREATE TABLE "rotation_plan_subjects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"criterion" "eligibility_reason" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rotation_plan_subjects_plan_cadre_key" UNIQUE("plan_id","cadre_id")
);
--> statement-breakpoint
CREATE TABLE "rotation_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"issuing_unit_id" uuid,
	"issued_on" date NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"target_count" integer DEFAULT 0 NOT NULL,
	"criteria" jsonb NOT NULL,
	"document_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "rotation_plans_code_key" UNIQUE("code"),
	CONSTRAINT "rotation_plans_code_present" CHECK (btrim("rotation_plans"."code") <> ''),
	CONSTRAINT "rotation_plans_title_present" CHECK (btrim("rotation_plans"."title") <> ''),
	CONSTRAINT "rotation_plans_period_order" CHECK ("rotation_plans"."period_end" > "rotation_plans"."period_start"),
	CONSTRAINT "rotation_plans_target_count_non_negative" CHECK ("rotation_plans"."target_count" >= 0),
	CONSTRAINT "rotation_plans_criteria_object" CHECK (jsonb_typeof("rotation_plans"."criteria") = 'object')
);
--> statement-breakpoint
CREATE TABLE "rotations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cadre_id" uuid NOT NULL,
	"plan_id" uuid,
	"from_position_id" uuid NOT NULL,
	"to_position_id" uuid NOT NULL,
	"decision_id" uuid,
	"start_date" date NOT NULL,
	"planned_end_date" date NOT NULL,
	"end_date" date,
	"status" "rotation_status" DEFAULT 'PROPOSED' NOT NULL,
	"outcome" "rotation_outcome",
	"category" "rotation_category" NOT NULL,
	"direction" "rotation_direction" NOT NULL,
	"rank_change" "rank_change" NOT NULL,
	"warnings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"override_decision_id" uuid,
	"cancel_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "rotations_distinct_positions" CHECK ("rotations"."from_position_id" <> "rotations"."to_position_id"),
	CONSTRAINT "rotations_planned_end_after_start" CHECK ("rotations"."planned_end_date" > "rotations"."start_date"),
	CONSTRAINT "rotations_end_after_start" CHECK ("rotations"."end_date" IS NULL OR "rotations"."end_date" > "rotations"."start_date"),
	CONSTRAINT "rotations_outcome_only_when_completed" CHECK ("rotations"."outcome" IS NULL OR "rotations"."status" = 'COMPLETED'),
	CONSTRAINT "rotations_completed_has_end_and_outcome" CHECK ("rotations"."status" <> 'COMPLETED' OR ("rotations"."end_date" IS NOT NULL AND "rotations"."outcome" IS NOT NULL)),
	CONSTRAINT "rotations_warnings_array" CHECK (jsonb_typeof("rotations"."warnings") = 'array')
);
--> statement-breakpoint
CREATE TABLE "assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cadre_id" uuid NOT NULL,
	"position_id" uuid NOT NULL,
	"kind" "assignment_kind" NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"decision_id" uuid,
	"rotation_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "assignments_end_not_before_start" CHECK ("assignments"."end_date" IS NULL OR "assignments"."end_date" >= "assignments"."start_date")
);
--> statement-breakpoint
CREATE TABLE "evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cadre_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"score" numeric(5, 2),
	"rating" "rating" NOT NULL,
	"disciplined" boolean DEFAULT false NOT NULL,
	"evaluator" text,
	"notes" text,
	"rotation_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "evaluations_cadre_year_key" UNIQUE("cadre_id","year"),
	CONSTRAINT "evaluations_year_sane" CHECK ("evaluations"."year" BETWEEN 1900 AND 2100),
	CONSTRAINT "evaluations_score_range" CHECK ("evaluations"."score" BETWEEN 0 AND 100)
);
--> statement-breakpoint
CREATE TABLE "api_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"role" "role" NOT NULL,
	"secret_hash" text NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_keys_secret_hash_key" UNIQUE("secret_hash")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" "role" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"disabled_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "users_username_key" UNIQUE("username"),
	CONSTRAINT "users_username_present" CHECK (btrim("users"."username") <> '')
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"actor_api_key_id" uuid,
	"action" text NOT NULL,
	"record_type" text NOT NULL,
	"record_id" text,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
ALTER TABLE "area_lineage" ADD CONSTRAINT "area_lineage_from_area_id_areas_id_fk" FOREIGN KEY ("from_area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "area_lineage" ADD CONSTRAINT "area_lineage_to_area_id_areas_id_fk" FOREIGN KEY ("to_area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "area_lineage" ADD CONSTRAINT "area_lineage_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "areas" ADD CONSTRAINT "areas_parent_id_areas_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_lineage" ADD CONSTRAINT "unit_lineage_from_unit_id_units_id_fk" FOREIGN KEY ("from_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_lineage" ADD CONSTRAINT "unit_lineage_to_unit_id_units_id_fk" FOREIGN KEY ("to_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_lineage" ADD CONSTRAINT "unit_lineage_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_parent_id_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadres" ADD CONSTRAINT "cadres_home_area_id_areas_id_fk" FOREIGN KEY ("home_area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "succession_pool_entries" ADD CONSTRAINT "succession_pool_entries_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rotation_plan_subjects" ADD CONSTRAINT "rotation_plan_subjects_plan_id_rotation_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."rotation_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rotation_plan_subjects" ADD CONSTRAINT "rotation_plan_subjects_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rotation_plans" ADD CONSTRAINT "rotation_plans_issuing_unit_id_units_id_fk" FOREIGN KEY ("issuing_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rotation_plans" ADD CONSTRAINT "rotation_plans_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rotations" ADD CONSTRAINT "rotations_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rotations" ADD CONSTRAINT "rotations_plan_id_rotation_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."rotation_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rotations" ADD CONSTRAINT "rotations_from_position_id_positions_id_fk" FOREIGN KEY ("from_position_id") REFERENCES "public"."positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rotations" ADD CONSTRAINT "rotations_to_position_id_positions_id_fk" FOREIGN KEY ("to_position_id") REFERENCES "public"."positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rotations" ADD CONSTRAINT "rotations_decision_id_documents_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rotations" ADD CONSTRAINT "rotations_override_decision_id_documents_id_fk" FOREIGN KEY ("override_decision_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_decision_id_documents_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_rotation_id_rotations_id_fk" FOREIGN KEY ("rotation_id") REFERENCES "public"."rotations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_rotation_id_rotations_id_fk" FOREIGN KEY ("rotation_id") REFERENCES "public"."rotations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_api_key_id_api_keys_id_fk" FOREIGN KEY ("actor_api_key_id") REFERENCES "public"."api_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "documents_issued_on_idx" ON "documents" USING btree ("issued_on");--> statement-breakpoint
CREATE INDEX "area_lineage_to_area_id_idx" ON "area_lineage" USING btree ("to_area_id");--> statement-breakpoint
CREATE INDEX "areas_parent_id_idx" ON "areas" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "positions_unit_id_idx" ON "positions" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "unit_lineage_to_unit_id_idx" ON "unit_lineage" USING btree ("to_unit_id");--> statement-breakpoint
CREATE INDEX "units_area_id_idx" ON "units" USING btree ("area_id");--> statement-breakpoint
CREATE INDEX "units_parent_id_idx" ON "units" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "cadres_home_area_id_idx" ON "cadres" USING btree ("home_area_id");--> statement-breakpoint
CREATE INDEX "rotation_plan_subjects_cadre_id_idx" ON "rotation_plan_subjects" USING btree ("cadre_id");--> statement-breakpoint
CREATE INDEX "rotation_plans_issuing_unit_id_idx" ON "rotation_plans" USING btree ("issuing_unit_id");--> statement-breakpoint
CREATE INDEX "rotation_plans_period_idx" ON "rotation_plans" USING btree ("period_start","period_end");--> statement-breakpoint
CREATE INDEX "rotations_cadre_id_start_date_idx" ON "rotations" USING btree ("cadre_id","start_date");--> statement-breakpoint
CREATE INDEX "rotations_plan_id_idx" ON "rotations" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "rotations_from_position_id_idx" ON "rotations" USING btree ("from_position_id");--> statement-breakpoint
CREATE INDEX "rotations_to_position_id_idx" ON "rotations" USING btree ("to_position_id");--> statement-breakpoint
CREATE INDEX "rotations_start_date_idx" ON "rotations" USING btree ("start_date");--> statement-breakpoint
CREATE INDEX "assignments_cadre_id_start_date_idx" ON "assignments" USING btree ("cadre_id","start_date");--> statement-breakpoint
CREATE INDEX "assignments_position_id_start_date_idx" ON "assignments" USING btree ("position_id","start_date");--> statement-breakpoint
CREATE INDEX "assignments_rotation_id_idx" ON "assignments" USING btree ("rotation_id");--> statement-breakpoint
CREATE INDEX "evaluations_rotation_id_idx" ON "evaluations" USING btree ("rotation_id");--> statement-breakpoint
CREATE INDEX "sessions_user_id_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_at_idx" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "audit_events_record_idx" ON "audit_events" USING btree ("record_type","record_id");--> statement-breakpoint
CREATE INDEX "audit_events_actor_user_id_idx" ON "audit_events" USING btree ("actor_user_id");--> statement-breakpoint
CREATE INDEX "audit_events_occurred_at_idx" ON "audit_events" USING btree ("occurred_at");