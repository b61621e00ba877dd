ALTER TABLE "rotation_plans" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "rotations" ADD COLUMN "published_at" timestamp with time zone;