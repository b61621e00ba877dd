ALTER TABLE "cadres" ADD COLUMN "code" text;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "actor_program" text;--> statement-breakpoint
ALTER TABLE "cadres" ADD CONSTRAINT "cadres_code_key" UNIQUE("code");--> statement-breakpoint
ALTER TABLE "cadres" ADD CONSTRAINT "cadres_code_present" CHECK (btrim("cadres"."code") <> '');--> statement-breakpoint
ALTER TABLE "cadres" ADD CONSTRAINT "cadres_code_nfc" CHECK ("cadres"."code" IS NFC NORMALIZED);--> statement-breakpoint
ALTER TABLE "cadres" ADD CONSTRAINT "cadres_code_length" CHECK (char_length("cadres"."code") <= 40);