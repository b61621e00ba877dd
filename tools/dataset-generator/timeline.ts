import { dayOf, type Day } from './days';

// Fixed dates of the generated world. Nothing reads the clock, so a seed always gives the
// same rows whatever day the generator runs.

/** The registry's recorded history starts here: every seat gets its first holder that day. */
export const HISTORY_START: Day = dayOf('1990-01-01');
/** Rotations are generated from this day (the brief: rotations dated 2010–2026). */
export const ROTATIONS_FROM: Day = dayOf('2010-01-01');
/** The district level is abolished (Resolution 202/2025/QH15, two-level local government). */
export const REORGANISATION: Day = dayOf('2025-07-01');
/** "Today" in the generated world: later rotations are proposed or approved, not started. */
export const AS_OF: Day = dayOf('2026-10-01');
/** `created_at` of the rows that are not events (the day the registry was loaded). */
export const LOADED_AT = new Date('2026-10-01T01:00:00Z');

/**
 * Congresses and elections, when elected posts start a new term. Party congresses run from
 * the grassroots up in the spring to autumn of the congress year; People's Councils are
 * elected nationwide on one day.
 */
export const PARTY_CONGRESS_YEARS = [1991, 1996, 2001, 2005, 2010, 2015, 2020, 2025] as const;
export const COUNCIL_ELECTION_DAYS: readonly Day[] = [
  '1994-11-20',
  '1999-04-25',
  '2004-04-25',
  '2011-05-22',
  '2016-05-22',
  '2021-05-23',
  '2026-03-15',
].map(dayOf);
