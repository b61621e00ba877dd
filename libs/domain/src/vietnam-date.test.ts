import { describe, expect, it } from 'vitest';
import { vietnamDateOf } from './dates';

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
});
