import { and, asc, desc, eq, gt, lt, or, sql, type SQL } from 'drizzle-orm';
import { yearOf, type IsoDate } from '@luanchuyen/domain';
import { AGE_BAND_YEARS } from '@luanchuyen/rules';
import { cadres, type CadreRow } from '@luanchuyen/db';
import type { CursorValue } from './page';
import { reversed, type SortDirection } from './keyset';

// The orders of the cadres list. Unlike the other lists, not every key runs the same way (a
// birth-date order keeps unknown dates last and people born the same day by name in both
// directions), so the page after a cursor is the expanded keyset condition
// `k1 ≷ v1 OR (k1 = v1 AND (k2 ≷ v2 OR …))`, each key compared its own way.

export type CadreOrderField = 'NAME' | 'BIRTH_DATE';
export type CadreOrder = {
  field: CadreOrderField;
  direction: SortDirection;
  /**
   * Set for a caller who may not read birth dates: BIRTH_DATE then sorts by the age band the
   * list shows them (Cadre.ageBand on this day), by name within a band, so neither the order
   * nor its cursors tell who of two cadres is older than the band says (Decree 13/2023/NĐ-CP).
   */
  bandsOn?: IsoDate | null;
};

// Stands in for an unknown birth date inside the key: every such row is in the "unknown" group
// (its rank decides), so the value only has to be one valid date shared by all of them.
const NO_BIRTH_DATE = '0001-01-01';

type SortKey = {
  expression: SQL;
  direction: SortDirection;
  valueOf: (row: CadreRow) => CursorValue;
  /** A cursor value compared with an expression (not a column) needs its type said. */
  castToDate?: boolean;
};

const nameKey = (direction: SortDirection): SortKey => ({
  expression: sql`${cadres.nameSortKey}`,
  direction,
  valueOf: (row) => row.nameSortKey,
});

const idKey = (direction: SortDirection): SortKey => ({
  expression: sql`${cadres.id}`,
  direction,
  valueOf: (row) => row.id,
});

/** The low end of the age band in the day's year (rules' ageBandOf), 0 when none is known. */
function bandKeys(day: IsoDate, direction: SortDirection): SortKey[] {
  const year = yearOf(day);
  const unknown = sql`(${cadres.birthYear} IS NULL OR ${cadres.birthYear} > ${year})`;
  const known = (birthYear: number | null): birthYear is number =>
    birthYear !== null && birthYear <= year;
  return [
    {
      // Unknown last whichever the direction, as in the birth-date order.
      expression: sql`(CASE WHEN ${unknown} THEN 1 ELSE 0 END)`,
      direction: 'ASC',
      valueOf: (row) => (known(row.birthYear) ? 0 : 1),
    },
    {
      // The oldest band first for ASC, as the birth-date order puts the oldest first.
      expression: sql`(CASE WHEN ${unknown} THEN 0 ELSE (${year} - ${cadres.birthYear}) / ${AGE_BAND_YEARS} * ${AGE_BAND_YEARS} END)`,
      direction: reversed(direction),
      valueOf: (row) =>
        known(row.birthYear)
          ? Math.floor((year - row.birthYear) / AGE_BAND_YEARS) * AGE_BAND_YEARS
          : 0,
    },
    nameKey('ASC'),
    idKey('ASC'),
  ];
}

/** The keys of an order, most significant first; the id last, so every row has its place. */
export function cadreSortKeys(order: CadreOrder): SortKey[] {
  if (order.field === 'NAME') return [nameKey(order.direction), idKey(order.direction)];
  if (order.bandsOn) return bandKeys(order.bandsOn, order.direction);
  return [
    {
      // 0 for a known birth date, 1 for an unknown one: unknown last whichever the direction.
      expression: sql`(CASE WHEN ${cadres.birthDate} IS NULL THEN 1 ELSE 0 END)`,
      direction: 'ASC',
      valueOf: (row) => (row.birthDate === null ? 1 : 0),
    },
    {
      expression: sql`coalesce(${cadres.birthDate}, ${NO_BIRTH_DATE}::date)`,
      direction: order.direction,
      valueOf: (row) => row.birthDate ?? NO_BIRTH_DATE,
      castToDate: true,
    },
    nameKey('ASC'),
    idKey('ASC'),
  ];
}

/**
 * The keys a page is read by: the order's own, or for a backward page every key reversed (the
 * unknown-birth-date rank too, so the page nearest the end of the list starts with them).
 */
export function cadrePageKeys(keys: readonly SortKey[], backward: boolean): SortKey[] {
  return backward ? keys.map((key) => ({ ...key, direction: reversed(key.direction) })) : [...keys];
}

/** What each cursor value is (graphql/pagination checks a cursor against it before SQL). */
export function cadreCursorShape(order: CadreOrder): ('text' | 'date' | 'uuid' | 'int')[] {
  if (order.field === 'NAME') return ['text', 'uuid'];
  return order.bandsOn ? ['int', 'int', 'text', 'uuid'] : ['int', 'date', 'text', 'uuid'];
}

function typed(key: SortKey, value: CursorValue): SQL {
  return key.castToDate ? sql`${value}::date` : sql`${value}`;
}

/**
 * Rows after the cursor's values in the order the keys give. Keys that all run one way (the
 * name order) are one row comparison, which the (name_sort_key, id) index answers directly.
 */
export function afterCadreCursor(keys: readonly SortKey[], values: readonly CursorValue[]): SQL {
  const direction = keys[0]?.direction;
  if (keys.length === values.length && keys.every((key) => key.direction === direction)) {
    const columns = sql.join(
      keys.map((key) => key.expression),
      sql`, `,
    );
    const given = sql.join(
      keys.map((key, index) => typed(key, values[index] ?? '')),
      sql`, `,
    );
    return direction === 'ASC' ? sql`(${columns}) > (${given})` : sql`(${columns}) < (${given})`;
  }
  return afterEachKey(keys, values);
}

function afterEachKey(keys: readonly SortKey[], values: readonly CursorValue[]): SQL {
  const [key, ...rest] = keys;
  const [value, ...restValues] = values;
  if (!key || value === undefined) return sql`false`;
  const beyond =
    key.direction === 'ASC'
      ? gt(key.expression, typed(key, value))
      : lt(key.expression, typed(key, value));
  if (rest.length === 0) return beyond;
  return or(
    beyond,
    and(eq(key.expression, typed(key, value)), afterEachKey(rest, restValues)),
  ) as SQL;
}

export function cadreOrderBy(keys: readonly SortKey[]): SQL[] {
  return keys.map((key) => (key.direction === 'ASC' ? asc(key.expression) : desc(key.expression)));
}

export function cadreCursorValues(keys: readonly SortKey[], row: CadreRow): CursorValue[] {
  return keys.map((key) => key.valueOf(row));
}
