-- The Vietnamese list order of cadres: nameSortKey(full_name), computed in code (the embedded
-- engine has no ICU) and compared byte by byte. Existing rows get '' here and their key when the
-- database is next opened (backfillNameSortKeys); writers must give it, so no default stays.
ALTER TABLE "cadres" ADD COLUMN "name_sort_key" text COLLATE "C" NOT NULL DEFAULT '';--> statement-breakpoint
ALTER TABLE "cadres" ALTER COLUMN "name_sort_key" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "rotations" ADD COLUMN "reason" text;--> statement-breakpoint
CREATE INDEX "cadres_name_sort_key_id_idx" ON "cadres" USING btree ("name_sort_key","id");
