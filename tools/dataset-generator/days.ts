import type { IsoDate } from '@luanchuyen/domain';

// The simulation counts time in whole days since 1970-01-01 (UTC): millions of date
// comparisons and additions would be slow through Temporal. Dates leave the simulation as the
// domain's `YYYY-MM-DD` strings, cached because the same few thousand days recur.

export type Day = number;

const MS_PER_DAY = 86_400_000;
const isoCache = new Map<Day, IsoDate>();

export function dayOf(iso: IsoDate): Day {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

export function isoOf(day: Day): IsoDate {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    isoCache.set(day, iso);
  }
  return iso;
}

export function dayFromParts(year: number, month: number, dayOfMonth: number): Day {
  return Math.round(Date.UTC(year, month - 1, dayOfMonth) / MS_PER_DAY);
}

export function yearOfDay(day: Day): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** Calendar months later, clamped to the month's last day like the domain's addMonths. */
export function addMonthsToDay(day: Day, months: number): Day {
  const date = new Date(day * MS_PER_DAY);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const dayOfMonth = date.getUTCDate();
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Math.round(Date.UTC(year, month, Math.min(dayOfMonth, lastDay)) / MS_PER_DAY);
}

/** A timestamp on that day at a fixed office hour (Vietnam time), for audit events. */
export function timestampOn(day: Day, minutesAfterEight: number): Date {
  // 08:00 in Vietnam (UTC+7) is 01:00 UTC.
  return new Date(day * MS_PER_DAY + 3_600_000 + minutesAfterEight * 60_000);
}
