import { eq } from 'drizzle-orm';
import { alias, type PgSelect } from 'drizzle-orm/pg-core';
import {
  cadres,
  positions,
  rotations,
  units,
  type CadreRow,
  type PositionRow,
  type RotationRow,
  type UnitRow,
} from '@luanchuyen/db';

// A page of rotations with the to-one relations the query asks for (the cadre, both ends'
// posts and their units) in the page's own statement: one statement and one wave instead of
// one more of each per relation. Whole rows are read, so the GraphQL layer can hand them to
// its record loaders as if they had loaded them.

export type RotationJoins = { cadre: boolean; ends: boolean };

export const NO_ROTATION_JOINS: RotationJoins = { cadre: false, ends: false };

export type JoinedRotationRow = {
  rotation: RotationRow;
  cadre?: CadreRow;
  fromPosition?: PositionRow;
  fromUnit?: UnitRow;
  toPosition?: PositionRow;
  toUnit?: UnitRow;
};

const fromPosition = alias(positions, 'from_position');
const fromUnit = alias(units, 'from_unit');
const toPosition = alias(positions, 'to_position');
const toUnit = alias(units, 'to_unit');

/** A short tag of the joins, for the names of prepared statements. */
export function joinsTag(joins: RotationJoins): string {
  return `${joins.cadre ? 'c' : ''}${joins.ends ? 'e' : ''}` || 'none';
}

/** The columns of a joined page: the rotation, then each relation joined. */
export function joinedRotationFields(joins: RotationJoins) {
  return {
    rotation: rotations,
    ...(joins.cadre ? { cadre: cadres } : {}),
    ...(joins.ends ? { fromPosition, fromUnit, toPosition, toUnit } : {}),
  };
}

/** Adds the joins to a select of rotations (every relation is required: inner joins). */
export function withRotationJoins<T extends PgSelect>(query: T, joins: RotationJoins): T {
  let joined: PgSelect = query;
  if (joins.cadre) joined = joined.innerJoin(cadres, eq(cadres.id, rotations.cadreId));
  if (joins.ends) {
    joined = joined
      .innerJoin(fromPosition, eq(fromPosition.id, rotations.fromPositionId))
      .innerJoin(fromUnit, eq(fromUnit.id, fromPosition.unitId))
      .innerJoin(toPosition, eq(toPosition.id, rotations.toPositionId))
      .innerJoin(toUnit, eq(toUnit.id, toPosition.unitId));
  }
  return joined as T;
}
