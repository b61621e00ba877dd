import { describe, expect, it } from 'vitest';
import { VIETNAM_TIME_ZONE, vietnamDateOf } from './dates';

// Vietnam is UTC+7 all year (no daylight saving): its day turns at 17:00 UTC.
describe('the date in Vietnam', () => {
  it.each([
    ['2026-12-01T16:59:59Z', '2026-12-01'],
    ['2026-12-01T17:00:00Z', '2026-12-02'],
    ['2026-12-02T16:59:59Z', '2026-12-02'],
    ['2025-06-30T17:00:00Z', '2025-07-01'],
    ['2024-12-31T17:00:00Z', '2025-01-01'],
  ])('reads %s as %s in Hà Nội', (instant, date) => {
    expect(vietnamDateOf(new Date(instant))).toBe(date);
  });

  it.each([
    ['1975-06-12T16:59:59Z', '1975-06-12'],
    ['1975-06-12T17:00:00Z', '1975-06-13'],
    ['1970-01-01T15:59:59Z', '1970-01-01'],
    ['1970-01-01T16:00:00Z', '1970-01-02'],
  ])('reads %s as %s across the 1975 change to UTC+7', (instant, date) => {
    expect(vietnamDateOf(new Date(instant))).toBe(date);
  });

  it('agrees with the time-zone database every 7 h 13 min from 1975 to 2100', () => {
    const zone = new Intl.DateTimeFormat('en-CA', {
      timeZone: VIETNAM_TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    const step = (7 * 60 + 13) * 60 * 1000;
    const disagreements: string[] = [];
    for (let time = Date.UTC(1975, 5, 1); time < Date.UTC(2100, 0, 1); time += step) {
      const instant = new Date(time);
      if (vietnamDateOf(instant) !== zone.format(instant))
        disagreements.push(instant.toISOString());
    }
    expect(disagreements).toEqual([]);
  });
});
