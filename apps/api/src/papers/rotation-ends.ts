import { alias } from 'drizzle-orm/pg-core';
import { positions, units } from '@luanchuyen/db';

// A rotation's two ends, each a post and its unit: the papers name both, so their queries join
// the posts and units twice, under these names.

export const fromPosition = alias(positions, 'from_position');
export const toPosition = alias(positions, 'to_position');
export const fromUnit = alias(units, 'from_unit');
export const toUnit = alias(units, 'to_unit');

/** The ends' titles and unit names, as selected columns. */
export const rotationEndColumns = {
  fromPost: fromPosition.title,
  fromUnit: fromUnit.name,
  toPost: toPosition.title,
  toUnit: toUnit.name,
};
