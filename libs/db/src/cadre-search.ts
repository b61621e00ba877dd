import { sql, type SQL } from 'drizzle-orm';
import { cadres } from './schema';

// Searches cadre names ignoring case and Vietnamese diacritics ("vu son ha" finds "Vũ Sơn Hà",
// "dinh" finds "Đinh …"). The left side is exactly the expression of the trigram index
// cadres_full_name_search_idx (migration 0002), so PostgreSQL can answer from the index.

/** A WHERE condition on `cadres`, or undefined for a blank term (drizzle's and() skips it). */
export function cadreNameMatches(term: string): SQL | undefined {
  const phrase = term.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (phrase === '') return undefined;
  const pattern = phrase.replace(/[\\%_]/g, (c) => `\\${c}`);
  return sql`public.lcb_unaccent(${cadres.fullName}) LIKE '%' || public.lcb_unaccent(${pattern}) || '%'`;
}
