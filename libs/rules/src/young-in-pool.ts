import { yearOf, yearsBetween, type Cadre, type IsoDate } from '@luanchuyen/domain';
import type { CriteriaSet } from './eligibility-criteria';
import type { CadreFacts } from './facts';
import type { Grounded, ReasonGrounds } from './reason-grounds';
import { explain, type Verdict, type YesNo } from './rule-result';

// Plan 67-KH/TU, "cán bộ trẻ trong quy hoạch" (PRODUCT.md rule 1): in a succession-pool entry
// whose term covers the date's year, and younger than the plan's age limit on the date.

/** Younger than `limit` on `date`. With a birth year only, decided when both possible ages agree. */
export function isYoungerThan(cadre: Cadre, limit: number, date: IsoDate): Verdict {
  if (cadre.birthDate !== null)
    return { decision: yearsBetween(cadre.birthDate, date) < limit ? 'YES' : 'NO' };
  if (cadre.birthYear === null) return { decision: 'CANNOT_DECIDE', missingFacts: ['birthDate'] };
  const oldest = yearOf(date) - cadre.birthYear;
  if (oldest < limit) return { decision: 'YES' };
  if (oldest - 1 >= limit) return { decision: 'NO' };
  return { decision: 'CANNOT_DECIDE', missingFacts: ['birthDate'] };
}

export function youngInSuccessionPool(
  facts: CadreFacts,
  asOf: IsoDate,
  criteria: CriteriaSet,
): Grounded<YesNo<'YOUNG_IN_SUCCESSION_POOL'>> {
  const year = yearOf(asOf);
  const limit = criteria.params.youngAgeLimit;
  const entries = facts.successionPool.filter(
    (entry) => entry.termStart <= year && year <= entry.termEnd,
  );
  const verdict: Verdict =
    entries.length === 0 ? { decision: 'NO' } : isYoungerThan(facts.cadre, limit, asOf);
  // Pool entries are kept by term years and name a title, not a unit: the entry counts from
  // the first day of its term's first year. The age is known only with the full birth date.
  const firstYear = Math.min(...entries.map((entry) => entry.termStart));
  const age = facts.cadre.birthDate === null ? null : yearsBetween(facts.cadre.birthDate, asOf);
  const grounds: ReasonGrounds = {
    since: entries.length === 0 ? null : `${String(firstYear).padStart(4, '0')}-01-01`,
    unitId: null,
    years: entries.length === 0 ? null : age,
  };
  const aged = age === null ? '' : ` (${age} tuổi)`;
  const agedEn = age === null ? '' : ` (aged ${age})`;
  const finding = explain('YOUNG_IN_SUCCESSION_POOL', verdict, {
    facts: {
      poolEntryIds: entries.map((entry) => entry.id),
      birthDate: facts.cadre.birthDate,
      birthYear: facts.cadre.birthYear,
      ageLimit: limit,
    },
    legalBasis: criteria.legalBasis,
    yes: {
      vi: `Cán bộ trẻ (dưới ${limit} tuổi) trong quy hoạch${aged}`,
      en: `A young cadre (under ${limit}) in the succession pool${agedEn}`,
    },
    no: {
      vi:
        entries.length === 0
          ? `Không trong quy hoạch năm ${year}`
          : `Trong quy hoạch nhưng đã từ ${limit} tuổi trở lên`,
      en:
        entries.length === 0
          ? `Not in the succession pool in ${year}`
          : `In the succession pool but aged ${limit} or over`,
    },
  });
  return { ...finding, grounds };
}
