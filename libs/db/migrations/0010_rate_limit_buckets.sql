CREATE TABLE "rate_limit_buckets" (
	"key" text PRIMARY KEY NOT NULL,
	"points" double precision NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"admitted" boolean NOT NULL
);
--> statement-breakpoint
CREATE INDEX "rate_limit_buckets_updated_at_idx" ON "rate_limit_buckets" USING btree ("updated_at");