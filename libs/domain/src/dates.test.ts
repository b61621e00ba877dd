import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  compareDates,
  isIsoDate,
  lastDayOfMonth,
  monthsBetween,
  parseIsoDate,
  yearOf,
  yearsBetween,
} from './dates';

describe('calendar dates', () => {
  it.each([
    ['2019-02-28', '2019-02-28'],
    ['2020-02-29', '2020-02-29'],
    ['2019-02-30', null],
    ['2019-13-01', null],
    ['2019-2-1', null],
    ['20190201', null],
    ['', null],
  ])('parses %j as %j', (text, expected) => {
    expect(parseIsoDate(text)).toBe(expected);
  });

  it('recognises only canonical dates', () => {
    expect(isIsoDate('2018-06-01')).toBe(true);
    expect(isIsoDate('2018-06-31')).toBe(false);
    expect(isIsoDate(20180601)).toBe(false);
  });

  it('counts the anniversary day as a full year and the day before as not', () => {
    expect(yearsBetween('2010-06-01', '2018-06-01')).toBe(8);
    expect(yearsBetween('2010-06-01', '2018-05-31')).toBe(7);
  });

  it('counts whole months, 36 exactly on the day three years later', () => {
    expect(monthsBetween('2018-06-01', '2021-06-01')).toBe(36);
    expect(monthsBetween('2018-06-01', '2021-05-31')).toBe(35);
  });

  it('clamps month arithmetic to the last day of the month', () => {
    expect(addMonths('2019-01-31', 1)).toBe('2019-02-28');
    expect(lastDayOfMonth(2024, 2)).toBe('2024-02-29');
  });

  it('orders dates', () => {
    expect(compareDates('2017-10-02', '2020-12-31')).toBeLessThan(0);
    expect(compareDates('2020-12-31', '2020-12-31')).toBe(0);
  });

  // compareDates and yearOf read four-digit dates as text; the calendar must agree.
  const plainDates = fc
    .date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));

  it('orders four-digit dates as the calendar does', () => {
    fc.assert(
      fc.property(plainDates, plainDates, (a, b) => {
        const calendar = Temporal.PlainDate.compare(
          Temporal.PlainDate.from(a),
          Temporal.PlainDate.from(b),
        );
        expect(Math.sign(compareDates(a, b))).toBe(calendar);
      }),
    );
  });

  it('reads the year of four-digit dates as the calendar does', () => {
    fc.assert(
      fc.property(plainDates, (date) => {
        expect(yearOf(date)).toBe(Temporal.PlainDate.from(date).year);
      }),
    );
  });

  it('orders and reads expanded years through the calendar', () => {
    expect(compareDates('+010000-01-01', '9999-12-31')).toBeGreaterThan(0);
    expect(yearOf('+010000-01-01')).toBe(10000);
  });
});
