import { yearOf, type IsoDate } from '@luanchuyen/domain';

// Decree 13/2023/NĐ-CP: a caller without access to personal data sees an age band instead of
// the birth date. The band is of the age a person reaches in the year of the reference date
// (that year minus the birth year), so it moves on 1 January for everyone and never on the
// birthday: watching it, or asking on other days, tells no more than a five-year span of birth
// years. Bands are five years wide on multiples of five: "40–44" (en dash), "45–49".

/** The width of a band in years. */
export const AGE_BAND_YEARS = 5;

/** The band of the age reached in the year of `date`; null when no birth year is known. */
export function ageBandOf(
  person: { birthDate: IsoDate | null; birthYear: number | null },
  date: IsoDate,
): string | null {
  const birthYear = person.birthYear ?? (person.birthDate ? yearOf(person.birthDate) : null);
  if (birthYear === null) return null;
  const age = yearOf(date) - birthYear;
  if (age < 0) return null;
  const low = Math.floor(age / AGE_BAND_YEARS) * AGE_BAND_YEARS;
  return `${low}–${low + AGE_BAND_YEARS - 1}`;
}
