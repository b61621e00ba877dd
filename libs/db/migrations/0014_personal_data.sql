CREATE TABLE "personal_data_reads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"actor_api_key_id" uuid,
	"cadre_ids" uuid[] NOT NULL
);
--> statement-breakpoint
ALTER TABLE "api_keys" ADD COLUMN "personal_data" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "personal_data_reads" ADD CONSTRAINT "personal_data_reads_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personal_data_reads" ADD CONSTRAINT "personal_data_reads_actor_api_key_id_api_keys_id_fk" FOREIGN KEY ("actor_api_key_id") REFERENCES "public"."api_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "personal_data_reads_occurred_at_idx" ON "personal_data_reads" USING btree ("occurred_at","id");--> statement-breakpoint
CREATE INDEX "personal_data_reads_cadre_ids_idx" ON "personal_data_reads" USING gin ("cadre_ids");