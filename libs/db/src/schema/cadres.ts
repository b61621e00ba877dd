import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { areas } from './areas';
import { createdAt, id, isoDate, version } from './columns';
import { cadreStatusEnum, sexEnum } from './enums';

// People in the registry. Unknown facts stay NULL (rules then say "cannot decide"), so sex,
// birth date and home area are optional. The accent-insensitive trigram index on full_name
// lives in a custom migration (see cadre-search.ts).
export const cadres = pgTable(
  'cadres',
  {
    id: id(),
    /**
     * Mã cán bộ: the Board's own cadre number, unique when set; the natural key an import
     * matches people by. Never a citizen id (personal data the registry does not hold).
     */
    code: text('code'),
    /** Stored in Unicode NFC so equal names compare equal whatever the keyboard produced. */
    fullName: text('full_name').notNull(),
    /** nameSortKey(fullName) from @luanchuyen/domain, compared COLLATE "C": the list order. */
    nameSortKey: text('name_sort_key').notNull(),
    sex: sexEnum('sex'),
    birthDate: isoDate('birth_date'),
    /** Set when only the year is known; when both are set they agree. */
    birthYear: integer('birth_year'),
    /** Quê quán: used to tell local natives. */
    homeAreaId: uuid('home_area_id').references(() => areas.id),
    status: cadreStatusEnum('status').notNull().default('ACTIVE'),
    /** Generated people of the demo dataset, as opposed to people the sources name. */
    isSample: boolean('is_sample').notNull().default(false),
    notes: text('notes'),
    createdAt: createdAt(),
    version: version(),
  },
  (t) => [
    unique('cadres_code_key').on(t.code),
    check('cadres_code_present', sql`btrim(${t.code}) <> ''`),
    check('cadres_code_nfc', sql`${t.code} IS NFC NORMALIZED`),
    check('cadres_code_length', sql`char_length(${t.code}) <= 40`),
    check('cadres_full_name_present', sql`btrim(${t.fullName}) <> ''`),
    check('cadres_full_name_nfc', sql`${t.fullName} IS NFC NORMALIZED`),
    check('cadres_birth_year_sane', sql`${t.birthYear} BETWEEN 1900 AND 2100`),
    check('cadres_birth_date_sane', sql`${t.birthDate} BETWEEN '1900-01-01' AND '2100-12-31'`),
    check(
      'cadres_birth_year_matches_date',
      sql`${t.birthDate} IS NULL OR ${t.birthYear} IS NULL OR ${t.birthYear} = extract(year FROM ${t.birthDate})`,
    ),
    index('cadres_home_area_id_idx').on(t.homeAreaId),
    // Lists of cadres are ordered by name with the id as tie-breaker (keyset pagination).
    index('cadres_full_name_id_idx').on(t.fullName, t.id),
    index('cadres_name_sort_key_id_idx').on(t.nameSortKey, t.id),
  ],
);

// Quy hoạch: a cadre planned for a higher title over a term (years, e.g. 2020–2025).
export const successionPoolEntries = pgTable(
  'succession_pool_entries',
  {
    id: id(),
    cadreId: uuid('cadre_id')
      .notNull()
      .references(() => cadres.id, { onDelete: 'cascade' }),
    targetTitle: text('target_title').notNull(),
    termStart: integer('term_start').notNull(),
    termEnd: integer('term_end').notNull(),
    createdAt: createdAt(),
    version: version(),
  },
  (t) => [
    check('succession_pool_entries_target_title_present', sql`btrim(${t.targetTitle}) <> ''`),
    check('succession_pool_entries_term_sane', sql`${t.termStart} BETWEEN 1900 AND 2100`),
    check('succession_pool_entries_term_order', sql`${t.termEnd} >= ${t.termStart}`),
    unique('succession_pool_entries_cadre_title_term_key').on(
      t.cadreId,
      t.targetTitle,
      t.termStart,
    ),
  ],
);

export type CadreRow = typeof cadres.$inferSelect;
export type NewCadreRow = typeof cadres.$inferInsert;
export type SuccessionPoolEntryRow = typeof successionPoolEntries.$inferSelect;
export type NewSuccessionPoolEntryRow = typeof successionPoolEntries.$inferInsert;
