import { vietnamDateOf, type IsoDate } from '@luanchuyen/domain';

// The one clock of the server: every "today" (overdue rotations, evaluation years, the demo's
// history) is read from it, so a test can set the day and see every rule move together.

export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

/** A clock stopped at one instant (tests, reproducible demos). */
export function fixedClock(instant: Date | string): Clock {
  const at = new Date(instant);
  return { now: () => new Date(at) };
}

/** The clock's day in Vietnam. */
export function todayOf(clock: Clock): IsoDate {
  return vietnamDateOf(clock.now());
}
