import { endAfter, lastDayOf, VIETNAM_TIME_ZONE, vietnamDateOf } from '@luanchuyen/domain';
import type { Language } from './i18n';

// Dates are shown dd/MM/yyyy in both languages, as Vietnamese documents write them; the
// API's Date is a calendar date, so no time zone may shift it: format the string itself.

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const [year, month, day] = iso.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}

const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language]).format(value);
}

export function asLanguage(value: string | undefined): Language {
  return value === 'en' ? 'en' : 'vi';
}

/** Today as Hà Nội counts it, wherever the browser is: the Organization Board's day. */
export function todayIso(now: Date = new Date()): string {
  return vietnamDateOf(now);
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year = 0, month = 0, day = 0] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

// Stored period ends are exclusive (the first day off the rotation); people read and type the
// last day, as decisions are written ("đến 31/5/2021" is a stored end of 2021-06-01). Every
// screen converts through these three, so the two readings never mix.

/** A stored (exclusive) end shown as the last day: 2021-06-01 → "31/05/2021". */
export function formatLastDay(end: string | null | undefined): string {
  return end ? formatDate(lastDayOf(end)) : '—';
}

/** The last day (yyyy-MM-dd) of a stored (exclusive) end: for a date input or a comparison. */
export function lastDayOfEnd(end: string): string {
  return lastDayOf(end);
}

/** The stored (exclusive) end of a typed last day; null while the text is not a date. */
export function endFromLastDay(lastDay: string): string | null {
  return isIsoDate(lastDay) ? endAfter(lastDay) : null;
}

const INSTANT_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * An instant (DateTime) as the Organization Board reads it, in Hà Nội time whatever the
 * browser's: "dd/MM/yyyy HH:mm" in both languages, the dates' own format with the time after.
 */
export function formatInstant(value: string): string {
  const parts = Object.fromEntries(
    INSTANT_PARTS.formatToParts(new Date(value)).map((part) => [part.type, part.value]),
  );
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}
