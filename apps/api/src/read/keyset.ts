import { and, asc, desc, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { CursorValue, PageRequest } from './page';

// Keyset pagination in SQL: the page after a cursor is `(k1, …, id) > (v1, …, vid)` in the
// sort order, so reading page 1000 costs what page 1 does. Every key column sorts the same
// way, so one row comparison expresses it and an index on the key columns serves it. A page
// before a cursor is the same query in the reverse order (`<`, DESC for ASC), which the same
// index serves read backwards; the GraphQL layer reverses its rows back.

export type SortDirection = 'ASC' | 'DESC';

export type Keyset = { columns: readonly AnyColumn[]; direction: SortDirection };

export function reversed(direction: SortDirection): SortDirection {
  return direction === 'ASC' ? 'DESC' : 'ASC';
}

/** The order a page's rows are read in: the list's own, or its reverse for a backward page. */
export function travelDirection(direction: SortDirection, request: PageRequest): SortDirection {
  return request.backward ? reversed(direction) : direction;
}

/** The keyset a page is read by: the list's, reversed for a backward page. */
export function pageKeyset(keyset: Keyset, request: PageRequest): Keyset {
  return { columns: keyset.columns, direction: travelDirection(keyset.direction, request) };
}

/** The WHERE part for rows beyond the cursor in the keyset's order, or undefined without one. */
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

/** The filter and the cursor condition together, in the page's direction. */
export function pageWhere(keyset: Keyset, request: PageRequest, where: SQL | undefined) {
  // drizzle's and() skips undefined parts.
  return and(where, afterCursor(pageKeyset(keyset, request), request.cursor));
}

/** The ORDER BY of a page: the rows nearest the cursor first, whichever the direction. */
export function pageOrder(keyset: Keyset, request: PageRequest): SQL[] {
  return orderOf(pageKeyset(keyset, request));
}

// The most words of a search that become conditions: each is a LIKE over the searched texts.
const MAX_SEARCH_WORDS = 8;

function likePattern(word: string): string {
  return word.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Texts in which every word of `term` appears, in any order and in any of `texts`, ignoring case
 * and Vietnamese diacritics: "bi thu xa" finds "Bí thư Đảng ủy xã". Undefined for a blank term.
 */
export function unaccentedWordsIn(
  texts: readonly (AnyColumn | SQL)[],
  term: string,
): SQL | undefined {
  const words = term.normalize('NFC').trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return undefined;
  return and(
    ...words
      .slice(0, MAX_SEARCH_WORDS)
      .map((word) =>
        or(
          ...texts.map(
            (text) =>
              sql`public.lcb_unaccent(${text}) LIKE '%' || public.lcb_unaccent(${likePattern(word)}) || '%'`,
          ),
        ),
      ),
  );
}

/** Text that contains each word of `term`, in any order, ignoring case and diacritics. */
export function unaccentedContains(column: AnyColumn, term: string): SQL | undefined {
  return unaccentedWordsIn([column], term);
}
