import {
  ROTATION_CATEGORIES,
  ROTATION_DIRECTIONS,
  yearOf,
  type Rotation,
  type RotationCategory,
  type RotationDirection,
  type RotationStatus,
} from '@luanchuyen/domain';
import { countedStatuses } from './took-place';

// API.md `rotationStats`: counts over the rotations a filter selected. Of those, only the
// statuses asked for count, by default the rotations that took place (took-place.ts). Every
// category and direction is listed, zeros included, in the contract's order; years ascend and
// only years with rotations appear.

export type RotationStats = {
  total: number;
  byCategory: readonly { category: RotationCategory; count: number }[];
  byYear: readonly { year: number; count: number }[];
  byDirection: readonly { direction: RotationDirection; count: number }[];
};

export type CountedRotation = Pick<Rotation, 'startDate' | 'category' | 'direction' | 'status'>;

export function rotationStats(
  selected: readonly CountedRotation[],
  statuses?: readonly RotationStatus[] | null,
): RotationStats {
  const counted = countedStatuses(statuses);
  const rotations = selected.filter((rotation) => counted.includes(rotation.status));
  const years = new Map<number, number>();
  for (const rotation of rotations) {
    const year = yearOf(rotation.startDate);
    years.set(year, (years.get(year) ?? 0) + 1);
  }
  return {
    total: rotations.length,
    byCategory: ROTATION_CATEGORIES.map((category) => ({
      category,
      count: rotations.filter((rotation) => rotation.category === category).length,
    })),
    byYear: [...years].sort(([a], [b]) => a - b).map(([year, count]) => ({ year, count })),
    byDirection: ROTATION_DIRECTIONS.map((direction) => ({
      direction,
      count: rotations.filter((rotation) => rotation.direction === direction).length,
    })),
  };
}
