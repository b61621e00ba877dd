import { Temporal } from 'temporal-polyfill';

// Calendar dates (no time, no zone) as ISO strings `YYYY-MM-DD`: what the law and the
// registry speak in. Arithmetic goes through Temporal.PlainDate so month ends and leap
// days follow the calendar, never a 24-hour approximation.

/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The date, or null when the text is not a real calendar date (`2019-02-30`). */
export function parseIsoDate(text: string): IsoDate | null {
  if (!ISO_DATE.test(text)) return null;
  try {
    return Temporal.PlainDate.from(text, { overflow: 'reject' }).toString();
  } catch {
    return null;
  }
}

export function isIsoDate(text: unknown): text is IsoDate {
  return typeof text === 'string' && parseIsoDate(text) === text;
}

function plain(date: IsoDate): Temporal.PlainDate {
  return Temporal.PlainDate.from(date, { overflow: 'reject' });
}

// Four-digit `YYYY-MM-DD` dates order as text, and their year is the first four digits: the
// rules compare dates in every check of every cadre, and building a Temporal.PlainDate for
// each comparison cost more than the rest of the rules together. Other shapes (expanded years)
// still go through Temporal.
function isFourDigitYear(date: IsoDate): boolean {
  return date.length === 10 && ISO_DATE.test(date);
}

/** Negative when a is earlier, zero when equal, positive when later. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  if (isFourDigitYear(a) && isFourDigitYear(b)) return a < b ? -1 : a > b ? 1 : 0;
  return Temporal.PlainDate.compare(plain(a), plain(b));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return plain(date).add({ days }).toString();
}

/** Adds months, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return plain(date).add({ months }, { overflow: 'constrain' }).toString();
}

export function addYears(date: IsoDate, years: number): IsoDate {
  return plain(date).add({ years }, { overflow: 'constrain' }).toString();
}

/** Whole months from `from` to `to` (negative when `to` is earlier). */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  return plain(from).until(plain(to), { largestUnit: 'months' }).months;
}

/** Whole years from `from` to `to`: the anniversary day counts as a full year. */
export function yearsBetween(from: IsoDate, to: IsoDate): number {
  return plain(from).until(plain(to), { largestUnit: 'years' }).years;
}

export function lastDayOfMonth(year: number, month: number): IsoDate {
  const first = Temporal.PlainDate.from({ year, month, day: 1 });
  return first.with({ day: first.daysInMonth }).toString();
}

export function yearOf(date: IsoDate): number {
  return isFourDigitYear(date) ? Number(date.slice(0, 4)) : plain(date).year;
}

/** Dates are read in Vietnam's time zone: "today" for an Organization Board is Hà Nội's day. */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const VIETNAM_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

// Vietnam has kept UTC+7, without daylight saving, since 13 June 1975 (before it, the South
// used UTC+8): from then on the date is the UTC date seven hours later, which every request
// asks for ("today") and Intl's formatToParts costs far more to answer. Instants before then,
// or past year 9999, ask the time-zone database.
const UTC_PLUS_7_SINCE = Date.UTC(1975, 5, 12, 17);
const UTC_PLUS_7_UNTIL = Date.UTC(9999, 11, 31, 17);
const SEVEN_HOURS = 7 * 60 * 60 * 1000;

/** The calendar date in Vietnam at an instant (2026-12-01T18:00Z is 2026-12-02 there). */
export function vietnamDateOf(instant: Date): IsoDate {
  const time = instant.getTime();
  if (time >= UTC_PLUS_7_SINCE && time < UTC_PLUS_7_UNTIL) {
    return new Date(time + SEVEN_HOURS).toISOString().slice(0, 10);
  }
  const parts = Object.fromEntries(
    VIETNAM_DAY.formatToParts(instant).map((part) => [part.type, part.value]),
  );
  return `${parts['year']}-${parts['month']}-${parts['day']}`;
}

// Stored period ends are exclusive (the first day off a post, a rotation or a unit); people
// read and type last days, as decisions are written ("từ 01/6/2018 đến 31/5/2021").

/** The last day of a period whose stored (exclusive) end is `end`: 2021-06-01 → 2021-05-31. */
export function lastDayOf(end: IsoDate): IsoDate {
  return addDays(end, -1);
}

/** The stored (exclusive) end of a period whose last day is `lastDay`: 2021-05-31 → 2021-06-01. */
export function endAfter(lastDay: IsoDate): IsoDate {
  return addDays(lastDay, 1);
}
