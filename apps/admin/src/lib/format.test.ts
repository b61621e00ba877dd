import { describe, expect, it } from 'vitest';
import { endFromLastDay, formatLastDay, lastDayOfEnd, todayIso, formatInstant } from './format';

// The stored end is the first day off a rotation; people read and type its last day. The two
// must meet exactly at the boundary: month ends, leap days and the turn of the year.

describe('the last day of a stored (exclusive) end', () => {
  it.each([
    ['2021-06-01', '31/05/2021', '2021-05-31'],
    ['2021-05-01', '30/04/2021', '2021-04-30'],
    ['2023-03-01', '28/02/2023', '2023-02-28'],
    ['2024-03-01', '29/02/2024', '2024-02-29'],
    ['2026-01-01', '31/12/2025', '2025-12-31'],
  ])('a stored end of %s is shown as the last day %s', (end, shown, input) => {
    expect(formatLastDay(end)).toBe(shown);
    expect(lastDayOfEnd(end)).toBe(input);
  });

  it('shows a dash when there is no end', () => {
    expect(formatLastDay(null)).toBe('—');
  });
});

describe('the stored end of a typed last day', () => {
  it.each([
    ['2021-05-31', '2021-06-01'],
    ['2021-04-30', '2021-05-01'],
    ['2023-02-28', '2023-03-01'],
    ['2024-02-28', '2024-02-29'],
    ['2024-02-29', '2024-03-01'],
    ['2025-12-31', '2026-01-01'],
  ])('a last day of %s is stored as the end %s', (lastDay, end) => {
    expect(endFromLastDay(lastDay)).toBe(end);
    expect(lastDayOfEnd(end)).toBe(lastDay);
  });

  it('is nothing while the text is not a real day', () => {
    expect(endFromLastDay('')).toBeNull();
    expect(endFromLastDay('2023-02-29')).toBeNull();
    expect(endFromLastDay('31/05/2021')).toBeNull();
  });
});

describe('today', () => {
  it("is Hà Nội's day, not the browser's: 18:00 UTC on 1 December is 2 December there", () => {
    expect(todayIso(new Date('2026-12-01T18:00:00Z'))).toBe('2026-12-02');
    expect(todayIso(new Date('2026-12-01T16:59:59Z'))).toBe('2026-12-01');
  });

  it('turns the year at midnight in Hà Nội (17:00 UTC on 31 December)', () => {
    expect(todayIso(new Date('2025-12-31T17:00:00Z'))).toBe('2026-01-01');
  });
});

describe('an instant', () => {
  it.each([
    ['2025-06-30T17:00:00Z', '01/07/2025 00:00'],
    ['2025-06-30T16:59:00Z', '30/06/2025 23:59'],
    ['2026-01-05T01:02:03.456Z', '05/01/2026 08:02'],
  ])('%s reads as Hà Nội time, dd/MM/yyyy HH:mm: %s', (instant, shown) => {
    expect(formatInstant(instant)).toBe(shown);
  });
});
