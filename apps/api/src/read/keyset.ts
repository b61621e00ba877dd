import { and, asc, desc, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { CursorValue, PageRequest } from './page';

// Keyset pagination in SQL: the page after a cursor is `(k1, …, id) > (v1, …, vid)` in the
// sort order, so reading page 1000 costs what page 1 does. Every key column sorts the same
// way, so one row comparison expresses it and an index on the key columns serves it.

export type SortDirection = 'ASC' | 'DESC';

export type Keyset = { columns: readonly AnyColumn[]; direction: SortDirection };

/** The WHERE part for rows after the cursor, or undefined on the first page. */
export function afterCursor(keyset: Keyset, after: CursorValue[] | null): SQL | undefined {
  if (after === null) return undefined;
  const columns = sql.join(
    keyset.columns.map((column) => sql`${column}`),
    sql`, `,
  );
  const values = sql.join(
    after.map((value) => sql`${value}`),
    sql`, `,
  );
  return keyset.direction === 'ASC'
    ? sql`(${columns}) > (${values})`
    : sql`(${columns}) < (${values})`;
}

export function orderOf(keyset: Keyset): SQL[] {
  return keyset.columns.map((column) => (keyset.direction === 'ASC' ? asc(column) : desc(column)));
}

/** The filter and the cursor condition together (drizzle's and() skips undefined parts). */
export function pageWhere(keyset: Keyset, request: PageRequest, where: SQL | undefined) {
  return and(where, afterCursor(keyset, request.after));
}

/** Text that contains `term`, ignoring case and Vietnamese diacritics (as cadre search does). */
export function unaccentedContains(column: AnyColumn, term: string): SQL | undefined {
  const phrase = term.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (phrase === '') return undefined;
  const pattern = phrase.replace(/[\\%_]/g, (c) => `\\${c}`);
  return sql`public.lcb_unaccent(${column}) LIKE '%' || public.lcb_unaccent(${pattern}) || '%'`;
}
