import { sql, type SQL } from 'drizzle-orm';
import { addMonths, SEXES, type IsoDate, type Sex } from '@luanchuyen/domain';
import { RULE_BOOK, ruleSetInForce, type RuleBook } from '@luanchuyen/rules';

// The RETIRES_BEFORE_MINIMUM_ROTATION blocker as a cut-off on the birth date, for the candidate
// condition: who was born before it certainly retires before a rotation started on the date
// could end, so is never a subject. Why it never drops a subject: retirement.ts walks month by
// month from birth and retires the cadre in the first month whose threshold is reached; no set
// names a threshold above the highest age any set states, so by then the cadre has retired (or a
// month without a set made the date undecidable, which blocks too). The rule's retirement date
// is the end of that month and the blocker holds when it falls before asOf + minMonths: so a
// birth month index below asOf's + minMonths − highest age − 1 blocks. One more month of slack
// costs nothing and keeps the bound clear of day clamping.

/** The highest statutory age, in months, that any retirement set can reach for `sex`. */
function highestAgeMonths(book: RuleBook, sex: Sex): number {
  return Math.max(
    ...book.retirement.map((set) =>
      Math.max(set.params[sex].baseMonths, set.params[sex].maxMonths),
    ),
  );
}

/** Per sex, the earliest birth date (or 1 January of the birth year) that may be a subject. */
export function retirementCutoffs(
  asOf: IsoDate,
  book: RuleBook = RULE_BOOK,
): Record<Sex, IsoDate> | null {
  const conditions = ruleSetInForce(book.rotation, asOf);
  if (conditions === null || book.retirement.length === 0) return null;
  const { minMonths } = conditions.params;
  const cutoff = (sex: Sex) => addMonths(asOf, minMonths - highestAgeMonths(book, sex) - 2);
  return Object.fromEntries(SEXES.map((sex) => [sex, cutoff(sex)])) as Record<Sex, IsoDate>;
}

/** Born on or after the cut-off of their sex; true when no cut-off can be stated. */
export function mayServeMinimumRotation(asOf: IsoDate): SQL {
  const cutoffs = retirementCutoffs(asOf);
  if (cutoffs === null) return sql`true`;
  const bySex = SEXES.map((sex) => sql`WHEN ${sex} THEN ${cutoffs[sex]}::date`);
  return sql`coalesce(cadres.birth_date, make_date(cadres.birth_year, 1, 1))
    >= CASE cadres.sex::text ${sql.join(bySex, sql` `)} END`;
}
