-- Accent- and case-insensitive search on cadre names: "vu son ha" finds "Vũ Sơn Hà".
-- unaccent() is only STABLE (its dictionary is looked up through search_path), so it cannot
-- back an index. Naming the schema and the dictionary pins its behaviour, which makes this
-- wrapper safe to declare IMMUTABLE. lower() comes after unaccent() so it only sees ASCII
-- letters and does not depend on the database's locale.
-- Queries must use the same expression to hit the index: see cadreNameMatches() in libs/db.
CREATE FUNCTION public.lcb_unaccent(text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;--> statement-breakpoint
CREATE INDEX cadres_full_name_search_idx ON public.cadres
USING gin (public.lcb_unaccent(full_name) public.gin_trgm_ops);
