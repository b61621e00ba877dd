import { compareDates, lastDayOfMonth, yearOf, type IsoDate } from '@luanchuyen/domain';

// Periods are half-open [start, end): `end` is the first day no longer in the period, null
// while open. This is the registry's convention for `validTo` (the day a unit ceased), for an
// assignment's `endDate` and a rotation's (planned) end date, and PostgreSQL's `daterange '[)'`.
// So a 36-month rotation from 2018-06-01 ends on 2021-06-01, and the next may start that day.

export type Period = { start: IsoDate; end: IsoDate | null };

export function isInPeriod(period: Period, date: IsoDate): boolean {
  return (
    compareDates(period.start, date) <= 0 &&
    (period.end === null || compareDates(date, period.end) < 0)
  );
}

export function periodsOverlap(a: Period, b: Period): boolean {
  const aStartsBeforeBEnds = b.end === null || compareDates(a.start, b.end) < 0;
  const bStartsBeforeAEnds = a.end === null || compareDates(b.start, a.end) < 0;
  return aStartsBeforeBEnds && bStartsBeforeAEnds;
}

/** 2024-02-10 → 2024-02-29. */
export function endOfMonth(date: IsoDate): IsoDate {
  return lastDayOfMonth(yearOf(date), Number(date.slice(5, 7)));
}
