CREATE TABLE "cadre_bodies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cadre_id" uuid NOT NULL,
	"body_unit_id" uuid NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cadre_bodies_cadre_from_key" UNIQUE("cadre_id","valid_from"),
	CONSTRAINT "cadre_bodies_valid_range" CHECK ("cadre_bodies"."valid_to" IS NULL OR "cadre_bodies"."valid_to" > "cadre_bodies"."valid_from")
);
--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "issuer_unit_id" uuid;--> statement-breakpoint
ALTER TABLE "api_keys" ADD COLUMN "body_unit_id" uuid;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "body_unit_id" uuid;--> statement-breakpoint
ALTER TABLE "cadre_bodies" ADD CONSTRAINT "cadre_bodies_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadre_bodies" ADD CONSTRAINT "cadre_bodies_body_unit_id_units_id_fk" FOREIGN KEY ("body_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cadre_bodies_body_unit_id_idx" ON "cadre_bodies" USING btree ("body_unit_id");--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_body_unit_id_units_id_fk" FOREIGN KEY ("body_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_body_unit_id_units_id_fk" FOREIGN KEY ("body_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Written by hand (drizzle cannot express either): the documents' issuing unit, whose schema
-- file cannot import units (units cite documents), and no two periods of one cadre's
-- management overlapping, as rotations_no_overlap_per_cadre does for rotations.
ALTER TABLE "documents" ADD CONSTRAINT "documents_issuer_unit_id_units_id_fk" FOREIGN KEY ("issuer_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadre_bodies" ADD CONSTRAINT "cadre_bodies_no_overlap" EXCLUDE USING gist ("cadre_id" WITH =, daterange("valid_from", "valid_to", '[)') WITH &&);
