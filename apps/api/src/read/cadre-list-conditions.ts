import { and, eq, gt, isNotNull, isNull, lte, not, or, sql, type SQL } from 'drizzle-orm';
import { addYears, yearOf, type IsoDate } from '@luanchuyen/domain';
import { cadres, successionPoolEntries } from '@luanchuyen/db';
import { unaccentedContains } from './keyset';

// The cadres list's conditions on age and the succession pool, judged on a reference day.

export type CadreAgeBand = 'UNDER_35' | 'FROM_35_TO_44' | 'FROM_45_TO_54' | 'FROM_55' | 'UNKNOWN';

/** The bands' edges in whole years: [from, to) with to null for the open top band. */
const BAND_YEARS: Record<Exclude<CadreAgeBand, 'UNKNOWN'>, [number, number | null]> = {
  UNDER_35: [0, 35],
  FROM_35_TO_44: [35, 45],
  FROM_45_TO_54: [45, 55],
  FROM_55: [55, null],
};
const EDGES = [35, 45, 55];

// Aged at least `years` on `day` exactly when born on or before `day` minus that many years
// (the birthday counts, as yearsBetween counts it; 29 February turns a year on 1 March), so a
// band is a range of birth dates and the birth-date index can serve it.
function bornBy(day: IsoDate, years: number): SQL {
  return lte(cadres.birthDate, addYears(day, -years));
}

function bornAfter(day: IsoDate, years: number): SQL {
  return gt(cadres.birthDate, addYears(day, -years));
}

/**
 * Only a birth year known: the age on `day` is `year(day) - birthYear` or one less, and the
 * cadre is in the band only when both are (the rules' isYoungerThan decides the same way).
 */
function yearOnlyIn(day: IsoDate, from: number, to: number | null): SQL {
  const oldest = sql`(${yearOf(day)} - ${cadres.birthYear})`;
  return and(
    isNull(cadres.birthDate),
    isNotNull(cadres.birthYear),
    sql`${oldest} - 1 >= ${from}`,
    to === null ? undefined : sql`${oldest} < ${to}`,
  ) as SQL;
}

/**
 * The band by the age reached in the day's year (that year minus the birth year), as
 * Cadre.ageBand reads: for a caller who may not read birth dates, whose answers must not move
 * on a birthday, or asking day by day would tell it (Decree 13/2023/NĐ-CP).
 */
function yearBandCondition(band: CadreAgeBand, day: IsoDate): SQL {
  if (band === 'UNKNOWN') return isNull(cadres.birthYear);
  const [from, to] = BAND_YEARS[band];
  const age = sql`(${yearOf(day)} - ${cadres.birthYear})`;
  return and(
    isNotNull(cadres.birthYear),
    sql`${age} >= ${from}`,
    to === null ? undefined : sql`${age} < ${to}`,
  ) as SQL;
}

export function ageBandCondition(band: CadreAgeBand, day: IsoDate, byYear = false): SQL {
  if (byYear) return yearBandCondition(band, day);
  if (band === 'UNKNOWN') {
    const edges = sql.join(
      EDGES.map((edge) => sql`${edge}`),
      sql`, `,
    );
    return and(
      isNull(cadres.birthDate),
      or(isNull(cadres.birthYear), sql`(${yearOf(day)} - ${cadres.birthYear}) IN (${edges})`),
    ) as SQL;
  }
  const [from, to] = BAND_YEARS[band];
  const byDate = and(bornBy(day, from), to === null ? undefined : bornAfter(day, to)) as SQL;
  return or(byDate, yearOnlyIn(day, from, to)) as SQL;
}

/**
 * A succession-pool entry of the outer cadre whose term covers the day's year (terms are
 * years, both included), for a title containing the words when they are given.
 */
export function poolCondition(inPool: boolean, day: IsoDate, title: string | null): SQL {
  const year = yearOf(day);
  const entry = and(
    eq(successionPoolEntries.cadreId, cadres.id),
    lte(successionPoolEntries.termStart, year),
    sql`${successionPoolEntries.termEnd} >= ${year}`,
    title ? unaccentedContains(successionPoolEntries.targetTitle, title) : undefined,
  );
  const exists = sql`EXISTS (SELECT 1 FROM ${successionPoolEntries} WHERE ${entry})`;
  return inPool ? exists : not(exists);
}
