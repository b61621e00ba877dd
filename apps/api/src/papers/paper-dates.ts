import { lastDayOf, type IsoDate } from '@luanchuyen/domain';

// Dates as the papers print them: dd/MM/yyyy, and stored (exclusive) period ends as the last
// day people write (README "Dates").

/** 2018-06-01 → 01/06/2018. */
export function dayText(date: IsoDate): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

/** A stored exclusive end as its last day: 2021-06-01 → 31/05/2021. */
export function lastDayText(end: IsoDate): string {
  return dayText(lastDayOf(end));
}

/** "ngày 05 tháng 6 năm 2018", the way both document rules write a date line. */
export function dateLine(date: IsoDate): string {
  const [year, month, day] = date.split('-');
  // Day and month under 10 take a leading zero only for day 1–9 and months 1–2 (the rules'
  // examples: "ngày 05 tháng 02 năm 2018", "ngày 20 tháng 12 năm 2018"; months 3–12 plain).
  const monthNumber = Number(month);
  const monthText = monthNumber < 3 ? String(monthNumber).padStart(2, '0') : String(monthNumber);
  return `ngày ${day} tháng ${monthText} năm ${year}`;
}

/** 2018-06-01 → 06/2018: the career table's "từ tháng, năm đến tháng, năm". */
export function monthText(date: IsoDate): string {
  const [year, month] = date.split('-');
  return `${month}/${year}`;
}
