import type { RotationStatus } from '@luanchuyen/domain';

// What the figures count (API.md "rotationStats default statuses", PRODUCT.md rule 6): a
// rotation took place once it started (ACTIVE) and still counts when it has ended (COMPLETED).
// A proposal may yet be refused and a cancelled one never happened, so neither makes the
// article's table grow nor a plan subject "rotated".

/** The statuses of the rotations that took place. */
export const STATUSES_THAT_TOOK_PLACE: readonly RotationStatus[] = ['ACTIVE', 'COMPLETED'];

export function tookPlace(status: RotationStatus): boolean {
  return STATUSES_THAT_TOOK_PLACE.includes(status);
}

/**
 * The statuses a count covers: those asked for, or, when none are asked for (null, left out or
 * an empty list), the rotations that took place.
 */
export function countedStatuses(
  statuses?: readonly RotationStatus[] | null,
): readonly RotationStatus[] {
  return statuses && statuses.length > 0 ? statuses : STATUSES_THAT_TOOK_PLACE;
}
