-- Contrib extensions the schema relies on. All three are "trusted" (PostgreSQL 13+), so a
-- database owner without superuser rights may create them; PGlite must also load them
-- (PGlite.create({ extensions })). Installed into public so later migrations can name them.
-- btree_gist: uuid equality inside the GiST exclusion constraint on rotations.
CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;--> statement-breakpoint
-- pg_trgm: trigram index for substring search on cadre names.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;--> statement-breakpoint
-- unaccent: folds Vietnamese diacritics (including Đ/đ → D/d) for accent-insensitive search.
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
