import { describe, expect, it } from 'vitest';
import { ageBandOf } from './age-band';

const on = '2026-06-15';

describe('age band shown instead of the birth date', () => {
  it.each([
    ['puts a person born on the last day of 1981 in 45–49 in 2026', '1981-12-31', '45–49'],
    ['puts a person born on the first day of 1982 in 40–44 in 2026', '1982-01-01', '40–44'],
    ['puts a person born on the last day of 1986 in 40–44 in 2026', '1986-12-31', '40–44'],
    ['puts a person born on the first day of 1987 in 35–39 in 2026', '1987-01-01', '35–39'],
  ])('%s', (_, birthDate, band) => {
    expect(ageBandOf({ birthDate, birthYear: Number(birthDate.slice(0, 4)) }, on)).toBe(band);
  });

  it('gives the same band on every day of a year, the birthday not being told', () => {
    const person = { birthDate: '1981-06-20', birthYear: 1981 };
    expect(ageBandOf(person, '2026-01-01')).toBe('45–49');
    expect(ageBandOf(person, '2026-01-02')).toBe('45–49');
    expect(ageBandOf(person, '2026-12-31')).toBe('45–49');
    expect(ageBandOf(person, '2025-12-31')).toBe('40–44');
  });

  it('uses the birth year alone when only the year is known', () => {
    expect(ageBandOf({ birthDate: null, birthYear: 1982 }, on)).toBe('40–44');
  });

  it('tells no band when neither the birth date nor the year is known', () => {
    expect(ageBandOf({ birthDate: null, birthYear: null }, on)).toBeNull();
  });

  it('tells no band for a date before the birth year', () => {
    expect(ageBandOf({ birthDate: null, birthYear: 2030 }, on)).toBeNull();
  });
});
