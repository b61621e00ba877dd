import { sql } from 'drizzle-orm';
import {
  ROTATION_CATEGORIES,
  ROTATION_DIRECTIONS,
  type RotationCategory,
  type RotationDirection,
} from '@luanchuyen/domain';
import { rotations, type Database } from '@luanchuyen/db';
import { countedStatuses, type RotationStats } from '@luanchuyen/rules';
import { rotationCondition, type RotationWhere } from './rotation.queries';

// API.md `rotationStats`: the database counts by (category, direction, year) in one grouped
// statement, so a national registry never ships its rotations to the server; the few groups
// are then laid out as the rules' rotationStats lays them out (every category and direction,
// zeros included, years ascending). Like the rules' rotationStats it counts the statuses asked
// for, by default only the rotations that took place (ACTIVE, COMPLETED): a proposal or a
// cancellation does not make the article's table grow.

type Group = {
  category: RotationCategory;
  direction: RotationDirection;
  year: number;
  count: number;
};

// date_part (double precision), not extract (numeric since PostgreSQL 14): a third cheaper
// per row over a national registry.
const startYear = sql<number>`date_part('year', ${rotations.startDate})::int`;

/** The columns of the grouped statement, and what it groups by (the public page's too). */
export const STATS_GROUP_FIELDS = {
  category: rotations.category,
  direction: rotations.direction,
  year: startYear,
  count: sql<number>`count(*)::int`,
};
export const STATS_GROUP_BY = [rotations.category, rotations.direction, startYear] as const;

export async function rotationStatsOf(db: Database, where: RotationWhere): Promise<RotationStats> {
  const groups: Group[] = await db
    .select(STATS_GROUP_FIELDS)
    .from(rotations)
    .where(rotationCondition({ ...where, statuses: countedStatuses(where.statuses) }))
    .groupBy(...STATS_GROUP_BY);
  return statsOfGroups(groups);
}

/** The groups laid out as the rules' rotationStats lays them out. */
export function statsOfGroups(groups: readonly Group[]): RotationStats {
  const sum = (matches: (group: Group) => boolean) =>
    groups.filter(matches).reduce((total, group) => total + group.count, 0);
  const years = [...new Set(groups.map((group) => group.year))].sort((a, b) => a - b);
  return {
    total: sum(() => true),
    byCategory: ROTATION_CATEGORIES.map((category) => ({
      category,
      count: sum((group) => group.category === category),
    })),
    byYear: years.map((year) => ({ year, count: sum((group) => group.year === year) })),
    byDirection: ROTATION_DIRECTIONS.map((direction) => ({
      direction,
      count: sum((group) => group.direction === direction),
    })),
  };
}
